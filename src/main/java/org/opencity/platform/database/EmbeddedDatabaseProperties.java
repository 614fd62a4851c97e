package org.opencity.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files and on which port it listens (0 = any free port).
 */
@ConfigurationProperties("opencity.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean) {
}
