package org.opencity.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.opencity.engagement.Patterns;
import org.opencity.engagement.Surveys;
import org.opencity.engagement.TextAnswer;
import org.opencity.engagement.VotePatterns;
import org.opencity.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
