package org.opencity.assistant.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.assistant.Answer;
import org.opencity.assistant.Assistant;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.HandoverStatus;
import org.opencity.assistant.HandoverView;
import org.opencity.assistant.Handovers;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.QuestionBuilder;
import org.opencity.assistant.Source;
import org.opencity.assistant.Vote;
import org.opencity.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assistant")
@Tag(
        name = "Assistant",
        description = "The 24/7 virtual assistant: answers grounded in the procedure catalogue and the city's FAQ, "
                + "with its sources, live actions and a hand-over to a person. Anonymous use is allowed, limited per "
                + "client (per IP address, or per account when signed in): over the limit the answer is 429 with "
                + "Retry-After.")
class AssistantApiController {

    private final Assistant assistant;
    private final Handovers handovers;

    AssistantApiController(Assistant assistant, Handovers handovers) {
        this.assistant = assistant;
        this.handovers = handovers;
    }

    @PostMapping(value = "/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Ask a question, in Vietnamese (with or without diacritics) or English",
            description = "The answer states only facts of the cited records (sources, most relevant first) or live "
                    + "data (a dossier's status by receipt code and the phone's last 4 digits, which ward a place "
                    + "belongs to, the signed-in resident's dossiers and reports). Below the confidence threshold "
                    + "the outcome is NOT_SURE: the closest records and a person are offered. Omit conversationId to "
                    + "start a conversation; pass the one returned to follow up (\"còn lệ phí thì sao?\"). The "
                    + "question is 1 to 2,000 characters of text; phone numbers, citizen ID numbers and emails in "
                    + "it are masked before it is stored.")
    AskResponse ask(@RequestBody AskRequest request, Locale locale) {
        Answer answer = assistant.ask(QuestionBuilder.builder()
                .text(request.question())
                .conversationId(request.conversationId())
                .asker(SignedInResident.orNull())
                .pageLocale(locale)
                .build());
        return AskResponse.of(answer);
    }

    @PostMapping(value = "/answers/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Thumbs up or down on an answer; a second vote replaces the first")
    void feedback(@PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
        assistant.feedback(id, request.vote(), SignedInResident.orNull());
    }

    @PostMapping("/conversations/{id}/handover")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ask for a person to take over the conversation",
            description = "Officers see the conversation (questions masked) and the contact given here, if any (at "
                    + "most 200 characters, e.g. a phone number or an email; never logged). Asking again while a "
                    + "request is open changes only the contact.")
    HandoverReceipt handover(@PathVariable UUID id, @RequestBody(required = false) HandoverRequest request) {
        HandoverView handover =
                handovers.request(id, request == null ? null : request.contact(), SignedInResident.orNull());
        return new HandoverReceipt(handover.id(), handover.conversationId(), handover.status(), handover.requestedAt());
    }

    @GetMapping("/handovers")
    @Operation(summary = "Requests to talk to a person, open ones first, with their conversations (officers)")
    List<HandoverView> handovers(Actor officer) {
        return handovers.list(officer);
    }

    @PostMapping("/handovers/{id}/taken")
    @Operation(summary = "Take a request to talk to a person (officers; audited)")
    HandoverView take(Actor officer, @PathVariable UUID id) {
        return handovers.take(officer, id);
    }

    record AskRequest(
            @Schema(
                    description = "The question as typed, 1 to 2,000 characters",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 1,
                    maxLength = 2000,
                    example = "lam lai can cuoc mat bao lau")
            String question,

            @Schema(description = "The conversation to continue; omit to start one")
            UUID conversationId) {}

    record AskResponse(
            UUID conversationId,

            @Schema(description = "The id to give thumbs up or down with")
            UUID answerId,

            String answer,
            List<Source> sources,
            List<AssistantAction> actions,

            @Schema(description = "0 to 1: how sure retrieval was that the first source answers the question")
            double confidence,

            Outcome outcome,

            @Schema(description = "The answer's language: vi or en")
            String language) {

        static AskResponse of(Answer answer) {
            return new AskResponse(
                    answer.conversationId(),
                    answer.answerId(),
                    answer.text(),
                    answer.sources(),
                    answer.actions(),
                    answer.confidence(),
                    answer.outcome(),
                    answer.language().getLanguage());
        }
    }

    record FeedbackRequest(
            @NotNull
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
            @Schema(description = "up or down")
            Vote vote) {}

    record HandoverRequest(
            @Schema(description = "How to reach the resident, if they wish (at most 200 characters)", maxLength = 200)
            String contact) {}

    record HandoverReceipt(UUID handoverId, UUID conversationId, HandoverStatus status, Instant requestedAt) {}
}
