package org.opencity.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Web sessions in PostgreSQL (ADR 0009). Two requests of one session that write the same attribute at once (a
 * double-clicked sign-in) would both insert it and the second would fail on the unique key; PostgreSQL's
 * {@code ON CONFLICT} upsert, which Spring Session ships for this, lets the later write win instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
