package org.opencity.queue.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The queue's cross-node channel: every change runs {@code pg_notify('opencity_queue', point)} in its transaction
 * (PostgreSQL delivers it at commit, never for a rolled-back change), and each node holds one connection of its own,
 * outside the pool, that LISTENs and hands each point to this node's {@link BoardBroadcaster}. The connection is
 * reopened after a failure, and every board here is refreshed then, since notifications may have been missed.
 */
@Component
public class QueueChannel implements SmartLifecycle {

    public static final String CHANNEL = "opencity_queue";
    static final int POLL_MILLIS = 500;
    static final long RETRY_MILLIS = 1000;

    private static final Logger log = LoggerFactory.getLogger(QueueChannel.class);

    private final DataSource dataSource;
    private final BoardBroadcaster boards;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    QueueChannel(DataSource dataSource, BoardBroadcaster boards) {
        this.dataSource = dataSource;
        this.boards = boards;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "queue-listen");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the LISTEN connection is up. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = open();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                boards.changedAll();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            boards.changed(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                listening = false;
                if (running) {
                    log.warn("queue channel lost, reconnecting: {}", failure.toString());
                    pause();
                }
            }
        }
        listening = false;
    }

    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            }
        }
        // Not a pool we can open a connection beside: borrow one for good.
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
