package org.opencity.insight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.opencity.DemoPeople;
import org.opencity.geography.Ward;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.insight.internal.HanoiWards;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.shared.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A known data set in a month no demo data reaches (March 2025), in one ward: three dossiers and three reports whose
 * every figure is counted by hand in the tests. Made once per database.
 *
 * <pre>
 * dossiers  submitted  phone  documents  fee, paid   finished (due)             rating
 * D1        03-03      yes    yes        free        result issued 03-10 (03-12) 5 5 5 5 5, signed result
 * D2        03-04      yes    no         50 000 paid approved 03-20 (03-14), late, apology letter   3 3 3 3 3
 * D3        03-05      no     no         50 000 due  in processing (due 03-10)
 * reports   received   resolved (due)    rating
 * R1        03-02      03-03 (03-05)     4
 * R2        03-06      03-20 (03-08)     2
 * R3        03-07      being handled
 * </pre>
 *
 * D1 and D2 are for a procedure done fully online, D3 for one done partly online.
 */
@Component
public class InsightFixtures {

    public static final YearMonth MONTH = YearMonth.of(2025, 3);

    private final JdbcClient jdbc;
    private final HanoiWards wards;
    private final Units units;
    private final ProcedureCatalogue procedures;
    private final DemoPeople people;

    InsightFixtures(JdbcClient jdbc, HanoiWards wards, Units units, ProcedureCatalogue procedures, DemoPeople people) {
        this.jdbc = jdbc;
        this.wards = wards;
        this.units = units;
        this.procedures = procedures;
        this.people = people;
    }

    /** The ward of the known data set (the city's last ward in the register's order). */
    public Ward ward() {
        List<Ward> all = wards.all();
        return all.get(all.size() - 1);
    }

    /** The unit that handles the known data set: the ward's public-service centre (or its committee). */
    public Unit unit() {
        String ward = ward().code();
        return units.ofWard(ward, UnitKind.SERVICE_CENTRE)
                .or(() -> units.ofWard(ward, UnitKind.WARD_COMMITTEE))
                .orElseThrow();
    }

    public Procedure fullyOnline() {
        return procedure(OnlineLevel.FULL_ONLINE);
    }

    public Procedure partlyOnline() {
        return procedure(OnlineLevel.PARTLY_ONLINE);
    }

    private Procedure procedure(OnlineLevel level) {
        return procedures.all().stream()
                .filter(p -> p.level() == ProcedureLevel.WARD && p.onlineLevel() == level)
                .findFirst()
                .orElseThrow();
    }

    public synchronized void ensure() {
        Long made = jdbc.sql("select count(*) from dsr_dossier where code = 'INS-TEST-D1'")
                .query(Long.class)
                .single();
        if (made > 0) {
            return;
        }
        Ward ward = ward();
        Unit centre = unit();
        UUID applicant = people.id(DemoPeople.RESIDENT).value();
        UUID d1 = dossier(
                "INS-TEST-D1",
                fullyOnline(),
                ward,
                centre,
                applicant,
                "1234",
                null,
                "FREE",
                "RESULT_ISSUED",
                at(3, 3),
                at(3, 12),
                null,
                at(3, 10));
        UUID d2 = dossier(
                "INS-TEST-D2",
                fullyOnline(),
                ward,
                centre,
                applicant,
                "5678",
                50_000L,
                "PAID",
                "APPROVED",
                at(3, 4),
                at(3, 14),
                at(3, 20),
                null);
        dossier(
                "INS-TEST-D3",
                partlyOnline(),
                ward,
                centre,
                applicant,
                null,
                50_000L,
                "UNPAID",
                "IN_PROCESSING",
                at(3, 5),
                at(3, 10),
                null,
                null);
        jdbc.sql("""
                insert into dsr_document (id, dossier_id, requirement, file_name, content_type, size_bytes, sha256,
                    content) values (:id, :d, 0, 'giay-to.pdf', 'application/pdf', 4, 'x', '%PDF')""").param("id", UUID.randomUUID()).param("d", d1).update();
        jdbc.sql("insert into dsr_result (dossier_id, pdf, sha256, signed_at) values (:d, '%PDF', 'x', :at)")
                .param("d", d1)
                .param("at", at(3, 10))
                .update();
        jdbc.sql("""
                insert into dsr_event (dossier_id, at, action, from_status, to_status, note)
                values (:d, :at, 'APOLOGISE', 'IN_PROCESSING', 'IN_PROCESSING', 'Xin lỗi')""").param("d", d2).param("at", at(3, 15)).update();
        rate(d1, 5);
        rate(d2, 3);
        report("INS-TEST-R1", ward, centre, "RESOLVED", at(3, 2), at(3, 5), at(3, 3), 4);
        report("INS-TEST-R2", ward, centre, "RESOLVED", at(3, 6), at(3, 8), at(3, 20), 2);
        report("INS-TEST-R3", ward, centre, "IN_PROGRESS", at(3, 7), at(3, 9), null, null);
    }

    /**
     * One more dossier, in April 2025: finished on 10 April, never rated, in a ward's unit. A day whose finished
     * dossiers are all unrated once made the day's figures fail (a null sum).
     */
    public synchronized void unratedInApril() {
        Long made = jdbc.sql("select count(*) from dsr_dossier where code = 'INS-TEST-D4'")
                .query(Long.class)
                .single();
        if (made == 0) {
            dossier("INS-TEST-D4", partlyOnline(), ward(), unit(), people.id(DemoPeople.RESIDENT).value(), null,
                    null, "FREE", "APPROVED", at(4, 1), null, at(4, 10), null);
        }
    }

    private static Timestamp at(int month, int day) {
        return Timestamp.from(LocalDateTime.of(LocalDate.of(2025, month, day), java.time.LocalTime.of(10, 0))
                .atZone(WorkingCalendar.VIETNAM)
                .toInstant());
    }

    private UUID dossier(
            String code,
            Procedure procedure,
            Ward ward,
            Unit unit,
            UUID applicant,
            String phone,
            Long fee,
            String payment,
            String status,
            Timestamp submitted,
            Timestamp due,
            Timestamp decided,
            Timestamp issued) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dsr_dossier (id, code, procedure_code, procedure_name, ward_code, unit_id, applicant_id,
                    applicant_name, phone_last4, status, fee_vnd, payment, created_at, submitted_at, received_at,
                    due_at, decided_at, result_issued_at, updated_at)
                values (:id, :code, :procedure, :name, :ward, :unit, :applicant, 'Người thử', :phone, :status, :fee,
                    :payment, :submitted, :submitted, :submitted, :due,
                    coalesce(cast(:decided as timestamptz), cast(:issued as timestamptz)), cast(:issued as timestamptz),
                    :submitted)""")
                .param("id", id)
                .param("code", code)
                .param("procedure", procedure.code())
                .param("name", procedure.nameVi())
                .param("ward", ward.code())
                .param("unit", unit.id().value())
                .param("applicant", applicant)
                .param("phone", phone)
                .param("status", status)
                .param("fee", fee)
                .param("payment", payment)
                .param("submitted", submitted)
                .param("due", due)
                .param("decided", decided)
                .param("issued", issued)
                .update();
        return id;
    }

    private void rate(UUID dossier, int score) {
        jdbc.sql("""
                insert into dsr_rating (dossier_id, time_score, attitude_score, guidance_score, cost_score,
                    result_score, rated_at) values (:d, :s, :s, :s, :s, :s, now())""").param("d", dossier).param("s", score).update();
    }

    private void report(
            String number,
            Ward ward,
            Unit unit,
            String status,
            Timestamp created,
            Timestamp due,
            Timestamp resolved,
            Integer rating) {
        jdbc.sql("""
                insert into rpt_report (id, number, token, category_code, description, lat, lon, ward_code, unit_id,
                    status, source, created_at, updated_at, due_at, resolved_at, rating)
                values (:id, :number, :token, 'ROADS', 'Ổ gà thử nghiệm', 21.0, 105.8, :ward, :unit, :status, 'WEB',
                    :created, :created, :due, cast(:resolved as timestamptz), cast(:rating as smallint))""")
                .param("id", UUID.randomUUID())
                .param("number", number)
                .param("token", UUID.randomUUID())
                .param("ward", ward.code())
                .param("unit", unit.id().value())
                .param("status", status)
                .param("created", created)
                .param("due", due)
                .param("resolved", resolved)
                .param("rating", rating)
                .update();
    }
}
