package org.opencity.assistant.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.SearchResult;

/**
 * Asks every evaluation question and measures: top-1, top-3 and MRR (a hit counts when it is any of the expected
 * codes), the refusal of out-of-scope questions (confidence below the threshold), and the time per question.
 */
final class EvaluationRun {

    static final int DEPTH = 10;

    record Answer(EvaluationQuestion question, SearchResult result, int rank) {

        /** 1-based rank of the first expected code among the hits, 0 when none is there. */
        static Answer of(EvaluationQuestion question, SearchResult result) {
            List<String> codes = result.hits().stream().map(KnowledgeHit::code).toList();
            int rank = 0;
            for (int i = 0; i < codes.size() && rank == 0; i++) {
                if (question.expected().contains(codes.get(i))) {
                    rank = i + 1;
                }
            }
            return new Answer(question, result, rank);
        }

        boolean firstIsTheFirstExpected() {
            return !result.hits().isEmpty()
                    && result.hits().get(0).code().equals(question.expected().get(0));
        }
    }

    private final KnowledgeSearch search;
    private final double threshold;

    EvaluationRun(KnowledgeSearch search, double threshold) {
        this.search = search;
        this.threshold = threshold;
    }

    List<Answer> answers(List<EvaluationQuestion> questions) {
        return questions.stream()
                .map(q -> Answer.of(q, search.search(q.question(), DEPTH)))
                .toList();
    }

    /** Milliseconds per question over {@code passes} passes, after {@code warmUp} passes not counted. */
    double[] latencies(List<EvaluationQuestion> questions, int warmUp, int passes) {
        for (int i = 0; i < warmUp; i++) {
            questions.forEach(q -> search.search(q.question(), DEPTH));
        }
        double[] millis = new double[questions.size() * passes];
        int n = 0;
        for (int i = 0; i < passes; i++) {
            for (EvaluationQuestion q : questions) {
                long start = System.nanoTime();
                search.search(q.question(), DEPTH);
                millis[n++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** The retrieval figures of in-scope answers. */
    record Figures(int questions, double top1, double top3, double mrr, double top1Exact, double answered) {

        static Figures of(List<Answer> answers, double threshold) {
            int n = answers.size();
            if (n == 0) {
                return new Figures(0, 0, 0, 0, 0, 0);
            }
            return new Figures(
                    n,
                    share(answers, a -> a.rank() == 1),
                    share(answers, a -> a.rank() >= 1 && a.rank() <= 3),
                    answers.stream()
                                    .mapToDouble(a -> a.rank() == 0 ? 0 : 1.0 / a.rank())
                                    .sum()
                            / n,
                    share(answers, Answer::firstIsTheFirstExpected),
                    share(answers, a -> a.result().confidence() >= threshold));
        }

        String row(String label) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f %% | %.1f %% | %.3f | %.1f %% | %.1f %% |",
                    label,
                    questions,
                    100 * top1,
                    100 * top3,
                    mrr,
                    100 * top1Exact,
                    100 * answered);
        }

        static String header() {
            return "| questions | n | top-1 | top-3 | MRR@10 | top-1 = first expected code | confidence ≥ threshold |\n"
                    + "|---|---|---|---|---|---|---|";
        }
    }

    static double share(List<Answer> answers, Predicate<Answer> test) {
        return answers.isEmpty() ? 0 : (double) answers.stream().filter(test).count() / answers.size();
    }

    /** In-scope answers grouped by a key, in first-seen order. */
    static Map<String, List<Answer>> by(List<Answer> answers, java.util.function.Function<Answer, String> key) {
        return answers.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    /** Questions whose every expected code is in the index today (the rest wait for the full catalogue). */
    static Predicate<Answer> coveredBy(Set<String> indexed) {
        return a -> indexed.containsAll(a.question().expected());
    }

    static List<Answer> where(List<Answer> answers, Predicate<Answer> test) {
        return new ArrayList<>(answers.stream().filter(test).toList());
    }
}
