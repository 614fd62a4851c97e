package org.opencity.appointment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.appointment.AppointmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of apt_appointment and apt_slot. */
@Repository
public class AppointmentRepository {

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a seat in a slot if one is left. The conditional update is the capacity check: PostgreSQL re-reads the
     * row after waiting for a concurrent booking's lock, so the count never passes the capacity.
     */
    public boolean takeSeat(String point, String line, Instant start, int capacity) {
        jdbc.sql("""
                insert into apt_slot (point_code, line_code, starts_at) values (:point, :line, :start)
                on conflict do nothing""")
                .param("point", point)
                .param("line", line)
                .param("start", Timestamp.from(start))
                .update();
        return jdbc.sql("""
                        update apt_slot set booked = booked + 1
                        where point_code = :point and line_code = :line and starts_at = :start and booked < :capacity""")
                        .param("point", point)
                        .param("line", line)
                        .param("start", Timestamp.from(start))
                        .param("capacity", capacity)
                        .update()
                == 1;
    }

    public void releaseSeat(String point, String line, Instant start) {
        jdbc.sql("""
                update apt_slot set booked = booked - 1
                where point_code = :point and line_code = :line and starts_at = :start and booked > 0""")
                .param("point", point)
                .param("line", line)
                .param("start", Timestamp.from(start))
                .update();
    }

    /** Seats taken per slot start of a line at a point, between two instants. */
    public Map<Instant, Integer> booked(String point, String line, Instant from, Instant to) {
        Map<Instant, Integer> booked = new HashMap<>();
        jdbc.sql("""
                select starts_at, booked from apt_slot
                where point_code = :point and line_code = :line and starts_at >= :from and starts_at < :to""")
                .param("point", point)
                .param("line", line)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((ResultSet rs) -> {
                    booked.put(rs.getTimestamp("starts_at").toInstant(), rs.getInt("booked"));
                });
        return booked;
    }

    /** Inserts the appointment; the unique index refuses a second active one per person, procedure and day. */
    public void insert(AppointmentRecord record) {
        jdbc.sql("""
                insert into apt_appointment (id, code, point_code, line_code, procedure_code, starts_at, ends_at,
                    local_day, resident, dossier_code, note, status, created_at, updated_at)
                values (:id, :code, :point, :line, :procedure, :start, :end, :day, :resident, :dossier, :note,
                    'BOOKED', :now, :now)""")
                .param("id", record.id())
                .param("code", record.code())
                .param("point", record.pointCode())
                .param("line", record.lineCode())
                .param("procedure", record.procedureCode())
                .param("start", Timestamp.from(record.startsAt()))
                .param("end", Timestamp.from(record.endsAt()))
                .param("day", record.localDay())
                .param("resident", record.resident())
                .param("dossier", record.dossierCode())
                .param("note", record.note())
                .param("now", Timestamp.from(record.createdAt()))
                .update();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from apt_appointment where code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<AppointmentRecord> find(UUID id) {
        return jdbc.sql("select * from apt_appointment where id = :id")
                .param("id", id)
                .query(AppointmentRepository::record)
                .optional();
    }

    /** Locks the row for a change. */
    public Optional<AppointmentRecord> lock(UUID id) {
        return jdbc.sql("select * from apt_appointment where id = :id for update")
                .param("id", id)
                .query(AppointmentRepository::record)
                .optional();
    }

    public Optional<AppointmentRecord> lockByCode(String point, String code) {
        return jdbc.sql("select * from apt_appointment where point_code = :point and code = :code for update")
                .param("point", point)
                .param("code", code)
                .query(AppointmentRepository::record)
                .optional();
    }

    public List<AppointmentRecord> ofResident(UUID resident, int limit) {
        return jdbc.sql("select * from apt_appointment where resident = :resident order by starts_at desc limit :limit")
                .param("resident", resident)
                .param("limit", limit)
                .query(AppointmentRepository::record)
                .list();
    }

    public List<AppointmentRecord> ofPointDay(String point, LocalDate day) {
        return jdbc.sql("""
                select * from apt_appointment where point_code = :point and local_day = :day
                  and status <> 'CANCELLED'
                order by starts_at, code""")
                .param("point", point)
                .param("day", day)
                .query(AppointmentRepository::record)
                .list();
    }

    public void setStatus(UUID id, AppointmentStatus status, Instant at) {
        jdbc.sql("""
                update apt_appointment set status = :status, updated_at = :at, version = version + 1,
                    checked_in_at = case when :status = 'CHECKED_IN' then :at else checked_in_at end
                where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    public void move(UUID id, String line, Instant start, Instant end, LocalDate day, Instant at) {
        jdbc.sql("""
                update apt_appointment set line_code = :line, starts_at = :start, ends_at = :end, local_day = :day,
                    updated_at = :at, reminded_at = null, version = version + 1
                where id = :id""")
                .param("id", id)
                .param("line", line)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .param("day", day)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** When the resident missed appointments since an instant, latest first. */
    public List<Instant> missedSince(UUID resident, Instant since) {
        return jdbc.sql("""
                select starts_at from apt_appointment
                where resident = :resident and status = 'NO_SHOW' and starts_at >= :since
                order by starts_at desc""")
                .param("resident", resident)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /**
     * Claims the appointments whose reminder is due (booked, starting within {@code before}, booked earlier than
     * that): each is claimed once, on whichever node gets there first.
     */
    public List<AppointmentRecord> claimReminders(Instant now, java.time.Duration before, int limit) {
        return jdbc.sql("""
                update apt_appointment set reminded_at = :now
                where id in (select id from apt_appointment
                             where status = 'BOOKED' and reminded_at is null
                               and starts_at > :now and starts_at <= :horizon
                               and created_at < starts_at - cast(:before as interval)
                             order by starts_at limit :limit for update skip locked)
                returning *""")
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(now.plus(before)))
                .param("before", before.toSeconds() + " seconds")
                .param("limit", limit)
                .query(AppointmentRepository::record)
                .list();
    }

    /** Marks booked appointments that ended more than the grace ago as missed; how many. */
    public int markNoShows(Instant endedBefore, Instant now) {
        return jdbc.sql("""
                update apt_appointment set status = 'NO_SHOW', updated_at = :now, version = version + 1
                where status = 'BOOKED' and ends_at < :before""")
                .param("before", Timestamp.from(endedBefore))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static AppointmentRecord record(ResultSet rs, int row) throws SQLException {
        Timestamp checkedIn = rs.getTimestamp("checked_in_at");
        return AppointmentRecordBuilder.builder()
                .id(rs.getObject("id", UUID.class))
                .code(rs.getString("code"))
                .pointCode(rs.getString("point_code"))
                .lineCode(rs.getString("line_code"))
                .procedureCode(rs.getString("procedure_code"))
                .startsAt(rs.getTimestamp("starts_at").toInstant())
                .endsAt(rs.getTimestamp("ends_at").toInstant())
                .localDay(rs.getObject("local_day", LocalDate.class))
                .resident(rs.getObject("resident", UUID.class))
                .dossierCode(rs.getString("dossier_code"))
                .note(rs.getString("note"))
                .status(AppointmentStatus.valueOf(rs.getString("status")))
                .createdAt(rs.getTimestamp("created_at").toInstant())
                .checkedInAt(checkedIn == null ? null : checkedIn.toInstant())
                .version(rs.getInt("version"))
                .build();
    }
}
