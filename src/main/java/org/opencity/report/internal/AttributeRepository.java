package org.opencity.report.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.report.CategoryAttribute;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions of each category (read often, changed by migrations: kept for a minute) and the answers of reports.
 */
@Repository
public class AttributeRepository {

    private static final TypeReference<List<Map<String, String>>> CHOICES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache<String, List<CategoryAttribute>> byCategory =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build();

    AttributeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CategoryAttribute> of(String categoryCode) {
        return byCategory.get(
                categoryCode,
                code -> jdbc.sql("""
                select code, datatype, required, description_vi, description_en, sort_order, choices::text
                from rpt_category_attribute where category_code = :category order by sort_order, code""")
                        .param("category", code)
                        .query((rs, n) -> new CategoryAttribute(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getBoolean(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                json.readValue(rs.getString(7), CHOICES).stream()
                                        .map(c -> new CategoryAttribute.Choice(c.get("key"), c.get("vi"), c.get("en")))
                                        .toList()))
                        .list());
    }

    public void store(UUID report, Map<String, List<String>> answers) {
        answers.forEach((code, values) -> values.forEach(value -> jdbc.sql("""
                insert into rpt_report_attribute (report_id, code, value) values (:report, :code, :value)
                on conflict do nothing""")
                .param("report", report)
                .param("code", code)
                .param("value", value)
                .update()));
    }

    public Map<String, List<String>> answers(UUID report) {
        Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, value from rpt_report_attribute where report_id = :report order by code, value")
                .param("report", report)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return answers;
    }
}
