package org.opencity.assistant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much the assistant is used, per day: counts only (no question, answer or person), so that any module may
 * publish them. Read with one grouped query over the conversations' turns and hand-overs.
 */
@Service
public class AssistantFigures {

    /**
     * One day in the given time zone's calendar.
     *
     * @param conversations conversations in which a question was asked that day
     * @param questions questions asked that day
     * @param handOvers requests that day for a person to take over
     */
    public record Day(LocalDate day, long conversations, long questions, long handOvers) {}

    private final JdbcClient jdbc;

    AssistantFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The days from {@code from} to {@code to} (both included) on which anything happened, in order. */
    @Transactional(readOnly = true)
    public List<Day> daily(LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                with turns as (
                    select (asked_at at time zone :zone)::date as day, count(distinct conversation_id) as conversations,
                        count(*) as questions
                    from ast_turn where asked_at >= :from and asked_at < :to group by 1),
                handovers as (
                    select (requested_at at time zone :zone)::date as day, count(*) as handovers
                    from ast_handover where requested_at >= :from and requested_at < :to group by 1)
                select coalesce(t.day, h.day), coalesce(t.conversations, 0), coalesce(t.questions, 0),
                    coalesce(h.handovers, 0)
                from turns t full join handovers h on h.day = t.day
                order by 1""")
                .param("zone", zone.getId())
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) ->
                        new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
