package org.opencity.report.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.report.UploadedPhoto;
import org.opencity.report.internal.PhotoProcessor.ProcessedPhoto;
import org.opencity.report.internal.PhotoRepository.PhotoRow;
import org.springframework.stereotype.Component;

/**
 * Processes, stores and records the photos of a report step. Processing happens before anything is written,
 * so a bad photo rejects the whole request.
 */
@Component
public class PhotoLibrary {

    private final PhotoProcessor processor;
    private final PhotoStorage storage;
    private final PhotoRepository photos;

    PhotoLibrary(PhotoProcessor processor, PhotoStorage storage, PhotoRepository photos) {
        this.processor = processor;
        this.storage = storage;
        this.photos = photos;
    }

    public List<ProcessedPhoto> check(List<UploadedPhoto> uploads) {
        return uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0)
                .map(processor::process)
                .toList();
    }

    public void attach(UUID report, Long eventId, String stage, List<ProcessedPhoto> processed, Instant at) {
        for (int i = 0; i < processed.size(); i++) {
            ProcessedPhoto photo = processed.get(i);
            // A microsecond apart, so photos keep the order they were sent in.
            Instant stamped = at.plusNanos(1000L * i);
            UUID id = UUID.randomUUID();
            String base = "reports/" + report + "/" + id;
            storage.put(base + "/original", photo.original());
            String publicKey = null;
            String thumbKey = null;
            if (photo.publicCopy() != null) {
                publicKey = base + "/public.jpg";
                thumbKey = base + "/thumb.jpg";
                storage.put(publicKey, photo.publicCopy());
                storage.put(thumbKey, photo.thumbnail());
            }
            photos.insert(new PhotoRow(
                    id,
                    report,
                    eventId,
                    stage,
                    photo.contentType(),
                    base + "/original",
                    publicKey,
                    thumbKey,
                    photo.original().length,
                    photo.width(),
                    photo.height(),
                    stamped));
        }
    }

    public List<PhotoRow> of(UUID report) {
        return photos.of(report);
    }

    public java.util.Map<UUID, PhotoRow> firstThumbnails(java.util.Collection<UUID> reports) {
        return photos.firstThumbnails(reports);
    }

    public Optional<PhotoRow> photo(UUID id) {
        return photos.byId(id);
    }

    public Optional<byte[]> file(String key) {
        return key == null ? Optional.empty() : storage.get(key);
    }
}
