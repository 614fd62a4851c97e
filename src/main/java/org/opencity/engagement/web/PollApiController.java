package org.opencity.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollResults;
import org.opencity.engagement.Polls;
import org.opencity.engagement.ReceiptCheck;
import org.opencity.engagement.Results;
import org.opencity.engagement.SurveyAnswer;
import org.opencity.engagement.SurveySummary;
import org.opencity.engagement.Surveys;
import org.opencity.engagement.VoteReceipt;
import org.opencity.engagement.Voting;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Public votes and surveys: read them, vote, answer, follow the results, check a receipt, recount from the export. */
@RestController
@RequestMapping("/api/v1/polls")
@Tag(name = "Polls", description = "Public votes and surveys: one vote per eligible person, receipts, live results")
class PollApiController {

    private final Polls polls;
    private final Voting voting;
    private final Results results;
    private final Surveys surveys;
    private final ResultStreams streams;
    private final Actors actors;
    private final Clock clock;

    PollApiController(
            Polls polls,
            Voting voting,
            Results results,
            Surveys surveys,
            ResultStreams streams,
            Actors actors,
            Clock clock) {
        this.polls = polls;
        this.voting = voting;
        this.results = results;
        this.surveys = surveys;
        this.streams = streams;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every poll and survey, newest first, with its status now")
    List<PollView> list(Locale locale) {
        Instant now = clock.instant();
        return polls.list().stream().map(p -> PollView.of(p, now, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A poll with its criteria and candidates, or a survey with its questions")
    PollView one(@PathVariable UUID id, Locale locale) {
        return PollView.of(polls.get(id), clock.instant(), locale);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a poll or survey (administrators; a ward's officers for their ward's residents)")
    ResponseEntity<PollView> create(Actor creator, @RequestBody PollDraftRequest request, Locale locale) {
        Poll poll = polls.create(creator, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/polls/" + poll.id()))
                .body(PollView.of(poll, clock.instant(), locale));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the final result of a closed poll (who runs it); its voters are told")
    PollView publish(Actor officer, @PathVariable UUID id, Locale locale) {
        return PollView.of(polls.publish(officer, id), clock.instant(), locale);
    }

    @PostMapping(path = "/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Vote: one choice per criterion; answers the receipt once the vote is durably counted",
            description = "One vote per person and criterion: a second vote replaces the first where the poll "
                    + "allows changes, else 409. 403 when the person may not take part (identity level, ward), "
                    + "409 when the poll is not open, 429 with Retry-After when too many attempts come from one "
                    + "account or network, 503 when the count is too busy to confirm in time (try again).")
    ResponseEntity<VoteReceipt> vote(
            Actor voter, @PathVariable UUID id, @RequestBody VoteRequest request, HttpServletRequest http) {
        Poll poll = polls.get(id);
        VoteReceipt receipt = voting.vote(voter, id, request.ballot(poll.ballot()), http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/polls/" + id + "/receipts/" + receipt.receipt()))
                .body(receipt);
    }

    /** A survey's answers. */
    record ResponseRequest(List<SurveyAnswer> answers) {}

    /** When the answers were recorded. */
    record ResponseRecorded(Instant submittedAt) {}

    @PostMapping(path = "/{id}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a survey: one answer per question (choice index, scale 1-5 or text)")
    ResponseEntity<ResponseRecorded> respond(
            Actor respondent, @PathVariable UUID id, @RequestBody ResponseRequest request) {
        Instant at = surveys.respond(respondent, id, request.answers());
        return ResponseEntity.status(201).body(new ResponseRecorded(at));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The count per criterion and candidate, with votes per identity level (live where shown)")
    PollResults results(@PathVariable UUID id) {
        return results.of(id, viewer());
    }

    @GetMapping(path = "/{id}/results/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The results as server-sent events named 'results' (JSON), whenever the count changes")
    SseEmitter stream(@PathVariable UUID id) {
        PollResults now = results.of(id, viewer());
        return streams.subscribe(id, now);
    }

    @GetMapping(path = "/{id}/results.csv", produces = "text/csv")
    @Operation(summary = "The results as CSV: criterion, candidate, votes, share (open data)")
    ResponseEntity<String> resultsCsv(@PathVariable UUID id) {
        PollResults count = results.of(id, viewer());
        StringBuilder csv = new StringBuilder("criterion,candidate,votes,share\n");
        count.criteria()
                .forEach(c -> c.candidates()
                        .forEach(k -> csv.append(c.criterion())
                                .append(',')
                                .append(k.candidate())
                                .append(',')
                                .append(k.votes())
                                .append(',')
                                .append(String.format(Locale.ROOT, "%.6f", k.share()))
                                .append('\n')));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"poll-" + id + "-results.csv\"")
                .body(csv.toString());
    }

    @GetMapping("/{id}/receipts/{receipt}")
    @Operation(summary = "Whether a receipt's vote is counted (and on which criteria), never what was chosen")
    ReceiptCheck receipt(@PathVariable UUID id, @PathVariable String receipt) {
        return results.check(id, receipt);
    }

    /** A page of the bulletin; {@code next} is the {@code after} of the next page, null on the last one. */
    record Bulletin(List<String> fingerprints, String next) {}

    @GetMapping("/{id}/bulletin")
    @Operation(
            summary = "The public bulletin: SHA-256 fingerprints of every counted receipt, in order, a page at a time")
    Bulletin bulletin(
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "1000") int limit) {
        List<String> page = results.bulletin(id, after, limit);
        int size = Math.max(1, Math.min(limit, Results.BULLETIN_PAGE));
        return new Bulletin(page, page.size() == size ? page.get(page.size() - 1) : null);
    }

    @GetMapping(path = "/{id}/export", produces = "text/csv")
    @Operation(
            summary =
                    "The anonymised export once the poll has closed: fingerprint, criterion, rank, candidate per line",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id) {
        results.requireExportable(polls.get(id));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            results.export(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"poll-" + id + "-votes.csv\"")
                .body(body);
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "A survey's answers summarised per question (once it has closed; always for who runs it)")
    SurveySummary summary(@PathVariable UUID id) {
        return surveys.summary(id, viewer());
    }

    private Actor viewer() {
        return actors.signedIn().orElse(null);
    }
}
