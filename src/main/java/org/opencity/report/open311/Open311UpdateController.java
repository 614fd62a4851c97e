package org.opencity.report.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportUpdate;
import org.opencity.report.open311.Open311Document.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * mySociety's servicerequestupdates extension, which FixMyStreet uses to follow what happens to the reports it
 * sent and to pass on its users' comments. A {@code @Controller} for the reason given on
 * {@link Open311DiscoveryController}.
 */
@Controller
@ResponseBody
@RequestMapping(Open311DiscoveryController.BASE)
class Open311UpdateController {

    static final int MAX_RESULTS = 1000;
    /** The extension names no default; FixMyStreet always sends both dates (the last few hours). */
    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    /** The statuses the extension lets a client post (upper case); OPEN and REOPEN ask to reopen. */
    static final Set<String> POSTED_STATUSES = Set.of(
            "OPEN",
            "CLOSED",
            "FIXED",
            "IN_PROGRESS",
            "ACTION_SCHEDULED",
            "INVESTIGATING",
            "DUPLICATE",
            "NOT_COUNCILS_RESPONSIBILITY",
            "NO_FURTHER_ACTION",
            "INTERNAL_REFERRAL",
            "REOPEN",
            "FOR_TRIAGE");

    private final ReportManagement reports;
    private final Open311ApiKeys keys;
    private final Open311Writer writer;
    private final Clock clock;

    Open311UpdateController(ReportManagement reports, Open311ApiKeys keys, Open311Writer writer, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.keys = keys;
        this.writer = writer;
    }

    /** Public steps of all reports between the dates, oldest first, at most 1,000 (move start_date on for more). */
    @GetMapping("/servicerequestupdates" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> updates(@PathVariable String format, @RequestParam MultiValueMap<String, String> query) {
        Open311Params params = new Open311Params(query);
        Instant start = params.dateTime("start_date");
        Instant end = params.dateTime("end_date");
        Instant until = end != null ? end : clock.instant();
        Instant from = start != null ? start : until.minus(DEFAULT_WINDOW);
        if (until.isBefore(from)) {
            throw Open311Error.badRequest("end_date must not be before start_date");
        }
        // end_date is inclusive; the timeline's upper bound is not.
        List<Fields> updates = reports.updates(from, until.plusNanos(1000), MAX_RESULTS).stream()
                .map(Open311Views::update)
                .toList();
        return writer.answer(
                Open311Format.of(format),
                HttpStatus.OK,
                Open311Document.list("service_request_updates", "request_update", updates));
    }

    /**
     * A comment from the client's user. Posting OPEN or REOPEN on a resolved or closed report reopens it; other
     * statuses are the client's view of the report and change nothing here. The commenter's name and contact
     * are not kept: the comment is shown as the client's.
     */
    @PostMapping("/servicerequestupdates" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> post(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Open311Params params = new Open311Params(form);
        String client = keys.requireClient(params.text("api_key"));
        String number = params.required("service_request_id");
        String description = params.required("description");
        if (description.length() > ReportManagement.MAX_DESCRIPTION) {
            throw Open311Error.badRequest("description is limited to 4,000 characters");
        }
        String status = params.text("status");
        if (status != null && !POSTED_STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
            throw Open311Error.badRequest("status must be one of "
                    + String.join(", ", POSTED_STATUSES.stream().sorted().toList()));
        }
        params.dateTime("updated_datetime"); // checked, not used: a step is dated when it is recorded here
        boolean reopen = status != null && Set.of("OPEN", "REOPEN").contains(status.toUpperCase(Locale.ROOT));
        ReportUpdate update = reports.addClientUpdate(number, client, description, reopen);
        Fields answer = new Fields().put("update_id", update.updateId());
        return writer.answer(
                Open311Format.of(format),
                HttpStatus.OK,
                Open311Document.list("service_request_updates", "request_update", List.of(answer)));
    }
}
