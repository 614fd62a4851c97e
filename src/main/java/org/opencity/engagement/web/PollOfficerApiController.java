package org.opencity.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.opencity.engagement.Patterns;
import org.opencity.engagement.Surveys;
import org.opencity.engagement.TextAnswer;
import org.opencity.engagement.VotePatterns;
import org.opencity.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** What only those who run a poll see: the suspicious-patterns report and a survey's free-text answers (audited). */
@RestController
@RequestMapping("/api/v1/polls/{id}")
@Tag(name = "Polls")
class PollOfficerApiController {

    private final Patterns patterns;
    private final Surveys surveys;

    PollOfficerApiController(Patterns patterns, Surveys surveys) {
        this.patterns = patterns;
        this.surveys = surveys;
    }

    @GetMapping("/patterns")
    @Operation(summary = "Suspicious patterns: bursts from one network, votes of new accounts (who runs the poll)")
    VotePatterns patterns(Actor officer, @PathVariable UUID id) {
        return patterns.of(id, officer);
    }

    @GetMapping(path = "/answers.csv", produces = "text/csv")
    @Operation(summary = "A survey's answers as CSV, personal data masked, one line per answer (who runs it)")
    ResponseEntity<StreamingResponseBody> answers(Actor officer, @PathVariable UUID id) {
        // Checked before the body streams, so a refusal is a problem response, not a broken download.
        surveys.requireExportable(id, officer);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            surveys.export(id, officer, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-" + id + "-answers.csv\"")
                .body(body);
    }

    @GetMapping("/text-answers")
    @Operation(summary = "A survey's free-text answers, personal data masked, newest first (who runs it)")
    List<TextAnswer> texts(
            Actor officer,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return surveys.texts(id, officer, page, size);
    }
}
