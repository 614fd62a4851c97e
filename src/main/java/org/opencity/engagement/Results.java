package org.opencity.engagement;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.engagement.PollResults.CandidateResult;
import org.opencity.engagement.PollResults.CriterionResult;
import org.opencity.engagement.PollResults.RunoffRound;
import org.opencity.engagement.internal.InstantRunoff;
import org.opencity.engagement.internal.ReceiptCodes;
import org.opencity.engagement.internal.TallyRepository;
import org.opencity.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A poll's results (live where the poll shows them live, to everyone once it has closed, always to those who run
 * it), the check of a receipt, the public bulletin of receipt fingerprints and the anonymised export from which
 * anyone can recount the result.
 */
@Service
public class Results {

    public static final int BULLETIN_PAGE = 1000;

    private final Polls polls;
    private final TallyRepository tallies;
    private final Clock clock;

    Results(Polls polls, TallyRepository tallies, Clock clock) {
        this.polls = polls;
        this.tallies = tallies;
        this.clock = clock;
    }

    /**
     * @param viewer the person asking, or null
     * @throws EngagementProblem 409 while the poll is open and shows no live results (to those who do not run it)
     */
    @Transactional(readOnly = true)
    public PollResults of(UUID pollId, Actor viewer) {
        Poll poll = polls.get(pollId);
        Instant now = clock.instant();
        requireVisible(poll, viewer, now);
        return count(poll, now);
    }

    /** Whether this person may see the results now. */
    public boolean visible(Poll poll, Actor viewer) {
        PollStatus status = poll.status(clock.instant());
        return poll.kind() == PollKind.POLL
                && (status == PollStatus.CLOSED
                        || status == PollStatus.PUBLISHED
                        || (status == PollStatus.OPEN && poll.liveResults())
                        || Polls.runs(viewer, poll));
    }

    private void requireVisible(Poll poll, Actor viewer, Instant now) {
        if (poll.kind() != PollKind.POLL) {
            throw EngagementProblem.invalid("problem.engagement.not-a-poll");
        }
        if (!visible(poll, viewer)) {
            throw EngagementProblem.conflict("problem.engagement.results-hidden");
        }
    }

    private PollResults count(Poll poll, Instant now) {
        PollStatus status = poll.status(now);
        Map<String, Map<String, Long>> tally = tallies.tally(poll.id());
        Map<String, Map<Integer, Long>> levels = tallies.byLevel(poll.id());
        boolean over = status == PollStatus.CLOSED || status == PollStatus.PUBLISHED;
        List<String> order = poll.candidates().stream().map(Candidate::code).toList();
        List<CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : poll.criteria()) {
            Map<String, Long> votes = tally.getOrDefault(criterion.code(), Map.of());
            Map<Integer, Long> byLevel = new java.util.TreeMap<>(levels.getOrDefault(criterion.code(), Map.of()));
            byLevel.values().removeIf(n -> n == 0);
            long ballots = byLevel.values().stream().mapToLong(Long::longValue).sum();
            List<CandidateResult> candidates = order.stream()
                    .map(code -> {
                        long n = votes.getOrDefault(code, 0L);
                        return new CandidateResult(code, n, ballots == 0 ? 0 : (double) n / ballots);
                    })
                    .sorted(Comparator.comparingLong(CandidateResult::votes).reversed())
                    .toList();
            List<RunoffRound> runoff = over && poll.ballot() == BallotKind.RANKED
                    ? InstantRunoff.rounds(order, tallies.rankings(poll.id(), criterion.code()))
                    : List.of();
            String winner = !over
                    ? null
                    : poll.ballot() == BallotKind.RANKED ? InstantRunoff.winner(runoff) : leader(candidates);
            criteria.add(PollResultsCriterionResultBuilder.builder()
                    .criterion(criterion.code())
                    .votes(ballots)
                    .votesByIdentityLevel(byLevel)
                    .candidates(candidates)
                    .runoff(runoff)
                    .winner(winner)
                    .build());
        }
        return PollResultsBuilder.builder()
                .pollId(poll.id())
                .status(status)
                .finalResult(status == PollStatus.PUBLISHED)
                .asOf(now)
                .criteria(criteria)
                .build();
    }

    private static String leader(List<CandidateResult> candidates) {
        if (candidates.isEmpty() || candidates.get(0).votes() == 0) {
            return null;
        }
        boolean tie = candidates.size() > 1
                && candidates.get(1).votes() == candidates.get(0).votes();
        return tie ? null : candidates.get(0).candidate();
    }

    /** The count from the raw votes, criterion → candidate → votes; always equal to the running tally. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> recount(UUID pollId) {
        Poll poll = polls.get(pollId);
        return tallies.recount(poll.id(), poll.ballot() == BallotKind.RANKED);
    }

    /** The running tally, criterion → candidate → votes (zero rows left out), to set beside the recount. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> tally(UUID pollId) {
        Map<String, Map<String, Long>> tally = tallies.tally(polls.get(pollId).id());
        tally.values().forEach(m -> m.values().removeIf(n -> n == 0));
        tally.values().removeIf(Map::isEmpty);
        return tally;
    }

    /**
     * Checks a receipt as the voter typed it.
     *
     * @throws EngagementProblem 400 when it is not a receipt code at all
     */
    @Transactional(readOnly = true)
    public ReceiptCheck check(UUID pollId, String typedReceipt) {
        Poll poll = polls.get(pollId);
        String receipt = ReceiptCodes.canonical(typedReceipt);
        if (receipt == null) {
            throw EngagementProblem.invalid("problem.engagement.receipt-malformed");
        }
        String fingerprint = ReceiptCodes.fingerprint(receipt);
        List<String> criteria = tallies.countedCriteria(poll.id(), fingerprint);
        ReceiptStatus status = !criteria.isEmpty()
                ? ReceiptStatus.COUNTED
                : tallies.wasReplaced(poll.id(), fingerprint) ? ReceiptStatus.REPLACED : ReceiptStatus.UNKNOWN;
        return ReceiptCheckBuilder.builder()
                .status(status)
                .fingerprint(fingerprint)
                .criteria(criteria)
                .build();
    }

    /** A page of the bulletin: fingerprints of counted receipts after {@code after}, in order. */
    @Transactional(readOnly = true)
    public List<String> bulletin(UUID pollId, String after, int limit) {
        Poll poll = polls.get(pollId);
        String from = after == null || !after.matches("[0-9a-f]{0,64}") ? "" : after;
        return tallies.bulletin(poll.id(), from, Math.max(1, Math.min(limit, BULLETIN_PAGE)));
    }

    /**
     * Writes the anonymised export (choice per receipt fingerprint) once the poll has closed.
     *
     * @throws EngagementProblem 409 while the vote is open: choices are not published before the close
     */
    @Transactional(readOnly = true)
    public void export(UUID pollId, Writer out) {
        requireExportable(polls.get(pollId));
        tallies.export(pollId, out);
    }

    /** The criteria this person has voted on (for the poll page: "you have voted"). */
    @Transactional(readOnly = true)
    public List<String> votedOn(UUID pollId, Actor person) {
        return tallies.votedCriteria(pollId, person.id().value());
    }

    /** A page of the poll's voters' account ids, in order after {@code after} (for the result notification). */
    @Transactional(readOnly = true)
    public List<UUID> voters(UUID pollId, UUID after, int limit) {
        return tallies.voters(pollId, after, limit);
    }

    /** @throws EngagementProblem 409 while the vote is open */
    public void requireExportable(Poll poll) {
        PollStatus status = poll.status(clock.instant());
        if (poll.kind() != PollKind.POLL) {
            throw EngagementProblem.invalid("problem.engagement.not-a-poll");
        }
        if (status != PollStatus.CLOSED && status != PollStatus.PUBLISHED) {
            throw EngagementProblem.conflict("problem.engagement.export-after-close");
        }
    }
}
