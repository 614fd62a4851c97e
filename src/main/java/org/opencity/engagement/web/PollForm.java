package org.opencity.engagement.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencity.engagement.Audience;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.Candidate;
import org.opencity.engagement.Criterion;
import org.opencity.engagement.EngagementProblem;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollBuilder;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.Question;
import org.opencity.engagement.QuestionKind;
import org.opencity.shared.WorkingCalendar;

/**
 * The officers' form for a new poll or survey, without JavaScript: criteria, candidates and questions are typed one
 * per line, fields separated by a vertical bar (the form's hints show the layout). Times are Hanoi's wall-clock time.
 */
class PollForm {

    private String kind = "POLL";
    private String titleVi = "";
    private String titleEn = "";
    private String descriptionVi = "";
    private String descriptionEn = "";
    private String ballot = "SINGLE";
    private int maxChoices = 1;
    private String opensAt = "";
    private String closesAt = "";
    private String audience = "EVERYONE";
    private String wardCode = "";
    private int minIdentityLevel = 2;
    private boolean changeable;
    private boolean liveResults = true;
    private String criteria = "";
    private String candidates = "";
    private String questions = "";

    Poll draft() {
        return PollBuilder.builder()
                .kind(value(PollKind.class, kind))
                .titleVi(titleVi.strip())
                .titleEn(titleEn.isBlank() ? titleVi.strip() : titleEn.strip())
                .descriptionVi(descriptionVi.strip())
                .descriptionEn(descriptionEn.isBlank() ? descriptionVi.strip() : descriptionEn.strip())
                .ballot(value(BallotKind.class, ballot))
                .maxChoices(maxChoices)
                .opensAt(instant(opensAt))
                .closesAt(instant(closesAt))
                .audience(value(Audience.class, audience))
                .wardCode(wardCode.isBlank() ? null : wardCode.strip())
                .minIdentityLevel(minIdentityLevel)
                .changeable(changeable)
                .liveResults(liveResults)
                .criteria(lines(criteria).stream()
                        .map(f -> new Criterion(f.get(0), at(f, 1), orElse(at(f, 2), at(f, 1))))
                        .toList())
                .candidates(lines(candidates).stream()
                        .map(f ->
                                new Candidate(f.get(0), at(f, 1), orElse(at(f, 2), at(f, 1)), at(f, 3), at(f, 3), null))
                        .toList())
                .questions(lines(questions).stream().map(PollForm::question).toList())
                .build();
    }

    /** {@code code | CHOICE/SCALE/TEXT | text | option; option; …} */
    private static Question question(List<String> fields) {
        List<String> options = at(fields, 3).isBlank()
                ? List.of()
                : Arrays.stream(at(fields, 3).split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new Question(
                fields.get(0),
                value(QuestionKind.class, at(fields, 1)),
                at(fields, 2),
                at(fields, 2),
                options,
                options,
                true);
    }

    private static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(
                        Arrays.stream(line.split("\\|", -1)).map(String::strip).toList());
            }
        }
        return lines;
    }

    private static String at(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    private static Instant instant(String local) {
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(WorkingCalendar.VIETNAM)
                    .toInstant();
        } catch (DateTimeParseException | NullPointerException notATime) {
            throw EngagementProblem.invalid("problem.engagement.times");
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi == null ? "" : titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi == null ? "" : descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    public String getBallot() {
        return ballot;
    }

    public void setBallot(String ballot) {
        this.ballot = ballot;
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(int maxChoices) {
        this.maxChoices = maxChoices;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt == null ? "" : opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt == null ? "" : closesAt;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getWardCode() {
        return wardCode;
    }

    public void setWardCode(String wardCode) {
        this.wardCode = wardCode == null ? "" : wardCode;
    }

    public int getMinIdentityLevel() {
        return minIdentityLevel;
    }

    public void setMinIdentityLevel(int minIdentityLevel) {
        this.minIdentityLevel = minIdentityLevel;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public void setChangeable(boolean changeable) {
        this.changeable = changeable;
    }

    public boolean isLiveResults() {
        return liveResults;
    }

    public void setLiveResults(boolean liveResults) {
        this.liveResults = liveResults;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria == null ? "" : criteria;
    }

    public String getCandidates() {
        return candidates;
    }

    public void setCandidates(String candidates) {
        this.candidates = candidates == null ? "" : candidates;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions == null ? "" : questions;
    }
}
