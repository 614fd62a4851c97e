package org.opencity.notification.internal;

import java.sql.Time;
import java.util.Optional;
import java.util.UUID;
import org.opencity.notification.NotificationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's channel choices; a person who never chose has the defaults.
 */
@Repository
public class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotificationSettings of(UUID account) {
        Optional<NotificationSettings> stored = jdbc.sql("""
                select email_enabled, sms_enabled, push_enabled, quiet_from, quiet_to
                from ntf_preference where account_id = :id""")
                .param("id", account)
                .query((rs, n) -> new NotificationSettings(
                        rs.getBoolean(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getTime(4) == null ? null : rs.getTime(4).toLocalTime(),
                        rs.getTime(5) == null ? null : rs.getTime(5).toLocalTime()))
                .optional();
        return stored.orElse(NotificationSettings.DEFAULT);
    }

    public void save(UUID account, NotificationSettings settings) {
        jdbc.sql("""
                insert into ntf_preference (account_id, email_enabled, sms_enabled, push_enabled, quiet_from, quiet_to)
                values (:id, :email, :sms, :push, :from, :to)
                on conflict (account_id) do update set email_enabled = excluded.email_enabled,
                    sms_enabled = excluded.sms_enabled, push_enabled = excluded.push_enabled,
                    quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to, updated_at = now()""")
                .param("id", account)
                .param("email", settings.email())
                .param("sms", settings.sms())
                .param("push", settings.push())
                .param("from", settings.quietFrom() == null ? null : Time.valueOf(settings.quietFrom()))
                .param("to", settings.quietTo() == null ? null : Time.valueOf(settings.quietTo()))
                .update();
    }
}
