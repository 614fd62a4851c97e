package org.opencity.assistant.internal.faq;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the question variants added to {@code data/assistant/faq.csv} after migration 1.1 (the topics each
 * "which agency handles it" entry covers, see SOURCES.md there) into databases made before: a variant the entry does
 * not have yet is appended to it; nothing an administrator wrote is changed or removed, and retired entries are left
 * alone. On a new database, migration 1.1 has loaded the same file and this adds nothing.
 */
class V4__AddFaqQuestionVariants extends BaseJavaMigration {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement append = context.getConnection().prepareStatement("""
                        update ast_faq_entry e
                        set questions = e.questions || coalesce((
                                select jsonb_agg(variant order by position)
                                from jsonb_array_elements_text(cast(? as jsonb)) with ordinality as given(variant, position)
                                where not jsonb_exists(e.questions, variant)), '[]'::jsonb),
                            version = version + 1,
                            updated_at = now()
                        where e.code = ? and e.valid_to is null
                          and exists (select 1 from jsonb_array_elements_text(cast(? as jsonb)) as given(variant)
                                      where not jsonb_exists(e.questions, variant))""");
                Reader reader = new InputStreamReader(
                        new ClassPathResource(V1_1__LoadFaq.FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String variants = json.writeValueAsString(V1_1__LoadFaq.list(row.get("questions")));
                append.setString(1, variants);
                append.setString(2, row.get("code"));
                append.setString(3, variants);
                append.addBatch();
            }
            append.executeBatch();
        }
    }
}
