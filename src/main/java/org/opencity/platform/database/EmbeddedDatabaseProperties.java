package org.opencity.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and on which port it listens (0 = any free port).
 *
 * @param durable write every commit to disk before answering (fsync, synchronous commit, full pages): what the
 *        platform promises its users. Only the test suite, which throws its database away, turns it off for speed.
 */
@ConfigurationProperties("opencity.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean,
        @org.springframework.boot.context.properties.bind.DefaultValue("true") boolean durable) {
}
