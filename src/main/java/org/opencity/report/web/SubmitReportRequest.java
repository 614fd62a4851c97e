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
 */
record SubmitReportRequest(
        @NotBlank @Size(max = 40) String categoryCode,
        @NotBlank @Size(max = 4000) String description,
        Double lat,
        Double lon,
        @Size(max = 300) String address,
        boolean anonymous) {

    NewReport toReport(AccountId reporter, ReportSource source, List<UploadedPhoto> photos) {
        return new NewReport(categoryCode, description, lat, lon, address, anonymous, source, reporter, null, null,
                photos);
    }
}
