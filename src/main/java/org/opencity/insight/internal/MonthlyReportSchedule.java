package org.opencity.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.opencity.shared.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Produces last month's report on the first working day of the month, on one node. It looks every few minutes, so a
 * city whose nodes were all down that morning still gets it as soon as one is back, and it never makes it twice.
 */
@Component
class MonthlyReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportSchedule.class);

    private final MonthlyReportWriter writer;
    private final WorkingCalendar calendar;
    private final Clock clock;

    MonthlyReportSchedule(MonthlyReportWriter writer, WorkingCalendar calendar, Clock clock) {
        this.writer = writer;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${opencity.insight.monthly-report-check:10m}",
            initialDelayString = "${opencity.insight.monthly-report-first-check:2m}")
    void onSchedule() {
        runFor(LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM)));
    }

    /** Produces the previous month's report if {@code today} is on or after this month's first working day. */
    boolean runFor(LocalDate today) {
        if (today.isBefore(firstWorkingDay(YearMonth.from(today)))) {
            return false;
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        boolean produced = writer.produceIfMissing(month);
        if (produced) {
            log.info("Produced the monthly progress report for {}", month);
        }
        return produced;
    }

    LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
