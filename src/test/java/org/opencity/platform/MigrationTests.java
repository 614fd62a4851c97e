package org.opencity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.opencity.platform.database.ModuleMigrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class MigrationTests {

    @Autowired
    Flyway flyway;

    @Autowired
    ModuleMigrations migrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyModuleHasItsOwnHistoryWithEveryMigrationAppliedInOrder() {
        Map<String, Flyway> modules = migrations.byModule(flyway);
        assertThat(modules.keySet())
                .containsExactly(
                        "platform",
                        "geography",
                        "identity",
                        "report",
                        "procedure",
                        "document",
                        "dossier",
                        "servicepoint",
                        "appointment",
                        "queue",
                        "engagement",
                        "notification",
                        "assistant",
                        "hotline",
                        "opendata",
                        "insight");
        modules.forEach((module, moduleFlyway) -> {
            assertThat(moduleFlyway.getConfiguration().getTable()).isEqualTo("flyway_schema_history_" + module);
            MigrationInfoService info = moduleFlyway.info();
            // No OUT_OF_ORDER: a module test applies every module's migrations, Java ones included.
            assertThat(info.applied())
                    .as(module)
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.getState()).isIn(MigrationState.SUCCESS, MigrationState.BASELINE));
            assertThat(info.pending()).as(module).isEmpty();
            moduleFlyway.validate();
        });
        assertThat(Arrays.stream(modules.get("geography").info().applied())
                        .map(m -> m.getVersion() + " " + m.getType()))
                .endsWith("1 SQL", "2 JDBC");
    }

    @Test
    void loadsTheAdministrativeUnitsOf2025() {
        assertThat(count("select count(*) from geo_province")).isEqualTo(34);
        assertThat(count("select count(*) from geo_ward")).isEqualTo(3321);
        assertThat(count("select count(*) from geo_ward where province_code = '01'"))
                .isEqualTo(126);
        assertThat(count("select count(*) from geo_ward where province_code = '01' and kind = 'Phường'"))
                .isEqualTo(51);
        assertThat(count("select count(*) from geo_ward where province_code = '01' and kind = 'Xã'"))
                .isEqualTo(75);
        assertThat(count("select count(*) from geo_ward where boundary_geojson is not null"))
                .isEqualTo(126);
        assertThat(count("select count(distinct ward_code) from geo_ward_alias where kind = 'FORMER_WARD'"))
                .isEqualTo(126);
    }

    @Test
    void givesEveryHanoiWardACommitteeAndAServiceCentre() {
        assertThat(count("select count(*) from idn_unit where kind = 'WARD_COMMITTEE'"))
                .isEqualTo(126);
        assertThat(count("select count(*) from idn_unit where kind = 'SERVICE_CENTRE'"))
                .isEqualTo(126);
        assertThat(count("select count(*) from idn_unit where kind = 'CITY_DEPARTMENT'"))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void theAuditLogIsAppendOnly() {
        jdbc.sql("insert into audit_entry (actor_name, action, target_type) values ('test', 'TEST', 'nothing')")
                .update();
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_entry set action = 'CHANGED'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
