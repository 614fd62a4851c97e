package org.opencity.assistant.internal.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.opencity.assistant.AssistantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made before the FAQ's topic variants were added gets them, after what its administrators wrote, and
 * nothing else changes; running it again adds nothing.
 */
@AssistantSpringTest
class FaqVariantsMigrationTests {

    static final String ENTRY = "FAQ-013";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void missingVariantsAreAppendedAfterTheAdministratorsOwn() throws Exception {
        String shipped = questions();
        int version = version();
        try {
            jdbc.sql("update ast_faq_entry set questions = '[\"câu hỏi cán bộ tự thêm\"]'::jsonb where code = :code")
                    .param("code", ENTRY)
                    .update();

            migrate();
            List<String> after = list();
            migrate();

            assertThat(after.get(0)).isEqualTo("câu hỏi cán bộ tự thêm");
            assertThat(after.subList(1, after.size()))
                    .containsExactlyElementsOf(JsonList.of(shipped))
                    .isNotEmpty();
            assertThat(list()).isEqualTo(after);
            assertThat(version()).isEqualTo(version + 1);
        } finally {
            jdbc.sql("update ast_faq_entry set questions = cast(:q as jsonb), version = :v where code = :code")
                    .param("q", shipped)
                    .param("v", version)
                    .param("code", ENTRY)
                    .update();
        }
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V4__AddFaqQuestionVariants().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }

    private String questions() {
        return jdbc.sql("select questions::text from ast_faq_entry where code = :code")
                .param("code", ENTRY)
                .query(String.class)
                .single();
    }

    private List<String> list() {
        return JsonList.of(questions());
    }

    private int version() {
        return jdbc.sql("select version from ast_faq_entry where code = :code")
                .param("code", ENTRY)
                .query(Integer.class)
                .single();
    }

    /** A JSON array of strings. */
    static final class JsonList {

        static List<String> of(String json) {
            return tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readValue(json, new tools.jackson.core.type.TypeReference<List<String>>() {});
        }
    }
}
