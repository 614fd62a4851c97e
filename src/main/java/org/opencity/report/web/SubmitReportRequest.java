package org.opencity.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.report.NewReport;
import org.opencity.report.ReportSource;
import org.opencity.report.UploadedPhoto;

/**
 * A resident's report through the API (JSON, or the "report" part of a multipart request with photos).
 * {@code attributes}: answers to the category's extra questions, e.g. {@code {"hazard_size": ["large"]}}
 * ({@code GET /open311/v2/services/{code}.json} lists them).
 */
record SubmitReportRequest(
        @NotBlank @Size(max = 40) String categoryCode,
        @NotBlank @Size(max = 4000) String description,
        Double lat,
        Double lon,
        @Size(max = 300) String address,
        boolean anonymous,
        @Size(max = 20) java.util.Map<String, List<String>> attributes) {

    /** Without answers to a category's extra questions (the page form asks none). */
    SubmitReportRequest(
            String categoryCode, String description, Double lat, Double lon, String address, boolean anonymous) {
        this(categoryCode, description, lat, lon, address, anonymous, null);
    }

    NewReport toReport(AccountId reporter, ReportSource source, List<UploadedPhoto> photos) {
        return new NewReport(
                categoryCode,
                description,
                lat,
                lon,
                address,
                anonymous,
                source,
                reporter,
                null,
                null,
                photos,
                attributes);
    }
}
