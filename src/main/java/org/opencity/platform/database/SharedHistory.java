package org.opencity.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Flyway history every module shared until ADR 11 ({@code flyway_schema_history}, versions 1 to 15). Each of
 * its migrations now lives in a module's folder under the module's own version. On the first start after the split,
 * each row is copied into that module's history under the new version, with the checksum, time and author it was
 * applied with: nothing runs again, and Flyway goes on validating the files against what was applied. All modules are
 * adopted in one transaction, under a lock, or not at all. The old table is left as it was, the record of what came
 * before; nothing writes to it any more.
 */
final class SharedHistory {

    private static final Logger log = LoggerFactory.getLogger(SharedHistory.class);

    /** Key of the advisory lock that keeps two nodes starting at once from adopting twice. */
    private static final long LOCK = 0x0C17_0011L;

    /** Where each migration of the shared history lives now (ADR 11): a new one belongs in a module's folder. */
    static final Map<MigrationVersion, Place> PLACES = Map.ofEntries(
            place("1", "platform", "1"), // V1__platform.sql
            place("2", "geography", "1"), // V2__geography.sql
            place("3", "geography", "2"), // V3__LoadAdministrativeUnits (Java)
            place("4", "identity", "1"), // V4__identity.sql
            place("5", "identity", "2"), // V5__identity_hanoi_units.sql
            place("6", "identity", "3"), // V6__authorization_server.sql
            place("7", "report", "1"), // V7__report.sql
            place("8", "notification", "1"), // V8__notification.sql
            place("9", "report", "2"), // V9__report_feed_indexes.sql
            place("9.1", "notification", "2"), // V9_1__notification_channels.sql
            place("10", "procedure", "1"), // V10__procedure.sql
            place("11", "procedure", "2"), // V11__LoadProcedures (Java)
            place("12", "document", "1"), // V12__document.sql
            place("13", "dossier", "1"), // V13__dossier.sql
            place("14", "report", "3"), // V14__report_attributes.sql
            place("15", "platform", "2")); // V15__web_sessions.sql

    record Place(String module, MigrationVersion version) {}

    private record Row(
            MigrationVersion version,
            String description,
            String type,
            Integer checksum,
            String installedBy,
            Timestamp installedOn,
            int executionTime,
            Place place) {}

    private final Configuration configuration;
    private final Map<String, Flyway> modules;

    SharedHistory(Configuration configuration, Map<String, Flyway> modules) {
        this.configuration = configuration;
        this.modules = modules;
    }

    /** Copies every row of the shared history that its module's history does not have yet. */
    void adopt() {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<String, List<Row>> copied = adopt(connection);
                connection.commit();
                copied.forEach((module, rows) -> log.info(
                        "Shared Flyway history: migrations {} are now {}'s {}",
                        rows.stream().map(r -> r.version().getVersion()).toList(),
                        module,
                        rows.stream().map(r -> r.place().version().getVersion()).toList()));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not adopt the shared Flyway history", e);
        }
    }

    private Map<String, List<Row>> adopt(Connection connection) throws SQLException {
        String schema = schema(connection);
        String shared = qualified(schema, configuration.getTable());
        if (!exists(connection, shared)) {
            return Map.of();
        }
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        Map<String, List<Row>> missing = new LinkedHashMap<>();
        Map<String, Set<MigrationVersion>> recorded = new LinkedHashMap<>();
        for (Row row : rows(connection, shared)) {
            String module = row.place().module();
            Set<MigrationVersion> applied = recorded.computeIfAbsent(
                    module,
                    m -> versions(connection, qualified(schema, ModuleMigrations.historyTable(configuration, m))));
            if (!applied.contains(row.place().version())) {
                missing.computeIfAbsent(module, m -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Map<MigrationVersion, MigrationInfo>> files = new LinkedHashMap<>();
        missing.forEach((module, rows) -> files.put(module, check(module, rows)));
        for (Map.Entry<String, List<Row>> module : missing.entrySet()) {
            copy(
                    connection,
                    shared,
                    qualified(schema, ModuleMigrations.historyTable(configuration, module.getKey())),
                    module.getValue(),
                    files.get(module.getKey()));
        }
        return missing;
    }

    /**
     * The module's files (as Flyway resolves them from its folder and package) must be those that were applied: same
     * version, checksum, description and kind. Returns them.
     */
    private Map<MigrationVersion, MigrationInfo> check(String module, List<Row> rows) {
        Map<MigrationVersion, MigrationInfo> files = new LinkedHashMap<>();
        Arrays.stream(modules.get(module).info().all())
                .filter(MigrationInfo::isVersioned)
                // Not in the module's history yet: what Flyway tells of it is what it resolved from the files.
                .filter(info -> !info.getState().isApplied())
                .forEach(info -> files.put(info.getVersion(), info));
        for (Row row : rows) {
            String applied = "migration " + row.version() + " of " + configuration.getTable();
            MigrationInfo file = files.get(row.place().version());
            if (file == null) {
                throw new FlywayException(applied + " belongs to " + module + " as version "
                        + row.place().version() + ", which " + module + " does not have");
            }
            if (!Objects.equals(row.checksum(), file.getChecksum())
                    || !row.description().equals(file.getDescription())
                    || !row.type().equals(file.getType().name())) {
                throw new FlywayException(applied + " (" + row.description() + ", " + row.type() + ", checksum "
                        + row.checksum() + ") is not " + file.getScript() + " (" + file.getDescription() + ", "
                        + file.getType().name() + ", checksum " + file.getChecksum()
                        + "): a migration that was applied must never change");
            }
        }
        return files;
    }

    private static void copy(
            Connection connection,
            String shared,
            String table,
            List<Row> rows,
            Map<MigrationVersion, MigrationInfo> files)
            throws SQLException {
        if (!exists(connection, table)) {
            try (PreparedStatement create =
                    connection.prepareStatement("create table " + table + " (like " + shared + " including all)")) {
                create.execute();
            }
        }
        int rank;
        try (PreparedStatement last =
                        connection.prepareStatement("select coalesce(max(installed_rank), 0) from " + table);
                ResultSet result = last.executeQuery()) {
            result.next();
            rank = result.getInt(1);
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + table + " (installed_rank, version,"
                        + " description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)")) {
            for (Row row : rows) {
                insert.setInt(1, ++rank);
                insert.setString(2, row.place().version().getVersion());
                insert.setString(3, row.description());
                insert.setString(4, row.type());
                insert.setString(5, files.get(row.place().version()).getScript());
                insert.setObject(6, row.checksum(), Types.INTEGER);
                insert.setString(7, row.installedBy());
                insert.setTimestamp(8, row.installedOn());
                insert.setInt(9, row.executionTime());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Row> rows(Connection connection, String shared) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select installed_rank, version, description, type,"
                        + " checksum, installed_by, installed_on, execution_time, success from " + shared
                        + " order by installed_rank");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                String version = result.getString("version");
                String what = "entry " + result.getInt("installed_rank") + " of " + shared + " (version " + version
                        + ", " + result.getString("type") + ", " + result.getString("description") + ")";
                if (!result.getBoolean("success")) {
                    throw new FlywayException(what + " failed: repair the database before starting this version");
                }
                Place place = version == null ? null : PLACES.get(MigrationVersion.fromVersion(version));
                if (place == null) {
                    throw new FlywayException(what + " was not made by a migration this version knows: put the"
                            + " migration in its module's folder and its old version in SharedHistory.PLACES (ADR 11)");
                }
                rows.add(new Row(
                        MigrationVersion.fromVersion(version),
                        result.getString("description"),
                        result.getString("type"),
                        (Integer) result.getObject("checksum"),
                        result.getString("installed_by"),
                        result.getTimestamp("installed_on"),
                        result.getInt("execution_time"),
                        place));
            }
        }
        return rows;
    }

    private static Set<MigrationVersion> versions(Connection connection, String table) {
        Set<MigrationVersion> versions = new HashSet<>();
        try {
            if (exists(connection, table)) {
                try (PreparedStatement select = connection.prepareStatement(
                                "select version from " + table + " where version is not null");
                        ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        versions.add(MigrationVersion.fromVersion(result.getString(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not read " + table, e);
        }
        return versions;
    }

    private String schema(Connection connection) throws SQLException {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        if (configuration.getSchemas().length > 0) {
            return configuration.getSchemas()[0];
        }
        try (PreparedStatement select = connection.prepareStatement("select current_schema()");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select to_regclass(?) is not null")) {
            select.setString(1, table);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String qualified(String schema, String table) {
        return quoted(schema) + "." + quoted(table);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Map.Entry<MigrationVersion, Place> place(String sharedVersion, String module, String version) {
        return Map.entry(
                MigrationVersion.fromVersion(sharedVersion), new Place(module, MigrationVersion.fromVersion(version)));
    }
}
