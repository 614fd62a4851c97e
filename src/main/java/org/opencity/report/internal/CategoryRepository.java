package org.opencity.report.internal;

import java.util.List;
import java.util.Optional;
import org.opencity.report.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql("select * from rpt_category order by sort_order").query(CategoryRepository::category).list();
    }

    public Optional<Category> byCode(String code) {
        return jdbc.sql("select * from rpt_category where code = :code").param("code", code)
                .query(CategoryRepository::category).optional();
    }

    public void updateRule(String code, int slaWorkingHours, String departmentUnitCode, boolean active) {
        jdbc.sql("""
                update rpt_category set sla_working_hours = :sla, department_unit_code = :department, active = :active
                where code = :code""")
                .param("sla", slaWorkingHours).param("department", departmentUnitCode).param("active", active)
                .param("code", code).update();
    }

    private static Category category(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Category(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("description_vi"), rs.getString("description_en"), rs.getString("keywords"),
                rs.getInt("sla_working_hours"), rs.getString("department_unit_code"), rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
