package org.opencity.assistant.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code bench/assistant/questions.csv} (see the README there).
 *
 * @param expected the codes that answer it, most relevant first; empty for an out-of-scope question
 * @param kind real, own or oos
 * @param style accented, unaccented, misspelt, colloquial, old-name or english
 */
record EvaluationQuestion(String id, String question, List<String> expected, String kind, String style) {

    static final Path FILE = Path.of("bench/assistant/questions.csv");

    boolean inScope() {
        return !expected.isEmpty();
    }

    static List<EvaluationQuestion> read(Path file) throws IOException {
        List<EvaluationQuestion> questions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String expected = row.get("expected");
                questions.add(new EvaluationQuestion(
                        row.get("id"),
                        row.get("question"),
                        expected.isEmpty() ? List.of() : List.of(expected.split("\\|")),
                        row.get("kind"),
                        row.get("style")));
            }
        }
        return questions;
    }
}
