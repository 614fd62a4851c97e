package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Tuning loop without the application: the procedure records {@link RecordsDump} wrote, the FAQ of
 * {@code src/main/resources/data/assistant/faq.csv} and the questions of {@code bench/assistant/questions.csv}, in
 * the engine's {@link KnowledgeIndex}; prints top-1, top-3 and MRR on the odd- and even-numbered questions (tune on
 * the odd ones, check on the even ones) and the out-of-scope refusal. The figures to report come from
 * {@code bench/assistant/run}. Arguments: {@code misses} lists the in-scope misses of the odd questions.
 */
final class TuningHarness {

    static final Path PROCEDURES = Path.of("target/assistant-evaluation/procedures.tsv");
    static final Path FAQ = Path.of("src/main/resources/data/assistant/faq.csv");
    static final Path QUESTIONS = Path.of("bench/assistant/questions.csv");

    record Question(int number, String id, String text, List<String> expected, String kind) {}

    public static void main(String[] args) throws IOException {
        List<KnowledgeRecord> records = new ArrayList<>(procedures());
        records.addAll(faq());
        KnowledgeIndex index = new KnowledgeIndex(new VietnameseAnalysis());
        index.replaceAll(records);
        List<Question> questions = questions();
        String show = args.length > 0 ? args[0] : "";
        double[][] sums = new double[2][4]; // [odd, even][n, top1, top3, rr]
        int oos = 0;
        int refused = 0;
        long start = System.nanoTime();
        StringBuilder misses = new StringBuilder();
        for (Question q : questions) {
            SearchResult result = index.search(q.text(), 10);
            if (q.expected().isEmpty()) {
                oos++;
                if (result.confidence() < 0.5) {
                    refused++;
                }
                continue;
            }
            int rank = 0;
            for (int i = 0; i < result.hits().size() && rank == 0; i++) {
                if (q.expected().contains(result.hits().get(i).code())) {
                    rank = i + 1;
                }
            }
            double[] s = sums[q.number() % 2 == 1 ? 0 : 1];
            s[0]++;
            s[1] += rank == 1 ? 1 : 0;
            s[2] += rank >= 1 && rank <= 3 ? 1 : 0;
            s[3] += rank == 0 ? 0 : 1.0 / rank;
            boolean odd = q.number() % 2 == 1;
            if (rank != 1 && ((show.equals("misses") && odd) || show.equals("allmisses"))) {
                misses.append(String.format(
                        Locale.ROOT,
                        "%s %s rank=%d exp=%s got=%s | %s%n",
                        q.id(),
                        q.kind(),
                        rank,
                        String.join(" ", q.expected()),
                        result.hits().stream()
                                .limit(3)
                                .map(h -> h.code() + String.format(Locale.ROOT, "(%.1f)", h.score()))
                                .toList(),
                        q.text().length() > 140 ? q.text().substring(0, 140) : q.text()));
            }
        }
        double ms = (System.nanoTime() - start) / 1e6 / questions.size();
        System.out.print(misses);
        String[] names = {"odd", "even"};
        double[] all = new double[4];
        for (int h = 0; h < 2; h++) {
            double[] s = sums[h];
            for (int i = 0; i < 4; i++) {
                all[i] += s[i];
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-4s n=%3.0f top1 %.1f top3 %.1f mrr %.3f%n",
                    names[h],
                    s[0],
                    100 * s[1] / s[0],
                    100 * s[2] / s[0],
                    s[3] / s[0]);
        }
        System.out.printf(
                Locale.ROOT,
                "all  n=%3.0f top1 %.1f top3 %.1f mrr %.3f | oos refused %.1f %% | %.1f ms/question (cold)%n",
                all[0],
                100 * all[1] / all[0],
                100 * all[2] / all[0],
                all[3] / all[0],
                100.0 * refused / oos,
                ms);
        if (show.equals("latency")) {
            for (int i = 0; i < 3; i++) {
                questions.forEach(q -> index.search(q.text(), 10));
            }
            double[] millis = new double[questions.size() * 3];
            int n = 0;
            for (int i = 0; i < 3; i++) {
                for (Question q : questions) {
                    long t = System.nanoTime();
                    index.search(q.text(), 10);
                    millis[n++] = (System.nanoTime() - t) / 1e6;
                }
            }
            java.util.Arrays.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "latency p50 %.2f ms p95 %.2f ms%n",
                    millis[millis.length / 2],
                    millis[(int) (millis.length * 0.95)]);
        }
        index.close();
    }

    static List<KnowledgeRecord> procedures() throws IOException {
        List<KnowledgeRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(PROCEDURES, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            Map<KnowledgeField, List<String>> texts = new EnumMap<>(KnowledgeField.class);
            for (int i = 3; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                texts.computeIfAbsent(KnowledgeField.valueOf(parts[i].substring(0, eq)), f -> new ArrayList<>())
                        .add(parts[i].substring(eq + 1));
            }
            records.add(new KnowledgeRecord(
                    parts[0], KnowledgeKind.PROCEDURE, parts[2], texts, Float.parseFloat(parts[1])));
        }
        return records;
    }

    static List<KnowledgeRecord> faq() throws IOException {
        List<KnowledgeRecord> records = new ArrayList<>();
        for (CSVRecord row : parse(FAQ)) {
            records.add(KnowledgeRecords.of(new org.opencity.assistant.internal.faq.FaqEntry(
                    row.get("code"),
                    List.of(row.get("questions").split("\\|")).stream()
                            .map(String::trim)
                            .toList(),
                    row.get("answer_vi"),
                    row.get("answer_en"),
                    List.of(),
                    java.time.LocalDate.parse(row.get("valid_from")),
                    null,
                    null,
                    0)));
        }
        return records;
    }

    static List<Question> questions() throws IOException {
        List<Question> questions = new ArrayList<>();
        for (CSVRecord row : parse(QUESTIONS)) {
            String expected = row.get("expected");
            questions.add(new Question(
                    Integer.parseInt(row.get("id").substring(1)),
                    row.get("id"),
                    row.get("question"),
                    expected.isEmpty() ? List.of() : List.of(expected.split("\\|")),
                    row.get("kind")));
        }
        return questions;
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
