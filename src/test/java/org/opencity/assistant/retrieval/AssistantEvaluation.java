package org.opencity.assistant.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencity.assistant.internal.faq.FaqEntries;
import org.opencity.assistant.internal.faq.FaqEntry;
import org.opencity.assistant.internal.retrieval.CatalogueRecords;
import org.opencity.assistant.internal.retrieval.KnowledgeHit;
import org.opencity.assistant.internal.retrieval.KnowledgeSearch;
import org.opencity.assistant.internal.retrieval.RetrievalProperties;
import org.opencity.assistant.retrieval.EvaluationRun.Answer;
import org.opencity.assistant.retrieval.EvaluationRun.Figures;
import org.opencity.procedure.Procedure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The assistant's retrieval measured on {@code bench/assistant/questions.csv}, with the real engine over the real
 * catalogue and FAQ (embedded PostgreSQL, as every test). Not part of the test suite (its name is no test name);
 * {@code bench/assistant/run} runs it and it writes {@code target/assistant-evaluation/results.md}.
 */
@SpringBootTest(properties = "opencity.assistant.build-index-on-start=false")
class AssistantEvaluation {

    static final Path OUT = Path.of("target/assistant-evaluation");

    @Autowired
    KnowledgeSearch search;

    @Autowired
    RetrievalProperties properties;

    @Autowired
    CatalogueRecords catalogue;

    @Autowired
    FaqEntries faq;

    @Test
    void evaluate() throws IOException {
        List<EvaluationQuestion> questions = EvaluationQuestion.read(EvaluationQuestion.FILE);
        double threshold = properties.confidenceThreshold();
        EvaluationRun run = new EvaluationRun(search, threshold);
        long buildStart = System.nanoTime();
        search.search("khai sinh", 1);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;

        List<Answer> answers = run.answers(questions);
        List<Answer> inScope = EvaluationRun.where(answers, a -> a.question().inScope());
        List<Answer> outOfScope =
                EvaluationRun.where(answers, a -> !a.question().inScope());
        Set<String> indexed = indexedCodes();
        List<Answer> covered = EvaluationRun.where(inScope, EvaluationRun.coveredBy(indexed));
        double[] millis = run.latencies(questions, 3, 5);

        StringBuilder out = new StringBuilder();
        out.append(machine()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "Index: %d procedures and %d FAQ entries, first build %.1f s (with the catalogue read).%n%n",
                indexed.stream().filter(c -> !c.startsWith("FAQ-")).count(),
                indexed.stream().filter(c -> c.startsWith("FAQ-")).count(),
                buildSeconds));
        out.append("### In scope\n\n").append(Figures.header()).append('\n');
        out.append(Figures.of(inScope, threshold).row("all in-scope")).append('\n');
        out.append(Figures.of(covered, threshold).row("expected codes all in today's index"))
                .append('\n');
        for (Map.Entry<String, List<Answer>> kind :
                EvaluationRun.by(inScope, a -> a.question().kind()).entrySet()) {
            out.append(Figures.of(kind.getValue(), threshold).row("kind " + kind.getKey()))
                    .append('\n');
        }
        for (Map.Entry<String, List<Answer>> style :
                EvaluationRun.by(inScope, a -> a.question().style()).entrySet()) {
            out.append(Figures.of(style.getValue(), threshold).row("style " + style.getKey()))
                    .append('\n');
        }
        out.append("\n### Indexed-only, by style\n\n").append(Figures.header()).append('\n');
        for (Map.Entry<String, List<Answer>> style :
                EvaluationRun.by(covered, a -> a.question().style()).entrySet()) {
            out.append(Figures.of(style.getValue(), threshold).row("style " + style.getKey()))
                    .append('\n');
        }
        out.append(String.format(
                Locale.ROOT,
                "%n### Out of scope%n%n%d questions, refused (confidence < %.2f): %.1f %%%n",
                outOfScope.size(),
                threshold,
                100 * EvaluationRun.share(outOfScope, a -> a.result().confidence() < threshold)));
        out.append(String.format(
                Locale.ROOT,
                "%n### Latency%n%n%d searches (10 hits each) after 3 warm-up passes, one thread: p50 %.2f ms, "
                        + "p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis.length,
                EvaluationRun.percentile(millis, 50),
                EvaluationRun.percentile(millis, 95),
                EvaluationRun.percentile(millis, 99),
                millis[millis.length - 1]));
        out.append(calibration(inScope, outOfScope));
        out.append(misses(inScope, outOfScope, indexed, threshold));

        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("results.md"), out, StandardCharsets.UTF_8);
        System.out.println(out);
    }

    private Set<String> indexedCodes() {
        Set<String> codes = new HashSet<>();
        catalogue.all().stream().map(Procedure::code).forEach(codes::add);
        faq.validToday().stream().map(FaqEntry::code).forEach(codes::add);
        return codes;
    }

    /** Out-of-scope refused and in-scope answered at other thresholds, to choose one. */
    private static String calibration(List<Answer> inScope, List<Answer> outOfScope) {
        StringBuilder table = new StringBuilder("\n### Thresholds\n\n"
                + "| threshold | out of scope refused | in scope answered | in scope answered and top-1 right |\n"
                + "|---|---|---|---|\n");
        for (int step = 1; step <= 19; step++) {
            double t = step / 20.0;
            table.append(String.format(
                    Locale.ROOT,
                    "| %.2f | %.1f %% | %.1f %% | %.1f %% |%n",
                    t,
                    100 * EvaluationRun.share(outOfScope, a -> a.result().confidence() < t),
                    100 * EvaluationRun.share(inScope, a -> a.result().confidence() >= t),
                    100 * EvaluationRun.share(inScope, a -> a.result().confidence() >= t && a.rank() == 1)));
        }
        return table.toString();
    }

    private static String misses(List<Answer> inScope, List<Answer> outOfScope, Set<String> indexed, double threshold) {
        StringBuilder list = new StringBuilder("\n### Misses (top-1 not expected)\n\n"
                + "`*` marks a question whose expected codes are not all in today's index.\n\n"
                + "| id | style | question | expected | got (top 3) | rank | confidence |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Answer a : inScope) {
            if (a.rank() != 1) {
                list.append(String.format(
                        Locale.ROOT,
                        "| %s%s | %s | %s | %s | %s | %s | %.2f |%n",
                        a.question().id(),
                        indexed.containsAll(a.question().expected()) ? "" : "*",
                        a.question().style(),
                        a.question().question().replace("|", "/"),
                        String.join(" ", a.question().expected()),
                        top3(a),
                        a.rank() == 0 ? "–" : String.valueOf(a.rank()),
                        a.result().confidence()));
            }
        }
        list.append("\n### Out-of-scope questions answered (confidence ≥ threshold)\n\n"
                + "| id | question | got (top 3) | confidence |\n|---|---|---|---|\n");
        for (Answer a : outOfScope) {
            if (a.result().confidence() >= threshold) {
                list.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %.2f |%n",
                        a.question().id(),
                        a.question().question(),
                        top3(a),
                        a.result().confidence()));
            }
        }
        return list.toString();
    }

    private static String top3(Answer a) {
        return a.result().hits().stream().limit(3).map(KnowledgeHit::code).collect(Collectors.joining(" "));
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElse("unknown");
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (%s), Java %s (%s).%n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }
}
