package org.opencity.engagement.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.engagement.Audience;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.PollStatus;
import org.opencity.engagement.QuestionKind;

/** A poll or survey as the API shows it, in the caller's language, with its status now. */
@RecordBuilder
record PollView(
        UUID id,
        PollKind kind,
        String title,
        String description,
        PollStatus status,
        BallotKind ballot,
        int maxChoices,
        Instant opensAt,
        Instant closesAt,
        Audience audience,
        String wardCode,
        int minIdentityLevel,
        boolean changeable,
        boolean liveResults,
        Instant publishedAt,
        List<CriterionView> criteria,
        List<CandidateView> candidates,
        List<QuestionView> questions) {

    record CriterionView(String code, String name) {}

    record CandidateView(String code, String name, String description, String pictureUrl) {}

    record QuestionView(String code, QuestionKind kind, String text, List<String> options, boolean required) {}

    static PollView of(Poll poll, Instant now, Locale locale) {
        return PollViewBuilder.builder()
                .id(poll.id())
                .kind(poll.kind())
                .title(poll.title(locale))
                .description(poll.description(locale))
                .status(poll.status(now))
                .ballot(poll.ballot())
                .maxChoices(poll.maxChoices())
                .opensAt(poll.opensAt())
                .closesAt(poll.closesAt())
                .audience(poll.audience())
                .wardCode(poll.wardCode())
                .minIdentityLevel(poll.minIdentityLevel())
                .changeable(poll.changeable())
                .liveResults(poll.liveResults())
                .publishedAt(poll.publishedAt())
                .criteria(poll.criteria().stream()
                        .map(c -> new CriterionView(c.code(), c.name(locale)))
                        .toList())
                .candidates(poll.candidates().stream()
                        .map(c -> new CandidateView(c.code(), c.name(locale), c.description(locale), c.pictureUrl()))
                        .toList())
                .questions(poll.questions().stream()
                        .map(q -> new QuestionView(q.code(), q.kind(), q.text(locale), q.options(locale), q.required()))
                        .toList())
                .build();
    }
}
