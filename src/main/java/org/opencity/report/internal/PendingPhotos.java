package org.opencity.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.report.UploadedPhoto;
import org.opencity.report.internal.PhotoProcessor.ProcessedPhoto;
import org.springframework.stereotype.Component;

/**
 * Photos a resident already sent with a report form that came back to them (a field to correct, the check for
 * similar reports): held, already checked, so the form can show them and the resident need not choose them again.
 * Only their owner can see or use them, and only for a while.
 */
@Component
public class PendingPhotos {

    /** Long enough to correct a form or step away from it; short enough that a photo never sent does not linger. */
    public static final Duration HOLD = Duration.ofHours(2);

    private final PendingPhotoRepository photos;
    private final Clock clock;

    PendingPhotos(PendingPhotoRepository photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    /** Holds a photo that passed the checks; the thumbnail made by the check is what the form shows. */
    public PendingPhoto hold(AccountId owner, UploadedPhoto upload, ProcessedPhoto checked) {
        Instant now = clock.instant();
        // Forms are left half-filled all the time: whoever holds a photo also sweeps away the expired ones, so no
        // job is needed and the table stays small.
        photos.deleteExpired(now);
        UUID id = UUID.randomUUID();
        photos.insert(id, owner.value(), upload.filename(), upload.content(), checked.thumbnail(), now, now.plus(HOLD));
        return PendingPhotoBuilder.builder()
                .id(id)
                .filename(upload.filename())
                .hasThumbnail(checked.thumbnail() != null)
                .build();
    }

    /** The owner's photos among these that are still held, in the order they were sent. */
    public List<PendingPhoto> held(AccountId owner, Collection<UUID> ids) {
        return photos.held(owner.value(), ids, clock.instant());
    }

    /** The held photos as they were uploaded, to send with the report. */
    public List<UploadedPhoto> contents(AccountId owner, List<PendingPhoto> held) {
        Instant now = clock.instant();
        return held.stream()
                .flatMap(photo -> photos.content(owner.value(), photo.id(), now).stream()
                        .map(content -> new UploadedPhoto(photo.filename(), content)))
                .toList();
    }

    public Optional<byte[]> thumbnail(AccountId owner, UUID id) {
        return photos.thumbnail(owner.value(), id, clock.instant());
    }

    /** Lets go of photos the resident removed from the form, or that went out with their report. */
    public void release(AccountId owner, Collection<UUID> ids) {
        photos.delete(owner.value(), ids);
    }
}
