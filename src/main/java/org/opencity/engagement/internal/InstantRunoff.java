package org.opencity.engagement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencity.engagement.PollResults.RunoffRound;

/**
 * Instant run-off over ranked ballots: each round counts every ballot for its highest-ranked candidate still in the
 * race; a candidate with more than half of the ballots still counting wins, otherwise the candidate with the fewest
 * is eliminated (a tie for fewest goes to the one later in the poll's order, so the count is reproducible) and the
 * next round begins. A ballot whose candidates are all eliminated is exhausted.
 */
public final class InstantRunoff {

    private InstantRunoff() {}

    /** The rounds in order; the winner is the leader of the last round (none when no ballot counts). */
    public static List<RunoffRound> rounds(List<String> candidatesInOrder, List<List<String>> ballots) {
        Set<String> remaining = new HashSet<>(candidatesInOrder);
        List<RunoffRound> rounds = new ArrayList<>();
        for (int round = 1; !remaining.isEmpty(); round++) {
            Map<String, Long> votes = new LinkedHashMap<>();
            candidatesInOrder.stream().filter(remaining::contains).forEach(c -> votes.put(c, 0L));
            long counting = 0;
            for (List<String> ballot : ballots) {
                for (String choice : ballot) {
                    if (remaining.contains(choice)) {
                        votes.merge(choice, 1L, Long::sum);
                        counting++;
                        break;
                    }
                }
            }
            long leaderVotes =
                    votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
            if (counting == 0 || leaderVotes * 2 > counting || remaining.size() == 1) {
                rounds.add(new RunoffRound(round, votes, null));
                return rounds;
            }
            String eliminated = votes.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                            .thenComparing(e -> -candidatesInOrder.indexOf(e.getKey())))
                    .orElseThrow()
                    .getKey();
            rounds.add(new RunoffRound(round, votes, eliminated));
            remaining.remove(eliminated);
        }
        return rounds;
    }

    /** The last round's leader, or null when no ballot counted or the last round is a tie. */
    public static String winner(List<RunoffRound> rounds) {
        if (rounds.isEmpty()) {
            return null;
        }
        Map<String, Long> last = rounds.get(rounds.size() - 1).votes();
        long best = last.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = last.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
        return best == 0 || leaders.size() != 1 ? null : leaders.get(0);
    }
}
