package org.opencity.report.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.opencity.report.UploadedPhoto;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multipart files as the domain's uploaded photos; empty file inputs (a form sent without a photo) are skipped.
 */
final class Uploads {

    private Uploads() {}

    static List<UploadedPhoto> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null && !f.isEmpty())
                .map(Uploads::photo)
                .toList();
    }

    private static UploadedPhoto photo(MultipartFile file) {
        try {
            return new UploadedPhoto(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded photo", e);
        }
    }
}
