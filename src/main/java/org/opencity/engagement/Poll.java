package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A poll or a survey as everyone may see it: what is asked, among whom, when, and who may take part.
 *
 * @param maxChoices the most candidates a voter may choose (multiple) or rank (ranked); 1 for a single choice
 * @param wardCode the ward whose residents may take part, for {@link Audience#WARD_RESIDENTS}; otherwise null
 * @param changeable whether a voter may change their vote until the close
 * @param liveResults whether results are shown to everyone while the vote is open
 * @param ownerUnitId the unit that runs it, or null when the city runs it
 * @param publishedAt when the final result was published, or null
 */
@RecordBuilder
public record Poll(
        UUID id,
        PollKind kind,
        String titleVi,
        String titleEn,
        String descriptionVi,
        String descriptionEn,
        BallotKind ballot,
        int maxChoices,
        Instant opensAt,
        Instant closesAt,
        Audience audience,
        String wardCode,
        int minIdentityLevel,
        boolean changeable,
        boolean liveResults,
        UUID ownerUnitId,
        Instant publishedAt,
        List<Criterion> criteria,
        List<Candidate> candidates,
        List<Question> questions) {

    public Poll {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public String title(Locale locale) {
        return Localized.pick(locale, titleVi, titleEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionVi, descriptionEn);
    }

    public PollStatus status(Instant now) {
        if (publishedAt != null) {
            return PollStatus.PUBLISHED;
        }
        if (now.isBefore(opensAt)) {
            return PollStatus.UPCOMING;
        }
        return now.isBefore(closesAt) ? PollStatus.OPEN : PollStatus.CLOSED;
    }

    public boolean isOpen(Instant now) {
        return status(now) == PollStatus.OPEN;
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Candidate> candidate(String code) {
        return candidates.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The candidate's name in this language, or the code itself when the poll has no such candidate. */
    public String candidateName(String code, Locale locale) {
        return candidate(code).map(c -> c.name(locale)).orElse(code);
    }

    public String criterionName(String code, Locale locale) {
        return criterion(code).map(c -> c.name(locale)).orElse(code);
    }

    public String questionText(String code, Locale locale) {
        return question(code).map(q -> q.text(locale)).orElse(code);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
