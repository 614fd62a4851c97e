package org.opencity.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.opencity.identity.Logins;
import org.opencity.identity.internal.IdentityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failed sign-ins for one login, that login is locked for a while.
 * Counted in PostgreSQL so the limit holds across all nodes.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String login) {
        return jdbc.sql("select count(*) from idn_login_throttle where login = :login and locked_until > :now")
                        .param("login", key(login))
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        Instant now = clock.instant();
        Instant lockUntil = now.plus(properties.loginLockDuration());
        jdbc.sql("""
                insert into idn_login_throttle (login, failures, last_failure) values (:login, 1, :now)
                on conflict (login) do update set
                    failures = case when idn_login_throttle.locked_until < :now then 1 else idn_login_throttle.failures + 1 end,
                    last_failure = :now,
                    locked_until = case when idn_login_throttle.failures + 1 >= :max and
                        (idn_login_throttle.locked_until is null or idn_login_throttle.locked_until < :now)
                        then :lockUntil else idn_login_throttle.locked_until end""")
                .param("login", key(String.valueOf(attempt.getPrincipal())))
                .param("max", properties.loginMaxFailures())
                .param("lockUntil", Timestamp.from(lockUntil))
                .param("now", Timestamp.from(now))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.getPrincipal() instanceof UserDetails user) {
            jdbc.sql("""
                    delete from idn_login_throttle where login in
                    (select email from idn_account where id::text = :id union select phone from idn_account where id::text = :id)""").param("id", user.getUsername()).update();
        }
    }

    private static String key(String login) {
        return Logins.normalise(login).orElse(login == null ? "" : login.trim().toLowerCase());
    }
}
