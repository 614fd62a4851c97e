package org.opencity.assistant.internal.review;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencity.shared.VietnameseText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review of what the assistant answered badly in the last weeks, grouped by similarity so an administrator
 * handles "lam lai bang lai xe", "làm lại bằng lái" and "bang lai bi mat lam lai" once. Similarity is the share of
 * folded words two questions have in common (Jaccard, at least one half): simple, explainable, and enough for the
 * few hundred questions a review holds.
 */
@Component
public class ReviewQuestions {

    static final Duration WINDOW = Duration.ofDays(30);
    static final double SAME_QUESTION = 0.5;
    /** Answers just above the threshold are worth a look too. */
    static final double LOW_MARGIN = 0.15;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final double threshold;

    ReviewQuestions(
            JdbcClient jdbc, Clock clock, @Value("${opencity.assistant.confidence-threshold:0.35}") double threshold) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** A turn to review, as read from the log. */
    private record Turn(String question, String outcome, String feedback, Instant askedAt, List<String> codes) {}

    public List<ReviewGroup> groups(int limit) {
        List<Turn> turns = jdbc.sql("""
                        select question, outcome, feedback, asked_at, source_codes
                        from ast_turn
                        where asked_at >= :since
                          and outcome <> 'ACTION'
                          and (outcome = 'NOT_SURE' or feedback = 'DOWN' or confidence < :low)
                        order by asked_at desc
                        limit 2000
                        """)
                .param("since", java.sql.Timestamp.from(clock.instant().minus(WINDOW)))
                .param("low", threshold + LOW_MARGIN)
                .query((row, n) -> new Turn(
                        row.getString("question"),
                        row.getString("outcome"),
                        row.getString("feedback"),
                        row.getTimestamp("asked_at").toInstant(),
                        codes(row.getArray("source_codes"))))
                .list();
        List<List<Turn>> clusters = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (Turn turn : turns) {
            Set<String> these = words(turn.question());
            int home = -1;
            for (int i = 0; i < clusters.size() && home < 0; i++) {
                if (similarity(these, words.get(i)) >= SAME_QUESTION) {
                    home = i;
                }
            }
            if (home < 0) {
                clusters.add(new ArrayList<>(List.of(turn)));
                words.add(these);
            } else {
                clusters.get(home).add(turn);
            }
        }
        return clusters.stream()
                .map(ReviewQuestions::group)
                .sorted(Comparator.comparingInt(ReviewGroup::asked)
                        .reversed()
                        .thenComparing(ReviewGroup::lastAsked, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    private static ReviewGroup group(List<Turn> turns) {
        Map<String, Long> offered = turns.stream()
                .flatMap(turn -> turn.codes().stream().limit(3))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return ReviewGroupBuilder.builder()
                .questions(
                        turns.stream().map(Turn::question).distinct().limit(10).toList())
                .asked(turns.size())
                .notSure((int) turns.stream()
                        .filter(t -> "NOT_SURE".equals(t.outcome()))
                        .count())
                .thumbsDown((int)
                        turns.stream().filter(t -> "DOWN".equals(t.feedback())).count())
                .lastAsked(turns.get(0).askedAt())
                .offeredCodes(offered.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(Map.Entry::getKey)
                        .limit(5)
                        .toList())
                .build();
    }

    static Set<String> words(String question) {
        return Arrays.stream(VietnameseText.fold(question).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1)
                .collect(Collectors.toCollection(HashSet::new));
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
