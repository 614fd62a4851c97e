package org.opencity.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.opencity.platform.database.EmbeddedDatabaseConfiguration.SharedServer;

/**
 * A JVM that runs only the platform's embedded database, through the production configuration, for
 * {@link EmbeddedDatabaseCrashTests}. Arguments: the data folder, then {@code write <text>} or {@code read}. It prints
 * {@code WROTE}, or {@code FOUND <text>} for every row, then {@code READY}, and keeps the server (and its connection
 * pool, as the platform would) until its standard input closes; then it stops the server and prints {@code STOPPED}.
 */
public final class EmbeddedDatabaseProcess {

    /** A healthy start takes a second or two; a start that fails should end (and show why) before the test gives up. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(20);

    private EmbeddedDatabaseProcess() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        SharedServer server = configuration.embeddedPostgres(
                new EmbeddedDatabaseProperties(Path.of(args[0]).toString(), 0, false, true, STARTUP_WAIT, 100));
        DataSource dataSource = configuration.dataSource(server);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_note (text text not null)");
            if ("write".equals(args[1])) {
                try (PreparedStatement insert = connection.prepareStatement("insert into crash_note values (?)")) {
                    insert.setString(1, args[2]);
                    insert.executeUpdate();
                }
                System.out.println("WROTE");
            } else {
                try (ResultSet rows = statement.executeQuery("select text from crash_note")) {
                    while (rows.next()) {
                        System.out.println("FOUND " + rows.getString(1));
                    }
                }
            }
        }
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Runs until the test closes our input (or kills us).
        }
        ((AutoCloseable) dataSource).close();
        server.release();
        System.out.println("STOPPED");
    }
}
