package org.opencity.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and on which port it listens (0 = any free port).
 *
 * @param durable write every commit to disk before answering (fsync, synchronous commit, full pages): what the
 *        platform promises its users. Only the test suite, which throws its database away, turns it off for speed.
 * @param startupWait how long a start may take before the platform gives up: after a crash the server first replays
 *        its write-ahead log (up to max_wal_size, 1 GB by default). The start goes on as soon as the server answers,
 *        so only a server that never comes up costs the whole wait
 * @param maxConnections PostgreSQL's max_connections: each application context (a node, or a test context the test
 *        suite keeps cached) holds a pool of connections to it
 */
@ConfigurationProperties("opencity.embedded-db")
public record EmbeddedDatabaseProperties(
        String dataDir,
        int port,
        boolean clean,
        @DefaultValue("true") boolean durable,
        @DefaultValue("2m") Duration startupWait,
        @DefaultValue("100") int maxConnections) {}
