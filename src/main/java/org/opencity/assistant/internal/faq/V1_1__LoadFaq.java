package org.opencity.assistant.internal.faq;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the FAQ written for OpenCity from {@code data/assistant/faq.csv} (see SOURCES.md there) into the table of
 * migration 1. Flyway runs it exactly once, as the assistant module's migration 1.1: from then on the table is the
 * truth and administrators edit it. Not a bean: the platform's {@code ModuleMigrations} finds it in this module's
 * package, so every context has it, even a module test.
 */
class V1_1__LoadFaq extends BaseJavaMigration {

    static final String FILE = "data/assistant/faq.csv";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                        insert into ast_faq_entry (code, questions, answer_vi, answer_en, links, valid_from, valid_to)
                        values (?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?)""");
                Reader reader =
                        new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                insert.setString(1, row.get("code"));
                insert.setString(2, json.writeValueAsString(list(row.get("questions"))));
                insert.setString(3, row.get("answer_vi"));
                insert.setString(4, row.get("answer_en"));
                insert.setString(5, json.writeValueAsString(list(row.get("links"))));
                insert.setDate(6, Date.valueOf(LocalDate.parse(row.get("valid_from"))));
                String validTo = row.get("valid_to");
                insert.setDate(7, validTo.isBlank() ? null : Date.valueOf(LocalDate.parse(validTo)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A cell of {@code |}-separated items. */
    static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : List.of(cell.split("\\|")).stream().map(String::trim).toList();
    }
}
