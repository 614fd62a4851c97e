package org.opencity.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.report.ReportSource;
import org.opencity.report.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores reports. Every change is a compare-and-set on the version, so two officers acting at once cannot
 * overwrite each other.
 */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;
    private final FeedCache feed;
    private final AttributeRepository attributes;

    ReportRepository(JdbcClient jdbc, FeedCache feed, AttributeRepository attributes) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.attributes = attributes;
    }

    /** Answers to the category's extra questions, already checked. */
    public void storeAnswers(UUID report, java.util.Map<String, List<String>> answers) {
        attributes.store(report, answers);
    }

    public java.util.Map<String, List<String>> answers(UUID report) {
        return attributes.answers(report);
    }

    public String nextNumber() {
        long next = jdbc.sql("select nextval('rpt_report_number_seq')")
                .query(Long.class)
                .single();
        return "PA-%d-%06d"
                .formatted(Year.now(org.opencity.shared.WorkingCalendar.VIETNAM).getValue(), next);
    }

    public void insert(ReportRecord r) {
        feed.changed();
        jdbc.sql("""
                insert into rpt_report (id, number, token, category_code, description, lat, lon, address, ward_code,
                    unit_id, status, reporter_id, reporter_name, reporter_email, reporter_phone, anonymous, source,
                    client_name, created_at, updated_at, due_at)
                values (:id, :number, :token, :category, :description, :lat, :lon, :address, :ward, :unit, :status,
                    :reporter, :reporterName, :reporterEmail, :reporterPhone, :anonymous, :source, :client,
                    :created, :created, :due)""")
                .param("id", r.id())
                .param("number", r.number())
                .param("token", r.token())
                .param("category", r.categoryCode())
                .param("description", r.description())
                .param("lat", r.lat())
                .param("lon", r.lon())
                .param("address", r.address())
                .param("ward", r.wardCode())
                .param("unit", r.unitId())
                .param("status", r.status().name())
                .param("reporter", r.reporterId())
                .param("reporterName", r.reporterName())
                .param("reporterEmail", r.reporterEmail())
                .param("reporterPhone", r.reporterPhone())
                .param("anonymous", r.anonymous())
                .param("source", r.source().name())
                .param("client", r.clientName())
                .param("created", ts(r.createdAt()))
                .param("due", ts(r.dueAt()))
                .update();
    }

    /** Saves the changeable fields; false when someone else changed the report first. */
    public boolean update(ReportRecord r) {
        feed.changed();
        return jdbc.sql("""
                update rpt_report set unit_id = :unit, assignee_id = :assignee, status = :status,
                    status_reason = :reason, updated_at = :updated, resolved_at = :resolved, closed_at = :closed,
                    rating = :rating, rating_comment = :ratingComment, duplicate_of = :duplicateOf,
                    version = version + 1
                where id = :id and version = :version""")
                        .param("unit", r.unitId())
                        .param("assignee", r.assigneeId())
                        .param("status", r.status().name())
                        .param("reason", r.statusReason())
                        .param("updated", ts(r.updatedAt()))
                        .param("resolved", ts(r.resolvedAt()))
                        .param("closed", ts(r.closedAt()))
                        .param("rating", r.rating())
                        .param("ratingComment", r.ratingComment())
                        .param("duplicateOf", r.duplicateOf())
                        .param("id", r.id())
                        .param("version", r.version())
                        .update()
                == 1;
    }

    public Optional<ReportRecord> byNumber(String number) {
        return one("number = :v", number);
    }

    public Optional<ReportRecord> byId(UUID id) {
        return one("id = :v", id);
    }

    public Optional<ReportRecord> byToken(UUID token) {
        return one("token = :v", token);
    }

    private Optional<ReportRecord> one(String where, Object value) {
        return jdbc.sql("select * from rpt_report where " + where)
                .param("v", value)
                .query(ReportRepository::record)
                .optional();
    }

    public List<ReportRecord> select(ReportFilter filter, int limit, long offset) {
        return filter.bind(jdbc.sql("select * from rpt_report" + filter.where() + " order by " + filter.order()
                        + " limit :limit offset :offset"))
                .param("limit", limit)
                .param("offset", offset)
                .query(ReportRepository::record)
                .list();
    }

    public long count(ReportFilter filter) {
        return filter.bind(jdbc.sql("select count(*) from rpt_report" + filter.where()))
                .query(Long.class)
                .single();
    }

    /** Reports of the same kind still being handled within {@code metres}, nearest first. */
    public List<ReportRecord> openNear(String category, double lat, double lon, double metres, Instant since) {
        double dLat = metres / 111_320.0;
        double dLon = metres / (111_320.0 * Math.cos(Math.toRadians(lat)));
        return jdbc.sql("""
                select * from rpt_report
                where category_code = :category and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')
                  and lat between :lat - :dLat and :lat + :dLat and lon between :lon - :dLon and :lon + :dLon
                  and created_at >= :since
                order by (lat - :lat) * (lat - :lat) + (lon - :lon) * (lon - :lon) limit 5""")
                .param("category", category)
                .param("lat", lat)
                .param("lon", lon)
                .param("dLat", dLat)
                .param("dLon", dLon)
                .param("since", ts(since))
                .query(ReportRepository::record)
                .list();
    }

    public boolean addSupporter(UUID report, UUID account) {
        boolean added =
                jdbc.sql("""
                insert into rpt_supporter (report_id, account_id, joined_at) values (:report, :account, now())
                on conflict do nothing""").param("report", report).param("account", account).update() == 1;
        if (added) {
            feed.changed();
            jdbc.sql("update rpt_report set supporters = supporters + 1 where id = :id")
                    .param("id", report)
                    .update();
        }
        return added;
    }

    public List<UUID> supporters(UUID report) {
        return jdbc.sql("select account_id from rpt_supporter where report_id = :id")
                .param("id", report)
                .query(UUID.class)
                .list();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static ReportRecord record(ResultSet rs, int row) throws SQLException {
        return ReportRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .number(rs.getString("number"))
                .token(rs.getObject("token", UUID.class))
                .categoryCode(rs.getString("category_code"))
                .description(rs.getString("description"))
                .lat(rs.getDouble("lat"))
                .lon(rs.getDouble("lon"))
                .address(rs.getString("address"))
                .wardCode(rs.getString("ward_code"))
                .unitId(rs.getObject("unit_id", UUID.class))
                .assigneeId(rs.getObject("assignee_id", UUID.class))
                .status(ReportStatus.valueOf(rs.getString("status")))
                .statusReason(rs.getString("status_reason"))
                .reporterId(rs.getObject("reporter_id", UUID.class))
                .reporterName(rs.getString("reporter_name"))
                .reporterEmail(rs.getString("reporter_email"))
                .reporterPhone(rs.getString("reporter_phone"))
                .anonymous(rs.getBoolean("anonymous"))
                .source(ReportSource.valueOf(rs.getString("source")))
                .clientName(rs.getString("client_name"))
                .createdAt(instant(rs, "created_at"))
                .updatedAt(instant(rs, "updated_at"))
                .dueAt(instant(rs, "due_at"))
                .resolvedAt(instant(rs, "resolved_at"))
                .closedAt(instant(rs, "closed_at"))
                .rating(rs.getObject("rating") == null ? null : rs.getInt("rating"))
                .ratingComment(rs.getString("rating_comment"))
                .duplicateOf(rs.getObject("duplicate_of", UUID.class))
                .supporters(rs.getInt("supporters"))
                .version(rs.getInt("version"))
                .build();
    }
}
