package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A poll's count at {@code asOf}: per criterion, the votes of each candidate (first preferences for a ranked ballot,
 * whose winner comes from the instant run-off rounds) and how many votes came from each identity level.
 *
 * @param finalResult true once the result was published: the figures no longer change
 */
@RecordBuilder
public record PollResults(
        UUID pollId, PollStatus status, boolean finalResult, Instant asOf, List<CriterionResult> criteria) {

    public PollResults {
        criteria = List.copyOf(criteria);
    }

    /** One criterion's count, candidates in order of votes (most first), then in the poll's order. */
    @RecordBuilder
    public record CriterionResult(
            String criterion,
            long votes,
            Map<Integer, Long> votesByIdentityLevel,
            List<CandidateResult> candidates,
            List<RunoffRound> runoff,
            String winner) {

        public CriterionResult {
            votesByIdentityLevel = Map.copyOf(votesByIdentityLevel);
            candidates = List.copyOf(candidates);
            runoff = List.copyOf(runoff);
        }
    }

    /** A candidate's votes and share of the criterion's votes (0–1; for a multiple choice, of the voters). */
    public record CandidateResult(String candidate, long votes, double share) {}

    /** One round of an instant run-off: each remaining candidate's votes and who was eliminated (null: last round). */
    public record RunoffRound(int round, Map<String, Long> votes, String eliminated) {

        public RunoffRound {
            votes = Map.copyOf(votes);
        }
    }
}
