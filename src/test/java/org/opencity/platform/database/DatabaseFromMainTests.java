package org.opencity.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencity.OpenCityApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.web.client.RestClient;

/**
 * A database made by {@code main} before ADR 11 (one Flyway history, versions 1 to 15, as in {@code ./data} of every
 * installation) moves to one history per module without losing a row and without running anything again. Each test
 * makes its own database on the embedded PostgreSQL with the migrations exactly as main had them
 * ({@code db/legacy-main}).
 */
@SpringBootTest
class DatabaseFromMainTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    DataSource server;

    @Autowired
    Flyway application;

    @Autowired
    ModuleMigrations migrations;

    private final List<String> created = new ArrayList<>();

    @Test
    void theApplicationStartsOnADatabaseMadeByMainWithEveryRowAndNothingPending() {
        String url = newDatabase();
        DataSource database = dataSource(url);
        buildAsMain(database, "15");
        JdbcClient jdbc = JdbcClient.create(database);
        String number = rowsOfAResident(jdbc);
        List<Map<String, Object>> before = userRows(jdbc);
        List<Map<String, Object>> sharedHistory = history(jdbc, "flyway_schema_history");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenCityApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--opencity.demo.enabled=false")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            String report = RestClient.create()
                    .get()
                    .uri("http://localhost:" + port + "/api/v1/reports/" + number)
                    .retrieve()
                    .body(String.class);
            assertThat(report).contains(number, "Ổ gà trước số 7 Đinh Tiên Hoàng");
        }

        assertThat(userRows(jdbc)).isEqualTo(before);
        assertThat(history(jdbc, "flyway_schema_history"))
                .as("the shared history is kept as it was")
                .isEqualTo(sharedHistory);
        assertThat(count(jdbc, "geo_ward")).isEqualTo(3321);
        assertThat(count(jdbc, "prc_procedure")).isEqualTo(2849);
        assertThat(count(jdbc, "idn_unit where kind = 'WARD_COMMITTEE'")).isEqualTo(126);
        for (Map<String, Object> applied : sharedHistory) {
            SharedHistory.Place place =
                    SharedHistory.PLACES.get(MigrationVersion.fromVersion((String) applied.get("version")));
            Map<String, Object> adopted = jdbc.sql(
                            "select description, type, checksum, installed_on, installed_by from "
                                    + "flyway_schema_history_" + place.module() + " where version = ?")
                    .param(place.version().getVersion())
                    .query()
                    .singleRow();
            assertThat(adopted)
                    .as("migration %s as %s %s", applied.get("version"), place.module(), place.version())
                    .containsEntry("description", applied.get("description"))
                    .containsEntry("type", applied.get("type"))
                    .containsEntry("checksum", applied.get("checksum"))
                    .containsEntry("installed_on", applied.get("installed_on"))
                    .containsEntry("installed_by", applied.get("installed_by"));
        }
        assertEveryModuleUpToDate(database);

        List<Map<String, Object>> adopted = moduleHistories(jdbc);
        migrations.migrate(flywayOn(database));
        assertThat(moduleHistories(jdbc)).as("a second start changes nothing").isEqualTo(adopted);
    }

    @ParameterizedTest(name = "main up to migration {0}")
    @ValueSource(strings = {"15", "9.1"})
    void anAdoptedDatabaseHasTheSchemaOfAFreshOne(String mainVersion) {
        DataSource fromMain = dataSource(newDatabase());
        buildAsMain(fromMain, mainVersion);
        migrations.migrate(flywayOn(fromMain));
        DataSource fresh = dataSource(newDatabase());
        migrations.migrate(flywayOn(fresh));

        assertThat(schema(fromMain)).isEqualTo(schema(fresh)).hasSizeGreaterThan(400);
        assertEveryModuleUpToDate(fromMain);
        assertEveryModuleUpToDate(fresh);
        assertThat(moduleHistory(fromMain, "report"))
                .isEqualTo(moduleHistory(fresh, "report"))
                .containsExactly(
                        "1 report SQL",
                        "2 report feed indexes SQL",
                        "3 report attributes SQL",
                        "4 report pending photos SQL",
                        "5 report figures SQL");
        assertThat(moduleHistory(fromMain, "procedure"))
                .isEqualTo(moduleHistory(fresh, "procedure"))
                .containsExactly(
                        "1 procedure SQL",
                        "2 LoadProcedures JDBC",
                        "3 whole catalogue SQL",
                        "4 LoadWholeCatalogue JDBC");
    }

    @Test
    void theDatabaseThisTestBuildsHasTheHistoryMainMade() throws IOException {
        DataSource database = dataSource(newDatabase());
        buildAsMain(database, "15");

        List<String> history = JdbcClient.create(database)
                .sql("select version, description, type, script,"
                        + " coalesce(checksum::text, '') from flyway_schema_history order by installed_rank")
                .query((rs, n) -> String.join(
                        ",", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        try (InputStream in = new ClassPathResource("db/legacy-main-history.csv").getInputStream()) {
            assertThat(history)
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.startsWith("#"))
                            .skip(1)
                            .toList());
        }
    }

    @Test
    void aMigrationThisVersionDoesNotKnowStopsTheStartBeforeAnythingIsAdopted() {
        DataSource database = dataSource(newDatabase());
        buildAsMain(database, "15");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                values (17, '16.1', 'late fix', 'SQL', 'V16_1__late_fix.sql', 12345, 'postgres', 3, true)""").update();

        assertThatThrownBy(() -> migrations.migrate(flywayOn(database)))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("version 16.1, SQL, late fix")
                .hasMessageContaining("SharedHistory.PLACES");
        assertThat(moduleHistoryTables(jdbc)).isEmpty();
    }

    @Test
    void aMigrationFileThatChangedSinceItWasAppliedStopsTheStartBeforeAnythingIsAdopted() {
        DataSource database = dataSource(newDatabase());
        buildAsMain(database, "15");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("update flyway_schema_history set checksum = checksum + 1 where version = '14'")
                .update();

        assertThatThrownBy(() -> migrations.migrate(flywayOn(database)))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("migration 14 of flyway_schema_history")
                .hasMessageContaining("V3__report_attributes.sql")
                .hasMessageContaining("must never change");
        assertThat(moduleHistoryTables(jdbc)).isEmpty();
    }

    @AfterEach
    void dropDatabases() {
        created.forEach(name -> JdbcClient.create(server)
                .sql("drop database " + name + " with (force)")
                .update());
    }

    /** Main's migrations, up to the given version, into one history: what {@code ./data} holds today. */
    private void buildAsMain(DataSource database, String upTo) {
        Map<String, Flyway> modules = migrations.byModule(application);
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/legacy-main")
                .target(upTo)
                .javaMigrations(
                        new AsOnMain("3", javaMigration(modules.get("geography"), "2")),
                        new AsOnMain("11", javaMigration(modules.get("procedure"), "2")))
                .load()
                .migrate();
        // Main recorded its Java migrations under their class names then.
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql(
                        "update flyway_schema_history set script = 'org.opencity.geography.internal.V3__LoadAdministrativeUnits'"
                                + " where version = '3'")
                .update();
        jdbc.sql("update flyway_schema_history set script = 'org.opencity.procedure.internal.V11__LoadProcedures'"
                        + " where version = '11'")
                .update();
    }

    /** The module's Java migration of this version (a module may have several: their order is the class path's). */
    private static JavaMigration javaMigration(Flyway module, String version) {
        return Arrays.stream(module.getConfiguration().getJavaMigrations())
                .filter(m -> m.getVersion().getVersion().equals(version))
                .findFirst()
                .orElseThrow();
    }

    /** A resident with a report, its event and an audit entry, made before the split. Returns the report's number. */
    private static String rowsOfAResident(JdbcClient jdbc) {
        UUID account = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        String number = "PA-2026-900001";
        jdbc.sql("""
                insert into idn_account (id, email, display_name, password_hash, home_ward_code)
                values (?, 'before.split@example.vn', 'Người Trước Khi Tách', '{noop}unused', '00070')""").param(account).update();
        jdbc.sql("""
                insert into rpt_report (id, number, token, category_code, description, lat, lon, ward_code, unit_id,
                    status, reporter_id, source, created_at, updated_at, due_at)
                select ?, ?, ?, 'ROADS', 'Ổ gà trước số 7 Đinh Tiên Hoàng', 21.0287, 105.8524, '00070', u.id,
                    'RECEIVED', ?, 'WEB', now(), now(), now() + interval '3 days'
                from idn_unit u where u.code = 'UBND-00070'""").params(report, number, UUID.randomUUID(), account).update();
        jdbc.sql("""
                insert into rpt_event (report_id, occurred_at, kind, status, public_text, actor_id)
                values (?, now(), 'SUBMITTED', 'RECEIVED', 'Đã tiếp nhận', ?)""").params(report, account).update();
        jdbc.sql(
                        "insert into audit_entry (actor_name, action, target_type, target_id) values ('test', 'TEST', 'rpt_report', ?)")
                .param(number)
                .update();
        return number;
    }

    private static List<Map<String, Object>> userRows(JdbcClient jdbc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String table : List.of(
                "idn_account where email = 'before.split@example.vn'",
                "rpt_report where number = 'PA-2026-900001'",
                "rpt_event where report_id = (select id from rpt_report where number = 'PA-2026-900001')",
                "audit_entry where target_id = 'PA-2026-900001'")) {
            rows.addAll(jdbc.sql("select * from " + table).query().listOfRows());
        }
        assertThat(rows).hasSize(4);
        return rows;
    }

    private void assertEveryModuleUpToDate(DataSource database) {
        migrations.byModule(flywayOn(database)).forEach((module, flyway) -> {
            flyway.validate();
            assertThat(flyway.info().pending()).as(module).isEmpty();
            assertThat(flyway.info().applied())
                    .as(module)
                    .extracting(MigrationInfo::getState)
                    .isNotEmpty()
                    .allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.BASELINE);
        });
    }

    /** Tables, columns, constraints, indexes, sequences, functions and triggers, the histories left out. */
    private static List<String> schema(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        List<String> schema = new ArrayList<>();
        for (String sql : List.of("""
                select concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default)
                from information_schema.columns where table_schema = 'public'""", """
                select concat_ws(' ', conrelid::regclass::text, conname, pg_get_constraintdef(oid))
                from pg_constraint where connamespace = 'public'::regnamespace""", """
                select concat_ws(' ', tablename, indexname, indexdef) from pg_indexes where schemaname = 'public'""", """
                select sequence_name from information_schema.sequences where sequence_schema = 'public'""", """
                select pg_get_functiondef(oid) from pg_proc where pronamespace = 'public'::regnamespace""", """
                select concat_ws(' ', tgrelid::regclass::text, tgname) from pg_trigger where not tgisinternal""")) {
            jdbc.sql(sql).query(String.class).list().stream()
                    .filter(line -> !line.contains("flyway_schema_history"))
                    .sorted()
                    .forEach(schema::add);
        }
        for (String table : List.of(
                "geo_province",
                "geo_ward",
                "geo_ward_alias",
                "idn_unit",
                "rpt_category",
                "rpt_category_attribute",
                "prc_procedure",
                "prc_life_event",
                "prc_procedure_life_event")) {
            schema.add(table + " rows: " + count(jdbc, table));
        }
        return schema;
    }

    private static List<String> moduleHistory(DataSource database, String module) {
        return JdbcClient.create(database)
                .sql("select concat_ws(' ', version, description, type) from " + "flyway_schema_history_" + module
                        + " where type <> 'BASELINE' order by installed_rank")
                .query(String.class)
                .list();
    }

    private static List<Map<String, Object>> moduleHistories(JdbcClient jdbc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ModuleMigrations.MODULES.forEach(module -> rows.addAll(history(jdbc, "flyway_schema_history_" + module)));
        return rows;
    }

    private static List<String> moduleHistoryTables(JdbcClient jdbc) {
        return jdbc.sql("select tablename from pg_tables where tablename like 'flyway_schema_history_%'")
                .query(String.class)
                .list();
    }

    private static List<Map<String, Object>> history(JdbcClient jdbc, String table) {
        return jdbc.sql("select * from " + table + " order by installed_rank")
                .query()
                .listOfRows();
    }

    private static long count(JdbcClient jdbc, String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    /** The application's Flyway settings on another database: what a start on that database does. */
    private Flyway flywayOn(DataSource database) {
        return Flyway.configure()
                .configuration(application.getConfiguration())
                .dataSource(database)
                .load();
    }

    private String newDatabase() {
        String name = "from_main_" + DATABASES.incrementAndGet();
        JdbcClient.create(server).sql("create database " + name).update();
        created.add(name);
        return ((HikariDataSource) server).getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "");
    }

    /** A Java migration as main had it: today's code under its old version. */
    private record AsOnMain(String version, JavaMigration migration) implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(version);
        }

        @Override
        public String getDescription() {
            return migration.getDescription();
        }

        @Override
        public Integer getChecksum() {
            return migration.getChecksum();
        }

        @Override
        public boolean canExecuteInTransaction() {
            return migration.canExecuteInTransaction();
        }

        @Override
        public void migrate(Context context) throws Exception {
            migration.migrate(context);
        }
    }
}
