package org.opencity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencity.identity.Actor;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.Category;
import org.opencity.report.FeedQuery;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportFeed;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reports", description = "Problems residents report in public space, and the public record of them")
class ReportApiController {

    private final ReportManagement reports;
    private final ReportFeed feed;

    ReportApiController(ReportManagement reports, ReportFeed feed) {
        this.reports = reports;
        this.feed = feed;
    }

    @GetMapping("/report-categories")
    @Operation(summary = "Kinds of problem, with their deadline in office hours")
    List<Category> categories() {
        return reports.categories();
    }

    @GetMapping("/reports")
    @Operation(summary = "The public feed: newest first, filtered by ward, category, status and date")
    PageResponse<ReportSummary> feed(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Set<ReportStatus> status,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        return feed.page(new FeedQuery(ward, category, status, from, to), PageQuery.of(page, size), locale);
    }

    @GetMapping("/reports/nearby")
    @Operation(summary = "Open reports of a kind near a point: join one instead of reporting it again")
    List<ReportSummary> nearby(
            @RequestParam String category, @RequestParam double lat, @RequestParam double lon, Locale locale) {
        return reports.openNearby(category, lat, lon, locale);
    }

    @GetMapping("/reports/{number}")
    PublicReport report(@PathVariable String number, Locale locale) {
        return reports.publicReport(number, locale);
    }

    @PostMapping(value = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a problem (send an Idempotency-Key to retry safely)")
    ResponseEntity<PublicReport> submit(
            Actor resident, @Valid @RequestBody SubmitReportRequest request, Locale locale) {
        return created(reports.submit(request.toReport(resident.id(), ReportSource.API, List.of()), locale));
    }

    @PostMapping(value = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report a problem with up to 5 photos (JPEG, PNG, WebP, HEIC)")
    ResponseEntity<PublicReport> submitWithPhotos(
            Actor resident,
            @Valid @RequestPart("report") SubmitReportRequest request,
            @RequestPart(value = "photos", required = false) List<MultipartFile> photos,
            Locale locale) {
        return created(
                reports.submit(request.toReport(resident.id(), ReportSource.API, Uploads.photos(photos)), locale));
    }

    @GetMapping("/me/reports")
    @Operation(summary = "The reports I made")
    List<ReportSummary> mine(Actor resident, Locale locale) {
        return reports.mine(resident.id(), locale);
    }

    @PostMapping("/reports/{number}/supporters")
    @Operation(summary = "Join (+1) an open report and follow it")
    PublicReport join(Actor resident, @PathVariable String number, Locale locale) {
        return reports.join(number, resident.id(), locale);
    }

    @PostMapping("/reports/{number}/rating")
    @Operation(summary = "Rate the answer (1–5); closes the report")
    PublicReport rate(Actor resident, @PathVariable String number, @Valid @RequestBody Rating rating, Locale locale) {
        return reports.rate(number, resident.id(), rating.stars(), rating.comment(), locale);
    }

    @PostMapping("/reports/{number}/reopen")
    @Operation(summary = "Reopen a report that is not really solved")
    PublicReport reopen(Actor resident, @PathVariable String number, @Valid @RequestBody Reason reason, Locale locale) {
        return reports.reopen(number, resident.id(), reason.reason(), locale);
    }

    private static ResponseEntity<PublicReport> created(PublicReport report) {
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.number()))
                .body(report);
    }

    record Rating(
            @Min(1) @Max(5) int stars, @Size(max = 1000) String comment) {}

    record Reason(@NotBlank @Size(max = 1000) String reason) {}
}
