package org.opencity.engagement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.opencity.engagement.BallotChoice;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.EngagementProblem;

/** A vote: one choice per criterion voted on. */
record VoteRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Choice> choices) {

    /**
     * One criterion's choice: {@code candidate} for a single choice, {@code candidates} for a multiple choice,
     * {@code ranking} (most preferred first) for a ranked ballot; exactly one of them.
     */
    record Choice(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "governance")
            String criterion,

            @Schema(nullable = true, example = "48") String candidate,
            @Schema(nullable = true) List<String> candidates,
            @Schema(nullable = true) List<String> ranking) {}

    List<BallotChoice> ballot(BallotKind kind) {
        if (choices == null || choices.isEmpty()) {
            throw EngagementProblem.invalid("problem.engagement.no-choice");
        }
        List<BallotChoice> ballot = new ArrayList<>();
        for (Choice choice : choices) {
            if (choice == null) {
                throw EngagementProblem.invalid("problem.engagement.no-choice");
            }
            int given = (choice.candidate() != null ? 1 : 0)
                    + (choice.candidates() != null ? 1 : 0)
                    + (choice.ranking() != null ? 1 : 0);
            boolean fits = given == 1
                    && (kind == BallotKind.RANKED) == (choice.ranking() != null)
                    && (kind != BallotKind.SINGLE || choice.candidates() == null);
            if (!fits) {
                throw EngagementProblem.invalid("problem.engagement.ballot-form", kind.name());
            }
            List<String> candidates = choice.ranking() != null
                    ? choice.ranking()
                    : choice.candidates() != null ? choice.candidates() : List.of(choice.candidate());
            ballot.add(new BallotChoice(choice.criterion(), candidates));
        }
        return ballot;
    }
}
