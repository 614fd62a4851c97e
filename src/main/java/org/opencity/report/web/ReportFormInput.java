package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the resident sent with the report form, either to submit it or to look for similar reports first.
 *
 * @param coordinatesUnreadable the latitude or longitude field held something that is not a number
 * @param files photos chosen this time
 * @param keptPhotos photos held from an earlier sending of the form ({@code keptPhoto})
 * @param removedPhotos held photos the resident took off the form ({@code removePhoto})
 */
@RecordBuilder
record ReportFormInput(
        ReportForm form,
        boolean coordinatesUnreadable,
        CategoryAnswers answers,
        List<MultipartFile> files,
        List<UUID> keptPhotos,
        List<UUID> removedPhotos) {

    ReportFormInput {
        files = files == null ? List.of() : files;
        keptPhotos = keptPhotos == null ? List.of() : List.copyOf(keptPhotos);
        removedPhotos = removedPhotos == null ? List.of() : List.copyOf(removedPhotos);
    }

    /** The held photos still wanted: kept, not removed, each once. */
    List<UUID> wantedPhotos() {
        return keptPhotos.stream()
                .filter(id -> !removedPhotos.contains(id))
                .distinct()
                .toList();
    }
}
