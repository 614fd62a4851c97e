package org.opencity.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Payment;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores dossiers. Every update is a compare-and-set on the version: two officers acting at once cannot overwrite
 * each other, and a double click does the step once.
 */
@Repository
public class DossierRepository {

    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public String nextCode() {
        long next = jdbc.sql("select nextval('dsr_dossier_number_seq')")
                .query(Long.class)
                .single();
        return "HS-%d-%06d".formatted(Year.now(WorkingCalendar.VIETNAM).getValue(), next);
    }

    public void insert(DossierRecord d) {
        jdbc.sql("""
                insert into dsr_dossier (id, code, procedure_code, procedure_name, ward_code, unit_id, applicant_id,
                    applicant_name, phone_last4, form_data, status, fee_vnd, payment, processing_days, submission_key,
                    created_at, updated_at)
                values (:id, :code, :procedure, :procedureName, :ward, :unit, :applicant, :applicantName, :phone,
                    cast(:form as jsonb), :status, :fee, :payment, :days, :key, :created, :created)""")
                .param("id", d.id())
                .param("code", d.code())
                .param("procedure", d.procedureCode())
                .param("procedureName", d.procedureName())
                .param("ward", d.wardCode())
                .param("unit", d.unitId())
                .param("applicant", d.applicantId())
                .param("applicantName", d.applicantName())
                .param("phone", d.phoneLast4())
                .param("form", json.writeValueAsString(d.formData()))
                .param("status", d.status().name())
                .param("fee", d.feeVnd())
                .param("payment", d.payment().name())
                .param("days", d.processingDays())
                .param("key", d.submissionKey())
                .param("created", Timestamp.from(d.createdAt()))
                .update();
    }

    /** False when someone changed the dossier since {@code d.version()} was read. */
    public boolean update(DossierRecord d) {
        return jdbc.sql("""
                update dsr_dossier set status = :status, unit_id = :unit, assignee_id = :assignee,
                    form_data = cast(:form as jsonb), payment = :payment, payment_ref = :paymentRef,
                    submitted_at = :submitted, received_at = :received, due_at = :due, paused_at = :paused,
                    remaining_minutes = :remaining, decided_at = :decided, result_issued_at = :issued,
                    delivered_at = :delivered, closed_reason = :reason, updated_at = :updated, version = version + 1
                where id = :id and version = :version""")
                        .param("status", d.status().name())
                        .param("unit", d.unitId())
                        .param("assignee", d.assigneeId())
                        .param("form", json.writeValueAsString(d.formData()))
                        .param("payment", d.payment().name())
                        .param("paymentRef", d.paymentRef())
                        .param("submitted", ts(d.submittedAt()))
                        .param("received", ts(d.receivedAt()))
                        .param("due", ts(d.dueAt()))
                        .param("paused", ts(d.pausedAt()))
                        .param("remaining", d.remainingMinutes())
                        .param("decided", ts(d.decidedAt()))
                        .param("issued", ts(d.resultIssuedAt()))
                        .param("delivered", ts(d.deliveredAt()))
                        .param("reason", d.closedReason())
                        .param("updated", ts(d.updatedAt()))
                        .param("id", d.id())
                        .param("version", d.version())
                        .update()
                == 1;
    }

    public Optional<DossierRecord> byCode(String code) {
        return jdbc.sql("select * from dsr_dossier where code = :code")
                .param("code", code)
                .query(this::record)
                .optional();
    }

    public Optional<DossierRecord> bySubmissionKey(UUID applicant, String key) {
        return jdbc.sql("select * from dsr_dossier where applicant_id = :a and submission_key = :k")
                .param("a", applicant)
                .param("k", key)
                .query(this::record)
                .optional();
    }

    public List<DossierRecord> ofApplicant(UUID applicant, int limit) {
        return jdbc.sql("select * from dsr_dossier where applicant_id = :a order by created_at desc limit :limit")
                .param("a", applicant)
                .param("limit", limit)
                .query(this::record)
                .list();
    }

    /** The desk's queue: not drafts, not finished unless asked, nearest deadline first. */
    public List<DossierRecord> queue(
            List<UUID> units, DossierStatus status, boolean overdueOnly, Instant now, int limit, long offset) {
        return jdbc.sql(queueSql("*") + " order by due_at nulls last, submitted_at limit :limit offset :offset")
                .param("units", units.isEmpty() ? List.of(new UUID(0, 0)) : units)
                .param("all", units.isEmpty())
                .param("status", status == null ? null : status.name())
                .param("overdue", overdueOnly)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("offset", offset)
                .query(this::record)
                .list();
    }

    public long countQueue(List<UUID> units, DossierStatus status, boolean overdueOnly, Instant now) {
        return jdbc.sql(queueSql("count(*)"))
                .param("units", units.isEmpty() ? List.of(new UUID(0, 0)) : units)
                .param("all", units.isEmpty())
                .param("status", status == null ? null : status.name())
                .param("overdue", overdueOnly)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private static String queueSql(String what) {
        return "select " + what + """
                 from dsr_dossier where status <> 'DRAFT' and (:all or unit_id in (:units))
                  and (cast(:status as text) is null and status not in ('DELIVERED', 'WITHDRAWN', 'NOT_ACCEPTED',
                       'REFUSED') or status = :status)
                  and (not :overdue or (due_at < :now and paused_at is null and result_issued_at is null))""";
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private DossierRecord record(ResultSet rs, int row) throws SQLException {
        return DossierRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .code(rs.getString("code"))
                .procedureCode(rs.getString("procedure_code"))
                .procedureName(rs.getString("procedure_name"))
                .wardCode(rs.getString("ward_code"))
                .unitId(rs.getObject("unit_id", UUID.class))
                .applicantId(rs.getObject("applicant_id", UUID.class))
                .applicantName(rs.getString("applicant_name"))
                .phoneLast4(rs.getString("phone_last4"))
                .formData(json.readValue(rs.getString("form_data"), FORM))
                .status(DossierStatus.valueOf(rs.getString("status")))
                .feeVnd((Long) rs.getObject("fee_vnd"))
                .payment(Payment.valueOf(rs.getString("payment")))
                .paymentRef(rs.getString("payment_ref"))
                .processingDays((Integer) rs.getObject("processing_days"))
                .submissionKey(rs.getString("submission_key"))
                .assigneeId(rs.getObject("assignee_id", UUID.class))
                .createdAt(instant(rs, "created_at"))
                .submittedAt(instant(rs, "submitted_at"))
                .receivedAt(instant(rs, "received_at"))
                .dueAt(instant(rs, "due_at"))
                .pausedAt(instant(rs, "paused_at"))
                .remainingMinutes((Long) rs.getObject("remaining_minutes"))
                .decidedAt(instant(rs, "decided_at"))
                .resultIssuedAt(instant(rs, "result_issued_at"))
                .deliveredAt(instant(rs, "delivered_at"))
                .closedReason(rs.getString("closed_reason"))
                .updatedAt(instant(rs, "updated_at"))
                .version(rs.getInt("version"))
                .build();
    }
}
