package org.opencity.insight.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.opencity.insight.MonthlyReportMonthInvalid;
import org.opencity.insight.MonthlyReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A month's archived report as a download, for the page and the API alike. */
final class MonthlyReportFiles {

    private MonthlyReportFiles() {}

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException notAMonth) {
            throw new MonthlyReportMonthInvalid(text);
        }
    }

    static ResponseEntity<byte[]> pdf(MonthlyReports reports, YearMonth month) {
        return file(reports.pdf(month), MediaType.APPLICATION_PDF, "bao-cao-" + month + ".pdf");
    }

    static ResponseEntity<byte[]> csv(MonthlyReports reports, YearMonth month) {
        return file(
                reports.csv(month).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "bao-cao-" + month + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
