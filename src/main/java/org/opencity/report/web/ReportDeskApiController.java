package org.opencity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.report.OfficerReport;
import org.opencity.report.QueueQuery;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/desk/reports")
@Tag(name = "Report desk", description = "Officers' work queue and actions on reports of their unit")
class ReportDeskApiController {

    private final ReportDesk desk;

    ReportDeskApiController(ReportDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Operation(summary = "Work queue: nearest deadline first")
    PageResponse<ReportSummary> queue(
            Actor officer,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Set<ReportStatus> status,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        Set<ReportStatus> statuses = status == null || status.isEmpty()
                ? Set.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS)
                : status;
        return desk.queue(officer, new QueueQuery(unit, statuses, category, overdue), PageQuery.of(page, size), locale);
    }

    @GetMapping("/{number}")
    OfficerReport report(Actor officer, @PathVariable String number, Locale locale) {
        return desk.report(officer, number, locale);
    }

    @PostMapping("/{number}/assignment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(Actor officer, @PathVariable String number, @Valid @RequestBody Assignment assignment) {
        desk.assign(officer, number, new AccountId(assignment.assigneeId()));
    }

    @PostMapping("/{number}/start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void start(Actor officer, @PathVariable String number) {
        desk.start(officer, number);
    }

    @PostMapping("/{number}/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(Actor officer, @PathVariable String number, @Valid @RequestBody Transfer transfer) {
        desk.transfer(officer, number, transfer.unitCode(), transfer.reason());
    }

    @PostMapping("/{number}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void note(Actor officer, @PathVariable String number, @Valid @RequestBody Text note) {
        desk.note(officer, number, note.text());
    }

    @PostMapping(value = "/{number}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Public answer; resolve=true marks the problem solved")
    void answer(Actor officer, @PathVariable String number, @Valid @RequestBody Answer answer) {
        desk.answer(officer, number, answer.text(), List.of(), answer.resolve());
    }

    @PostMapping(value = "/{number}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Public answer with photos of the fix")
    void answerWithPhotos(
            Actor officer,
            @PathVariable String number,
            @Valid @RequestPart("answer") Answer answer,
            @RequestPart(value = "photos", required = false) List<MultipartFile> photos) {
        desk.answer(officer, number, answer.text(), Uploads.photos(photos), answer.resolve());
    }

    @PostMapping("/{number}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(Actor officer, @PathVariable String number, @Valid @RequestBody Text reason) {
        desk.reject(officer, number, reason.text());
    }

    @PostMapping("/{number}/merge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close this report as a duplicate of another")
    void merge(Actor officer, @PathVariable String number, @Valid @RequestBody Merge merge) {
        desk.merge(officer, number, merge.into());
    }

    record Assignment(@NotNull UUID assigneeId) {}

    record Transfer(
            @NotBlank @Size(max = 40) String unitCode,
            @NotBlank @Size(max = 4000) String reason) {}

    record Text(@NotBlank @Size(max = 4000) String text) {}

    record Answer(@NotBlank @Size(max = 4000) String text, boolean resolve) {}

    record Merge(@NotBlank @Size(max = 40) String into) {}
}
