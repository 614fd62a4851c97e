package org.opencity.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no {@code spring.datasource.url} is configured,
 * so the platform runs on a machine with only a JDK. Its data folder survives restarts, crashes included: a server
 * that a killed JVM left running on the folder is stopped before the new one starts ({@link OrphanedPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** A fast shutdown writes one checkpoint: seconds, even with every shared buffer dirty. */
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofMinutes(1);

    /** One server per data folder and JVM: test contexts share it instead of fighting over the folder. */
    private static final Map<String, SharedServer> RUNNING = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "release")
    SharedServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        SharedServer server = RUNNING.computeIfAbsent(
                new File(properties.dataDir()).getAbsolutePath(), dir -> startShared(dir, properties));
        server.acquire();
        return server;
    }

    /** Closed by the context before the server it depends on, so the server stops after its last user. */
    @Bean
    DataSource dataSource(SharedServer server) {
        EmbeddedPostgres postgres = server.postgres();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("opencity-embedded");
        return dataSource;
    }

    /** Locks the folder first: whatever runs on it after that belongs to no live JVM and may be stopped. */
    private static SharedServer startShared(String dataDir, EmbeddedDatabaseProperties properties) {
        Path dir = Path.of(dataDir);
        DataDirectoryLock lock = DataDirectoryLock.acquire(dir);
        try {
            OrphanedPostmaster.stopIfRunning(dir, ORPHAN_STOP_WAIT);
            return new SharedServer(dataDir, lock, start(dir, properties));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
        try {
            if (properties.clean()) {
                FileSystemUtils.deleteRecursively(dir);
            }
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    // We stop it ourselves after the last context that uses it has closed its pools.
                    .setRegisterShutdownHook(false)
                    // After a crash the server replays its log before it answers; the library's 10 s would give up
                    // on a long replay, and a restart would only begin the replay again.
                    .setPGStartupWait(properties.startupWait())
                    .setServerConfig("max_connections", Integer.toString(properties.maxConnections()));
            if (properties.durable()) {
                // The library starts PostgreSQL for throw-away test databases (-F, synchronous_commit=off); these
                // later settings win, so an acknowledged write is on disk even if the machine stops.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir.toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** The running server, the lock on its folder, and how many application contexts use it. */
    static final class SharedServer {

        private final String dataDir;
        private final DataDirectoryLock lock;
        private final EmbeddedPostgres postgres;
        private int users;

        SharedServer(String dataDir, DataDirectoryLock lock, EmbeddedPostgres postgres) {
            this.dataDir = dataDir;
            this.lock = lock;
            this.postgres = postgres;
        }

        EmbeddedPostgres postgres() {
            return postgres;
        }

        synchronized void acquire() {
            users++;
        }

        synchronized void release() {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                lock.close();
            }
        }
    }
}
