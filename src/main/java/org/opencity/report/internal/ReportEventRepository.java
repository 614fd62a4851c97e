package org.opencity.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencity.report.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline of each report: every step, public or internal, in order.
 */
@Repository
public class ReportEventRepository {

    private final JdbcClient jdbc;

    ReportEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long append(
            UUID report,
            Instant at,
            String kind,
            ReportStatus status,
            String publicText,
            boolean internal,
            UUID actor,
            UUID unit) {
        return jdbc.sql("""
                insert into rpt_event (report_id, occurred_at, kind, status, public_text, internal, actor_id, unit_id)
                values (:report, :at, :kind, :status, :text, :internal, :actor, :unit) returning id""")
                .param("report", report)
                .param("at", Timestamp.from(at))
                .param("kind", kind)
                .param("status", status.name())
                .param("text", publicText)
                .param("internal", internal)
                .param("actor", actor)
                .param("unit", unit)
                .query(Long.class)
                .single();
    }

    public List<EventRow> of(UUID report, boolean includeInternal) {
        return jdbc.sql("""
                select e.*, a.display_name as actor_name from rpt_event e left join idn_account a on a.id = e.actor_id
                where e.report_id = :report and (:all or not e.internal) order by e.occurred_at, e.id""")
                .param("report", report)
                .param("all", includeInternal)
                .query((rs, n) -> new EventRow(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("public_text"),
                        rs.getBoolean("internal"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        rs.getObject("unit_id", UUID.class)))
                .list();
    }

    /** Public steps of many reports changed in a period, for Open311 servicerequestupdates. */
    public List<EventRow> publicSince(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select e.*, null as actor_name from rpt_event e
                where not e.internal and e.occurred_at >= :from and e.occurred_at < :to
                order by e.occurred_at, e.id limit :limit""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new EventRow(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("public_text"),
                        false,
                        null,
                        null,
                        rs.getObject("unit_id", UUID.class)))
                .list();
    }

    public UUID reportOf(long eventId) {
        return jdbc.sql("select report_id from rpt_event where id = :id")
                .param("id", eventId)
                .query(UUID.class)
                .single();
    }

    public record EventRow(
            long id,
            Instant at,
            String kind,
            ReportStatus status,
            String publicText,
            boolean internal,
            UUID actorId,
            String actorName,
            UUID unitId) {}
}
