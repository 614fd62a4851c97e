package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;
import org.opencity.platform.FormErrors;
import org.opencity.report.internal.PendingPhoto;

/**
 * The report form after the checks: what is wrong field by field, the place in words when one was found, the
 * answers to the chosen category's questions, the photos held from before and the good photos chosen this time.
 */
@RecordBuilder
record CheckedReportForm(
        FormErrors errors,
        PlaceDescription place,
        Map<String, List<String>> answers,
        List<PendingPhoto> heldPhotos,
        List<CheckedUpload> newPhotos) {}
