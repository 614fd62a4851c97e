package org.opencity.engagement.web;

import java.time.Instant;
import java.util.List;
import org.opencity.engagement.Audience;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.Candidate;
import org.opencity.engagement.Criterion;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollBuilder;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.Question;

/** A new poll or survey; English texts fall back to the Vietnamese ones. */
record PollDraftRequest(
        PollKind kind,
        String titleVi,
        String titleEn,
        String descriptionVi,
        String descriptionEn,
        BallotKind ballot,
        Integer maxChoices,
        Instant opensAt,
        Instant closesAt,
        Audience audience,
        String wardCode,
        Integer minIdentityLevel,
        boolean changeable,
        boolean liveResults,
        List<Criterion> criteria,
        List<Candidate> candidates,
        List<Question> questions) {

    Poll draft() {
        return PollBuilder.builder()
                .kind(kind == null ? PollKind.POLL : kind)
                .titleVi(titleVi)
                .titleEn(orElse(titleEn, titleVi))
                .descriptionVi(orElse(descriptionVi, ""))
                .descriptionEn(orElse(descriptionEn, orElse(descriptionVi, "")))
                .ballot(ballot == null ? BallotKind.SINGLE : ballot)
                .maxChoices(maxChoices == null ? 1 : maxChoices)
                .opensAt(opensAt)
                .closesAt(closesAt)
                .audience(audience == null ? Audience.EVERYONE : audience)
                .wardCode(wardCode)
                .minIdentityLevel(minIdentityLevel == null ? 1 : minIdentityLevel)
                .changeable(changeable)
                .liveResults(liveResults)
                .criteria(
                        criteria == null
                                ? List.of()
                                : criteria.stream()
                                        .map(PollDraftRequest::withEnglish)
                                        .toList())
                .candidates(
                        candidates == null
                                ? List.of()
                                : candidates.stream()
                                        .map(PollDraftRequest::withEnglish)
                                        .toList())
                .questions(
                        questions == null
                                ? List.of()
                                : questions.stream()
                                        .map(PollDraftRequest::withEnglish)
                                        .toList())
                .build();
    }

    private static Criterion withEnglish(Criterion c) {
        return new Criterion(c.code(), c.nameVi(), orElse(c.nameEn(), c.nameVi()));
    }

    private static Candidate withEnglish(Candidate c) {
        return new Candidate(
                c.code(),
                c.nameVi(),
                orElse(c.nameEn(), c.nameVi()),
                orElse(c.descriptionVi(), ""),
                orElse(c.descriptionEn(), orElse(c.descriptionVi(), "")),
                c.pictureUrl());
    }

    private static Question withEnglish(Question q) {
        return new Question(
                q.code(),
                q.kind(),
                q.textVi(),
                orElse(q.textEn(), q.textVi()),
                q.optionsVi() == null ? List.of() : q.optionsVi(),
                q.optionsEn() == null || q.optionsEn().isEmpty() ? orEmpty(q.optionsVi()) : q.optionsEn(),
                q.required());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
