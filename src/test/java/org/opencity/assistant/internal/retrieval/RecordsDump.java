package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Writes the procedure records the index is built from to {@code target/assistant-evaluation/procedures.tsv}, so
 * that {@link TuningHarness} can rebuild the index without the application (seconds instead of minutes per try).
 * Not part of the test suite (its name is no test name); run with {@code -Dtest=RecordsDump}.
 */
@SpringBootTest(properties = "opencity.assistant.build-index-on-start=false")
class RecordsDump {

    @Autowired
    KnowledgeSources sources;

    @Test
    void dump() throws IOException {
        List<KnowledgeRecord> records = sources.read().records();
        Path out = TuningHarness.PROCEDURES;
        Files.createDirectories(out.getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (KnowledgeRecord record : records) {
                if (record.kind() != KnowledgeKind.PROCEDURE) {
                    continue;
                }
                StringBuilder line = new StringBuilder()
                        .append(record.code())
                        .append('\t')
                        .append(record.residentFacing())
                        .append('\t')
                        .append(clean(record.title()));
                for (Map.Entry<KnowledgeField, List<String>> text :
                        record.texts().entrySet()) {
                    for (String value : text.getValue()) {
                        line.append('\t')
                                .append(text.getKey().name())
                                .append('=')
                                .append(clean(value));
                    }
                }
                writer.write(line.append('\n').toString());
            }
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
