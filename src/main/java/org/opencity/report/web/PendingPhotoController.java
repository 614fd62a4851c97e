package org.opencity.report.web;

import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.report.internal.PendingPhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The thumbnails of the photos held for a resident's report form: for that resident only, never cached by others,
 * since the report (and so the photo) is not public yet.
 */
@Controller
class PendingPhotoController {

    private final PendingPhotos photos;

    PendingPhotoController(PendingPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/reports/new/photos/{id}")
    ResponseEntity<byte[]> thumbnail(Actor resident, @PathVariable UUID id) {
        return photos.thumbnail(resident.id(), id)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore())
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
