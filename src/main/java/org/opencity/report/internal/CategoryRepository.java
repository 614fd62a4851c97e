package org.opencity.report.internal;

import java.util.List;
import java.util.Optional;
import org.opencity.report.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;
    // Read on every feed page, changed by an administrator now and then: kept in memory, reloaded after a change.
    // Another node's change shows here within a minute (see refresh()).
    private volatile List<Category> cache;

    private final AttributeRepository attributes;

    CategoryRepository(JdbcClient jdbc, AttributeRepository attributes) {
        this.jdbc = jdbc;
        this.attributes = attributes;
    }

    /** The category's extra questions (Open311 service attributes), in their order. */
    public List<org.opencity.report.CategoryAttribute> attributes(String categoryCode) {
        return attributes.of(categoryCode);
    }

    public List<Category> all() {
        List<Category> current = cache;
        if (current == null) {
            current = jdbc.sql("select * from rpt_category order by sort_order")
                    .query(CategoryRepository::category)
                    .list();
            cache = current;
        }
        return current;
    }

    public Optional<Category> byCode(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1M")
    void refresh() {
        cache = null;
    }

    public void updateRule(String code, int slaWorkingHours, String departmentUnitCode, boolean active) {
        jdbc.sql("""
                update rpt_category set sla_working_hours = :sla, department_unit_code = :department, active = :active
                where code = :code""")
                .param("sla", slaWorkingHours)
                .param("department", departmentUnitCode)
                .param("active", active)
                .param("code", code)
                .update();
        cache = null;
    }

    private static Category category(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Category(
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                rs.getString("description_vi"),
                rs.getString("description_en"),
                rs.getString("keywords"),
                rs.getInt("sla_working_hours"),
                rs.getString("department_unit_code"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
