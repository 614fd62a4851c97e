package org.opencity.appointment;

import java.time.LocalDate;
import java.util.List;
import org.opencity.platform.InvalidRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appointments per point and day, for the dashboards (a later issue shows them). */
@Service
public class AppointmentFigures {

    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;

    AppointmentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every point with appointments between two days (both included), by day then point. */
    @Transactional(readOnly = true)
    public List<AppointmentDayFigures> between(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidRequest("problem.appointment.figures-period", MAX_DAYS);
        }
        return jdbc.sql("""
                        select point_code, local_day,
                               (count(*) filter (where status <> 'CANCELLED'))::int as booked,
                               (count(*) filter (where status = 'CHECKED_IN'))::int as checked_in,
                               (count(*) filter (where status = 'NO_SHOW'))::int as missed,
                               (count(*) filter (where status = 'CANCELLED'))::int as cancelled
                        from apt_appointment where local_day between :from and :to
                        group by point_code, local_day order by local_day, point_code""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    int checkedIn = rs.getInt("checked_in");
                    int missed = rs.getInt("missed");
                    return AppointmentDayFiguresBuilder.builder()
                            .pointCode(rs.getString("point_code"))
                            .day(rs.getObject("local_day", LocalDate.class))
                            .booked(rs.getInt("booked"))
                            .checkedIn(checkedIn)
                            .missed(missed)
                            .cancelled(rs.getInt("cancelled"))
                            .noShowRate(checkedIn + missed == 0 ? null : (double) missed / (checkedIn + missed))
                            .build();
                })
                .list();
    }
}
