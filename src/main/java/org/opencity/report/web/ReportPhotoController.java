package org.opencity.report.web;

import java.time.Duration;
import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.report.ReportPhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Photo files: public copies (no metadata) for everyone, originals for the officers handling the report.
 */
@Controller
class ReportPhotoController {

    private final ReportPhotos photos;

    ReportPhotoController(ReportPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/reports/photos/{id}/full.jpg")
    ResponseEntity<byte[]> full(@PathVariable UUID id) {
        return jpeg(photos.publicCopy(id, false));
    }

    @GetMapping("/reports/photos/{id}/thumb.jpg")
    ResponseEntity<byte[]> thumbnail(@PathVariable UUID id) {
        return jpeg(photos.publicCopy(id, true));
    }

    @GetMapping("/officer/reports/photos/{id}/original")
    ResponseEntity<byte[]> original(Actor officer, @PathVariable UUID id) {
        ReportPhotos.Original original = photos.original(officer, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(original.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "attachment")
                .body(original.content());
    }

    private static ResponseEntity<byte[]> jpeg(java.util.Optional<byte[]> content) {
        return content.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
