package org.opencity.notification.internal;

import java.util.List;
import java.util.UUID;
import org.opencity.notification.InboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InboxRepository {

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message unless this person already has one for the same event (redelivery after a crash). */
    public boolean deliver(UUID account, String sourceEvent, String title, String body, String link) {
        return jdbc.sql("""
                insert into ntf_inbox (account_id, source_event, title, body, link) values (:a, :s, :t, :b, :l)
                on conflict (account_id, source_event) do nothing""")
                        .param("a", account)
                        .param("s", sourceEvent)
                        .param("t", title)
                        .param("b", body)
                        .param("l", link)
                        .update()
                == 1;
    }

    public List<InboxMessage> page(UUID account, int limit, long offset) {
        return jdbc.sql("""
                select * from ntf_inbox where account_id = :a order by created_at desc, id desc limit :limit offset :offset""")
                .param("a", account)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new InboxMessage(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    public long count(UUID account) {
        return jdbc.sql("select count(*) from ntf_inbox where account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
    }

    public long unread(UUID account) {
        return jdbc.sql("select count(*) from ntf_inbox where account_id = :a and read_at is null")
                .param("a", account)
                .query(Long.class)
                .single();
    }

    public void markRead(UUID account, long id) {
        jdbc.sql("update ntf_inbox set read_at = now() where account_id = :a and id = :id and read_at is null")
                .param("a", account)
                .param("id", id)
                .update();
    }

    public void markAllRead(UUID account) {
        jdbc.sql("update ntf_inbox set read_at = now() where account_id = :a and read_at is null")
                .param("a", account)
                .update();
    }
}
