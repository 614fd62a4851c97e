package org.opencity.notification.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The browsers (installed web app) in which a person allowed notifications.
 */
@Repository
public class PushSubscriptionRepository {

    private final JdbcClient jdbc;

    PushSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A browser that subscribes again (same endpoint) replaces its keys; an endpoint belongs to one person. */
    public void save(UUID account, String endpoint, String p256dh, String auth, String userAgent) {
        jdbc.sql("""
                insert into ntf_push_subscription (id, account_id, endpoint, p256dh, auth, user_agent)
                values (:id, :account, :endpoint, :p256dh, :auth, :ua)
                on conflict (endpoint) do update set account_id = excluded.account_id, p256dh = excluded.p256dh,
                    auth = excluded.auth, user_agent = excluded.user_agent, created_at = now()""")
                .param("id", UUID.randomUUID())
                .param("account", account)
                .param("endpoint", endpoint)
                .param("p256dh", p256dh)
                .param("auth", auth)
                .param("ua", userAgent)
                .update();
    }

    public boolean delete(UUID account, String endpoint) {
        return jdbc.sql("delete from ntf_push_subscription where account_id = :account and endpoint = :endpoint")
                        .param("account", account)
                        .param("endpoint", endpoint)
                        .update()
                > 0;
    }

    /** The push service said the subscription is gone (404/410). */
    public void expire(String endpoint) {
        jdbc.sql("delete from ntf_push_subscription where endpoint = :endpoint")
                .param("endpoint", endpoint)
                .update();
    }

    public List<Subscription> of(UUID account) {
        return jdbc.sql("select endpoint, p256dh, auth from ntf_push_subscription where account_id = :account")
                .param("account", account)
                .query((rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public int count(UUID account) {
        return jdbc.sql("select count(*) from ntf_push_subscription where account_id = :account")
                .param("account", account)
                .query(Integer.class)
                .single();
    }

    public record Subscription(String endpoint, String p256dh, String auth) {}
}
