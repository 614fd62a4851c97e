package org.opencity.notification.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.notification.DeliveryAttemptView;
import org.opencity.notification.DeliveryStatus;
import org.opencity.notification.DeliveryView;
import org.opencity.notification.NotificationChannel;
import org.opencity.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries waiting, being sent, sent or given up, and every attempt. A delivery is unique per recipient, event and
 * channel, so an event handled twice (redelivered after a crash) queues nothing twice. A text to a number without an
 * account is unique per event: the number and its language are kept on the row, and administrators only ever see
 * the masked hint.
 */
@Repository
public class DeliveryRepository {

    private static final String COLUMNS = """
            id, account_id, source_event, template, params, link, channel, status, attempts, address_hint,
            last_error, created_at, next_attempt_at, sent_at, phone, locale""";

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean queue(
            UUID account,
            String sourceEvent,
            String template,
            List<String> params,
            String link,
            NotificationChannel channel,
            String addressHint,
            Instant due) {
        return jdbc.sql("""
                insert into ntf_delivery (account_id, source_event, template, params, link, channel, status,
                    address_hint, next_attempt_at)
                values (:account, :source, :template, :params, :link, :channel, 'PENDING', :hint, :due)
                on conflict (account_id, source_event, channel) do nothing""")
                        .param("account", account)
                        .param("source", sourceEvent)
                        .param("template", template)
                        .param("params", params.toArray(String[]::new))
                        .param("link", link)
                        .param("channel", channel.name())
                        .param("hint", addressHint)
                        .param("due", Timestamp.from(due))
                        .update()
                == 1;
    }

    /** A text message to a number that has no account; false when this event already queued one. */
    public boolean queueText(
            PhoneNumber phone, String sourceEvent, String template, List<String> params, Locale locale, Instant due) {
        return jdbc.sql("""
                insert into ntf_delivery (source_event, template, params, channel, status, address_hint,
                    next_attempt_at, phone, locale)
                values (:source, :template, :params, 'SMS', 'PENDING', :hint, :due, :phone, :locale)
                on conflict (source_event, channel) where account_id is null do nothing""")
                        .param("source", sourceEvent)
                        .param("template", template)
                        .param("params", params.toArray(String[]::new))
                        .param("hint", phone.masked())
                        .param("due", Timestamp.from(due))
                        .param("phone", phone.e164())
                        .param("locale", locale.toLanguageTag())
                        .update()
                == 1;
    }

    /**
     * Takes up to {@code limit} due deliveries for this sender: waiting ones whose time has come, and claimed ones
     * whose sender died (lease over). Other senders skip the rows this one locked, so each goes to one sender.
     */
    public List<Delivery> claim(int limit, Duration lease) {
        return jdbc.sql("""
                update ntf_delivery set status = 'SENDING', lease_until = now() + make_interval(secs => :lease)
                where id in (select id from ntf_delivery
                             where (status = 'PENDING' and next_attempt_at <= now())
                                or (status = 'SENDING' and lease_until < now())
                             order by next_attempt_at limit :limit for update skip locked)
                returning\s""" + COLUMNS)
                .param("lease", lease.toSeconds())
                .param("limit", limit)
                .query(DeliveryRepository::delivery)
                .list();
    }

    @Transactional
    public void sent(long id, String detail) {
        jdbc.sql("""
                update ntf_delivery set status = 'SENT', attempts = attempts + 1, sent_at = now(), lease_until = null,
                    last_error = null where id = :id""").param("id", id).update();
        attempt(id, "SENT", detail, null);
    }

    @Transactional
    public void retryAt(long id, Instant next, String error) {
        jdbc.sql("""
                update ntf_delivery set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :next,
                    lease_until = null, last_error = :error where id = :id""")
                .param("id", id)
                .param("next", Timestamp.from(next))
                .param("error", error)
                .update();
        attempt(id, "RETRY", error, null);
    }

    @Transactional
    public void failed(long id, String error) {
        jdbc.sql("""
                update ntf_delivery set status = 'FAILED', attempts = attempts + 1, lease_until = null,
                    last_error = :error where id = :id""").param("id", id).param("error", error).update();
        attempt(id, "FAILED", error, null);
    }

    /** Not an attempt: the message waits (quiet hours) without using up a try. */
    @Transactional
    public void deferTo(long id, Instant next, String reason) {
        jdbc.sql("""
                update ntf_delivery set status = 'PENDING', next_attempt_at = :next, lease_until = null
                where id = :id""").param("id", id).param("next", Timestamp.from(next)).update();
        attempt(id, "DEFERRED", reason, null);
    }

    /** An administrator sends it again: a fresh set of tries, now. */
    @Transactional
    public boolean resend(long id, UUID administrator) {
        boolean changed = jdbc.sql("""
                update ntf_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null
                where id = :id and status <> 'SENDING'""").param("id", id).update() == 1;
        if (changed) {
            attempt(id, "RESEND", null, administrator);
        }
        return changed;
    }

    public java.util.Optional<DeliveryView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from ntf_delivery where id = :id")
                .param("id", id)
                .query(DeliveryRepository::delivery)
                .optional()
                .map(Delivery::view);
    }

    public List<DeliveryView> page(DeliveryStatus status, int limit, long offset) {
        return jdbc
                .sql("select " + COLUMNS
                        + " from ntf_delivery where (cast(:status as text) is null or status = :status)"
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(DeliveryRepository::delivery)
                .list()
                .stream()
                .map(Delivery::view)
                .toList();
    }

    public long count(DeliveryStatus status) {
        return jdbc.sql("select count(*) from ntf_delivery where (cast(:status as text) is null or status = :status)")
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    public List<DeliveryAttemptView> attempts(long id) {
        return jdbc.sql("select at, outcome, detail from ntf_attempt where delivery_id = :id order by at, id")
                .param("id", id)
                .query((rs, n) ->
                        new DeliveryAttemptView(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    private void attempt(long id, String outcome, String detail, UUID actor) {
        jdbc.sql(
                        "insert into ntf_attempt (delivery_id, outcome, detail, actor_id) values (:id, :outcome, :detail, :actor)")
                .param("id", id)
                .param("outcome", outcome)
                .param("detail", abbreviate(detail))
                .param("actor", actor)
                .update();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        Array params = rs.getArray("params");
        Timestamp sentAt = rs.getTimestamp("sent_at");
        String phone = rs.getString("phone");
        return DeliveryRepositoryDeliveryBuilder.builder()
                .id(rs.getLong("id"))
                .account(rs.getObject("account_id", UUID.class))
                .sourceEvent(rs.getString("source_event"))
                .template(rs.getString("template"))
                .params(Arrays.asList((String[]) params.getArray()))
                .link(rs.getString("link"))
                .channel(NotificationChannel.valueOf(rs.getString("channel")))
                .status(DeliveryStatus.valueOf(rs.getString("status")))
                .attempts(rs.getInt("attempts"))
                .addressHint(rs.getString("address_hint"))
                .lastError(rs.getString("last_error"))
                .createdAt(rs.getTimestamp("created_at").toInstant())
                .nextAttemptAt(rs.getTimestamp("next_attempt_at").toInstant())
                .sentAt(sentAt == null ? null : sentAt.toInstant())
                .phone(phone == null ? null : new PhoneNumber(phone))
                .locale(rs.getString("locale") == null ? null : Locale.forLanguageTag(rs.getString("locale")))
                .build();
    }

    /**
     * A delivery as the sender needs it.
     *
     * @param account null for a text to a number without an account, which then has its phone and locale
     * @param phone the whole number; never shown or logged, administrators see {@code addressHint}
     */
    @RecordBuilder
    public record Delivery(
            long id,
            UUID account,
            String sourceEvent,
            String template,
            List<String> params,
            String link,
            NotificationChannel channel,
            DeliveryStatus status,
            int attempts,
            String addressHint,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            PhoneNumber phone,
            Locale locale) {

        boolean withoutAccount() {
            return account == null;
        }

        /** Without the number, so that a log line or an exception naming a delivery never carries it. */
        @Override
        public String toString() {
            return "Delivery[id=" + id + ", channel=" + channel + ", status=" + status + ", sourceEvent=" + sourceEvent
                    + "]";
        }

        DeliveryView view() {
            return new DeliveryView(
                    id,
                    channel,
                    template,
                    sourceEvent,
                    addressHint,
                    status,
                    attempts,
                    lastError,
                    createdAt,
                    nextAttemptAt,
                    sentAt);
        }
    }
}
