package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import org.opencity.platform.FormErrors;
import org.opencity.report.ReportSummary;
import org.opencity.report.internal.PendingPhoto;

/**
 * The report form as it is shown: empty, or again with what the resident typed and chose.
 *
 * @param place the place in words, or null when none was found (yet)
 * @param keptPhotos photos held from an earlier sending, shown as thumbnails the resident may remove
 * @param nearby open reports of the same kind nearby, or null when nobody looked
 * @param problem what stopped the submission when no single field is to blame, or null
 */
@RecordBuilder
record ReportFormView(
        ReportForm form,
        CategoryAnswers answers,
        FormErrors errors,
        PlaceDescription place,
        List<PendingPhoto> keptPhotos,
        List<ReportSummary> nearby,
        String problem) {

    ReportFormView {
        answers = answers == null ? CategoryAnswers.none() : answers;
        errors = errors == null ? FormErrors.none() : errors;
        keptPhotos = keptPhotos == null ? List.of() : List.copyOf(keptPhotos);
    }
}
