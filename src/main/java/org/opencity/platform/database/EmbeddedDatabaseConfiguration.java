package org.opencity.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * so the platform runs on a machine with only a JDK. Its data folder survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** One server per data folder and JVM: test contexts share it instead of fighting over the folder. */
    private static final Map<String, SharedServer> RUNNING = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "release")
    SharedServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        SharedServer server = RUNNING.computeIfAbsent(new File(properties.dataDir()).getAbsolutePath(),
                dir -> new SharedServer(dir, start(dir, properties)));
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

    private static EmbeddedPostgres start(String dataDir, EmbeddedDatabaseProperties properties) {
        try {
            Path dir = Path.of(dataDir);
            if (properties.clean()) {
                FileSystemUtils.deleteRecursively(dir);
            }
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    // We stop it ourselves after the last context that uses it has closed its pools.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100");
            if (properties.durable()) {
                // The library starts PostgreSQL for throw-away test databases (-F, synchronous_commit=off); these
                // later settings win, so an acknowledged write is on disk even if the machine stops.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir.toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** The running server and how many application contexts use it. */
    static final class SharedServer {

        private final String dataDir;
        private final EmbeddedPostgres postgres;
        private int users;

        SharedServer(String dataDir, EmbeddedPostgres postgres) {
            this.dataDir = dataDir;
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
            }
        }
    }
}
