package org.opencity.report;

import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.UnitId;
import org.opencity.report.internal.PhotoLibrary;
import org.opencity.report.internal.PhotoRepository.PhotoRow;
import org.opencity.report.internal.ReportRepository;
import org.springframework.stereotype.Service;

/**
 * Reads photo files: anyone gets the metadata-free copies, only the handling unit's officers the originals
 * (which may carry the reporter's GPS position).
 */
@Service
public class ReportPhotos {

    private final PhotoLibrary library;
    private final ReportRepository reports;

    ReportPhotos(PhotoLibrary library, ReportRepository reports) {
        this.library = library;
        this.reports = reports;
    }

    public Optional<byte[]> publicCopy(UUID photoId, boolean thumbnail) {
        return library.photo(photoId).flatMap(p -> library.file(thumbnail ? p.thumbKey() : p.publicKey()));
    }

    public Original original(Actor officer, UUID photoId) {
        PhotoRow photo = library.photo(photoId).orElseThrow(() -> new ReportNotFound(photoId.toString()));
        UUID unit = reports.byId(photo.reportId()).orElseThrow().unitId();
        if (!officer.canActForUnit(new UnitId(unit))) {
            throw new NotAllowed();
        }
        byte[] content = library.file(photo.originalKey()).orElseThrow(() -> new ReportNotFound(photoId.toString()));
        return new Original(photo.contentType(), content);
    }

    public record Original(String contentType, byte[] content) {}
}
