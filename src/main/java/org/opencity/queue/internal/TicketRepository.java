package org.opencity.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.queue.Priority;
import org.opencity.queue.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of q_ticket and q_number. The calling order is written once, in {@link #ORDER}: a checked-in appointment
 * whose start is due (group 0, by start), then priority tickets (group 1), then the rest (group 2), each by the time
 * it joined the line; the number breaks ties.
 */
@Repository
public class TicketRepository {

    /** The calling order's keys; {@code :due} is now plus how early an appointment takes precedence. */
    static final String KEYS = """
            case when kind = 'APPOINTMENT' and appointment_start <= :due then 0
                 when priority is not null then 1 else 2 end as grp,
            case when kind = 'APPOINTMENT' and appointment_start <= :due then appointment_start
                 else queued_at end as at""";

    static final String ORDER = "grp, at, number";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of a line on a day: 1, 2, 3... The row stays locked until the caller's transaction ends. */
    public int nextNumber(String point, String line, LocalDate day) {
        return jdbc.sql("""
                        insert into q_number (point_code, line_code, day, last) values (:point, :line, :day, 1)
                        on conflict (point_code, line_code, day) do update set last = q_number.last + 1
                        returning last""")
                .param("point", point)
                .param("line", line)
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    public void insert(TicketRow t) {
        jdbc.sql("""
                insert into q_ticket (id, point_code, line_code, day, seq, number, kind, priority, appointment_id,
                    appointment_start, resident, status, taken_at, queued_at, eligible_at)
                values (:id, :point, :line, :day, :seq, :number, :kind, :priority, :appointment, :start, :resident,
                    'WAITING', :at, :at, :at)""")
                .param("id", t.id())
                .param("point", t.pointCode())
                .param("line", t.lineCode())
                .param("day", t.day())
                .param("seq", t.seq())
                .param("number", t.number())
                .param("kind", t.appointment() ? "APPOINTMENT" : "WALK_IN")
                .param("priority", t.priority() == null ? null : t.priority().name())
                .param("appointment", t.appointmentId())
                .param("start", ts(t.appointmentStart()))
                .param("resident", t.resident() == null ? null : t.resident().value())
                .param("at", ts(t.takenAt()))
                .update();
    }

    public Optional<TicketRow> find(UUID id) {
        return jdbc.sql("select * from q_ticket where id = :id")
                .param("id", id)
                .query(TicketRepository::row)
                .optional();
    }

    public Optional<TicketRow> ofAppointment(UUID appointmentId) {
        return jdbc.sql("select * from q_ticket where appointment_id = :id")
                .param("id", appointmentId)
                .query(TicketRepository::row)
                .optional();
    }

    /**
     * Locks and returns the first ticket a counter may call: waiting on one of its lines (and not sent to another
     * counter) or sent to it, past any grace period. A ticket another clerk's transaction holds is passed over.
     */
    public Optional<TicketRow> lockNext(
            String point, LocalDate day, List<String> lines, int counter, Instant now, Instant due) {
        return jdbc.sql("select *, " + KEYS + """
                         from q_ticket
                        where point_code = :point and day = :day and status = 'WAITING' and eligible_at <= :now
                          and ((to_counter is null and line_code = any(:lines)) or to_counter = :counter)
                        order by""" + " " + ORDER + " limit 1 for update skip locked")
                .param("point", point)
                .param("day", day)
                .param("now", ts(now))
                .param("due", ts(due))
                .param("lines", lines.toArray(String[]::new))
                .param("counter", counter)
                .query(TicketRepository::row)
                .optional();
    }

    /** The ticket a counter has called or is serving, locked. */
    public Optional<TicketRow> lockCurrent(String point, LocalDate day, int counter) {
        return jdbc.sql("""
                        select * from q_ticket where point_code = :point and day = :day and counter_number = :counter
                           and status in ('CALLED', 'SERVING') order by called_at desc limit 1 for update""")
                .param("point", point)
                .param("day", day)
                .param("counter", counter)
                .query(TicketRepository::row)
                .optional();
    }

    public Optional<TicketRow> current(String point, LocalDate day, int counter) {
        return jdbc.sql("""
                        select * from q_ticket where point_code = :point and day = :day and counter_number = :counter
                           and status in ('CALLED', 'SERVING') order by called_at desc limit 1""")
                .param("point", point)
                .param("day", day)
                .param("counter", counter)
                .query(TicketRepository::row)
                .optional();
    }

    /** Whether a signed-in resident's ticket waits at the point today and has not been told its turn is near. */
    public boolean anyoneToTell(String point, LocalDate day) {
        return jdbc.sql("""
                        select exists (select 1 from q_ticket where point_code = :point and day = :day
                            and status = 'WAITING' and resident is not null and not near_told)""")
                .param("point", point)
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    /** Today's waiting tickets of a point, each with how many come before it on its line, in calling order. */
    public List<Ranked> ranked(String point, LocalDate day, Instant due) {
        return jdbc.sql("select id, number, line_code, to_counter, resident, near_told, (row_number() over (partition"
                        + " by line_code order by " + ORDER + ") - 1)::int as before from (select *, " + KEYS
                        + " from q_ticket where point_code = :point and day = :day and status = 'WAITING') w"
                        + " order by line_code, before")
                .param("point", point)
                .param("day", day)
                .param("due", ts(due))
                .query((rs, n) -> new Ranked(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getString("line_code"),
                        rs.getInt("before"),
                        (Integer) rs.getObject("to_counter"),
                        account(rs.getObject("resident", UUID.class)),
                        rs.getBoolean("near_told")))
                .list();
    }

    /** The tickets last called at a point today, the latest first. */
    public List<TicketRow> recentlyCalled(String point, LocalDate day, int limit) {
        return jdbc.sql("""
                        select * from q_ticket where point_code = :point and day = :day and called_at is not null
                           and status in ('CALLED', 'SERVING', 'DONE') order by called_at desc limit :limit""")
                .param("point", point)
                .param("day", day)
                .param("limit", limit)
                .query(TicketRepository::row)
                .list();
    }

    public void update(UUID id, String assignments, Object... params) {
        var spec = jdbc.sql("update q_ticket set " + assignments + " where id = :id")
                .param("id", id);
        for (int i = 0; i < params.length; i += 2) {
            Object value = params[i + 1] instanceof Instant at ? ts(at) : params[i + 1];
            spec = spec.param((String) params[i], value);
        }
        spec.update();
    }

    public void markTold(UUID id) {
        jdbc.sql("update q_ticket set near_told = true where id = :id")
                .param("id", id)
                .update();
    }

    /** Tickets finished on a line of a point today. */
    public int servedOn(String point, LocalDate day, String line) {
        return jdbc.sql("select count(*) from q_ticket where point_code = :point and day = :day and line_code = :line"
                        + " and status = 'DONE'")
                .param("point", point)
                .param("day", day)
                .param("line", line)
                .query(Integer.class)
                .single();
    }

    /** Service times (seconds) of the last finished tickets of a line since an instant, the latest first. */
    public List<Double> recentServiceSeconds(String point, String line, Instant since, int limit) {
        return jdbc.sql("""
                        select extract(epoch from finished_at - serving_at)::float8 from q_ticket
                        where point_code = :point and line_code = :line and status = 'DONE' and finished_at >= :since
                          and serving_at is not null
                        order by finished_at desc limit :limit""")
                .param("point", point)
                .param("line", line)
                .param("since", ts(since))
                .param("limit", limit)
                .query(Double.class)
                .list();
    }

    /** Tells every node's board listeners that the point changed; PostgreSQL sends it when the transaction commits. */
    public void announce(String point) {
        jdbc.sql("select pg_notify('" + QueueChannel.CHANNEL + "', :point)")
                .param("point", point)
                .query((rs, n) -> 1)
                .list();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static AccountId account(UUID id) {
        return id == null ? null : new AccountId(id);
    }

    static TicketRow row(ResultSet rs, int n) throws SQLException {
        String priority = rs.getString("priority");
        return new TicketRow(
                rs.getObject("id", UUID.class),
                rs.getString("point_code"),
                rs.getString("line_code"),
                rs.getObject("day", LocalDate.class),
                rs.getInt("seq"),
                rs.getString("number"),
                "APPOINTMENT".equals(rs.getString("kind")),
                priority == null ? null : Priority.valueOf(priority),
                rs.getObject("appointment_id", UUID.class),
                instant(rs, "appointment_start"),
                account(rs.getObject("resident", UUID.class)),
                TicketStatus.valueOf(rs.getString("status")),
                instant(rs, "taken_at"),
                instant(rs, "queued_at"),
                instant(rs, "eligible_at"),
                rs.getInt("skips"),
                (Integer) rs.getObject("counter_number"),
                (Integer) rs.getObject("to_counter"),
                instant(rs, "called_at"),
                instant(rs, "serving_at"),
                instant(rs, "finished_at"));
    }
}
