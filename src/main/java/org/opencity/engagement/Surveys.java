package org.opencity.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencity.engagement.SurveySummary.QuestionSummary;
import org.opencity.engagement.internal.SurveyRepository;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.UnitId;
import org.opencity.shared.PersonalDataMask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey (once per eligible person; again only where the survey allows changes, replacing the earlier
 * answers) and what comes out of it: a summary per question for everyone once it has closed, and the free-text
 * answers, masked and audited, for those who run it.
 */
@Service
public class Surveys {

    public static final int MAX_TEXT = 4000;

    private final Polls polls;
    private final Eligibility eligibility;
    private final SurveyRepository responses;
    private final AuditTrail audit;
    private final Clock clock;

    Surveys(Polls polls, Eligibility eligibility, SurveyRepository responses, AuditTrail audit, Clock clock) {
        this.polls = polls;
        this.eligibility = eligibility;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws EngagementProblem why the answers were not recorded (nothing written) */
    @Transactional
    public Instant respond(Actor respondent, UUID pollId, List<SurveyAnswer> answers) {
        Poll survey = polls.get(pollId);
        if (survey.kind() != PollKind.SURVEY) {
            throw EngagementProblem.invalid("problem.engagement.not-a-survey");
        }
        Instant now = clock.instant();
        Voting.requireOpen(survey, now);
        eligibility.check(survey, respondent);
        List<SurveyAnswer> checked = check(survey, answers);
        UUID person = respondent.id().value();
        int level = respondent.standing().identityLevel();
        if (!responses.insertResponse(pollId, person, level, now)) {
            if (!survey.changeable()) {
                throw EngagementProblem.conflict("problem.engagement.already-answered");
            }
            responses.replaceResponse(pollId, person, level, now);
        }
        checked.forEach(answer -> responses.insertAnswer(pollId, person, answer));
        return now;
    }

    @Transactional(readOnly = true)
    public boolean answered(UUID pollId, Actor person) {
        return responses.answered(pollId, person.id().value());
    }

    /**
     * The summary per question: for everyone once the survey has closed, for those who run it at any time.
     *
     * @throws EngagementProblem 409 while it is open, to others
     */
    @Transactional(readOnly = true)
    public SurveySummary summary(UUID pollId, Actor viewer) {
        Poll survey = polls.get(pollId);
        if (survey.kind() != PollKind.SURVEY) {
            throw EngagementProblem.invalid("problem.engagement.not-a-survey");
        }
        PollStatus status = survey.status(clock.instant());
        boolean over = status == PollStatus.CLOSED || status == PollStatus.PUBLISHED;
        if (!over && !(survey.liveResults() && status == PollStatus.OPEN) && !Polls.runs(viewer, survey)) {
            throw EngagementProblem.conflict("problem.engagement.results-hidden");
        }
        Map<String, Map<Integer, Long>> counts = responses.counts(pollId);
        Map<String, Long> texts = responses.textCounts(pollId);
        List<QuestionSummary> questions = new ArrayList<>();
        for (Question question : survey.questions()) {
            Map<Integer, Long> byValue = counts.getOrDefault(question.code(), Map.of());
            List<Long> perValue = switch (question.kind()) {
                case CHOICE ->
                    IntStream.range(0, question.optionsVi().size())
                            .mapToObj(i -> byValue.getOrDefault(i, 0L))
                            .toList();
                case SCALE ->
                    IntStream.rangeClosed(1, 5)
                            .mapToObj(i -> byValue.getOrDefault(i, 0L))
                            .toList();
                case TEXT -> List.of();
            };
            long answered = question.kind() == QuestionKind.TEXT
                    ? texts.getOrDefault(question.code(), 0L)
                    : perValue.stream().mapToLong(Long::longValue).sum();
            Double mean = null;
            if (question.kind() == QuestionKind.SCALE && answered > 0) {
                long total = 0;
                for (int i = 0; i < 5; i++) {
                    total += (i + 1) * perValue.get(i);
                }
                mean = Math.round(total * 100.0 / answered) / 100.0;
            }
            questions.add(SurveySummaryQuestionSummaryBuilder.builder()
                    .question(question.code())
                    .kind(question.kind())
                    .counts(perValue)
                    .mean(mean)
                    .answered(answered)
                    .build());
        }
        return SurveySummaryBuilder.builder()
                .pollId(pollId)
                .respondents(responses.respondents(pollId))
                .questions(questions)
                .build();
    }

    /** Free-text answers with personal data masked, newest first; only for those who run the survey, audited. */
    @Transactional
    public List<TextAnswer> texts(UUID pollId, Actor officer, int page, int size) {
        Poll survey = polls.get(pollId);
        polls.requireRuns(officer, survey);
        int limit = Math.max(1, Math.min(size, 200));
        List<TextAnswer> texts = responses.texts(pollId, Math.max(0, page) * limit, limit).stream()
                .map(t -> new TextAnswer(t.question(), PersonalDataMask.mask(t.text()), t.submittedAt()))
                .toList();
        audit.record(
                officer,
                EngagementAuditAction.SURVEY_ANSWERS_READ,
                "poll",
                pollId.toString(),
                survey.ownerUnitId() == null ? null : new UnitId(survey.ownerUnitId()),
                Map.of("page", page, "answers", texts.size()));
        return texts;
    }

    /**
     * Writes every answer as CSV for those who run the survey (audited): response number (not the person), time,
     * question, option, score, text with personal data masked. A cell that a spreadsheet would read as a formula is
     * quoted with a leading apostrophe.
     */
    @Transactional
    public void export(UUID pollId, Actor officer, Writer out) {
        Poll survey = polls.get(pollId);
        polls.requireRuns(officer, survey);
        if (survey.kind() != PollKind.SURVEY) {
            throw EngagementProblem.invalid("problem.engagement.not-a-survey");
        }
        audit.record(
                officer,
                EngagementAuditAction.SURVEY_ANSWERS_READ,
                "poll",
                pollId.toString(),
                survey.ownerUnitId() == null ? null : new UnitId(survey.ownerUnitId()),
                Map.of("export", true));
        try {
            CSVPrinter csv =
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out);
            csv.printRecord("response", "submitted_at", "question", "option", "scale", "text");
            responses.export(pollId, row -> {
                Question question = survey.question(row.question()).orElse(null);
                String option = row.choice() == null
                                || question == null
                                || row.choice() >= question.optionsVi().size()
                        ? null
                        : question.optionsVi().get(row.choice());
                try {
                    csv.printRecord(
                            row.response(),
                            row.submittedAt(),
                            row.question(),
                            spreadsheetSafe(option),
                            row.scale(),
                            spreadsheetSafe(PersonalDataMask.mask(row.text())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws EngagementProblem when the person does not run it (403) or it is not a survey (400) */
    public void requireExportable(UUID pollId, Actor officer) {
        Poll survey = polls.get(pollId);
        polls.requireRuns(officer, survey);
        if (survey.kind() != PollKind.SURVEY) {
            throw EngagementProblem.invalid("problem.engagement.not-a-survey");
        }
    }

    private static String spreadsheetSafe(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static List<SurveyAnswer> check(Poll survey, List<SurveyAnswer> answers) {
        Map<String, SurveyAnswer> byQuestion = new HashMap<>();
        for (SurveyAnswer answer : answers == null ? List.<SurveyAnswer>of() : answers) {
            if (answer == null || answer.question() == null) {
                throw EngagementProblem.invalid("problem.engagement.unknown-question");
            }
            Question question = survey.question(answer.question())
                    .orElseThrow(() -> EngagementProblem.invalid("problem.engagement.unknown-question"));
            SurveyAnswer clean = clean(question, answer);
            if (clean == null) {
                continue;
            }
            if (byQuestion.put(question.code(), clean) != null) {
                throw EngagementProblem.invalid("problem.engagement.question-twice", question.textVi());
            }
        }
        for (Question question : survey.questions()) {
            if (question.required() && !byQuestion.containsKey(question.code())) {
                throw EngagementProblem.invalid("problem.engagement.answer-required", question.textVi());
            }
        }
        return survey.questions().stream()
                .map(q -> byQuestion.get(q.code()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The answer with only what its question takes, or null when it says nothing (an empty text). */
    private static SurveyAnswer clean(Question question, SurveyAnswer answer) {
        return switch (question.kind()) {
            case CHOICE -> {
                Integer choice = answer.choice();
                if (choice == null || answer.scale() != null || answer.text() != null) {
                    throw EngagementProblem.invalid("problem.engagement.answer-kind", question.textVi());
                }
                if (choice < 0 || choice >= question.optionsVi().size()) {
                    throw EngagementProblem.invalid("problem.engagement.answer-kind", question.textVi());
                }
                yield new SurveyAnswer(question.code(), choice, null, null);
            }
            case SCALE -> {
                Integer scale = answer.scale();
                if (scale == null || scale < 1 || scale > 5 || answer.choice() != null || answer.text() != null) {
                    throw EngagementProblem.invalid("problem.engagement.answer-kind", question.textVi());
                }
                yield new SurveyAnswer(question.code(), null, scale, null);
            }
            case TEXT -> {
                if (answer.choice() != null || answer.scale() != null) {
                    throw EngagementProblem.invalid("problem.engagement.answer-kind", question.textVi());
                }
                String text = answer.text() == null ? "" : answer.text().strip();
                if (text.length() > MAX_TEXT) {
                    throw EngagementProblem.invalid("problem.engagement.text-too-long", MAX_TEXT);
                }
                yield text.isEmpty() ? null : new SurveyAnswer(question.code(), null, null, text);
            }
        };
    }
}
