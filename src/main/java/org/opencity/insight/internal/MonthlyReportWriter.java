package org.opencity.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actors;
import org.opencity.identity.Role;
import org.opencity.insight.MonthlyFigures;
import org.opencity.notification.Notices;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces a month's report (PDF and CSV), archives it and tells the city's operators, all in one transaction: the
 * notices exist if and only if the report does.
 */
@Component
public class MonthlyReportWriter {

    private final MonthlyFiguresCollector figures;
    private final MonthlyReportPdf pdf;
    private final MonthlyReportCsv csv;
    private final MonthlyReportRepository archive;
    private final Actors actors;
    private final Notices notices;
    private final Clock clock;

    MonthlyReportWriter(
            MonthlyFiguresCollector figures,
            MonthlyReportPdf pdf,
            MonthlyReportCsv csv,
            MonthlyReportRepository archive,
            Actors actors,
            Notices notices,
            Clock clock) {
        this.figures = figures;
        this.pdf = pdf;
        this.csv = csv;
        this.archive = archive;
        this.actors = actors;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @param requestedBy the operator who asked (the month's earlier report is replaced), or null for the schedule
     *     (kept only if the month has none yet)
     * @return whether a report was archived
     */
    @Transactional
    public boolean produce(YearMonth month, AccountId requestedBy) {
        MonthlyFigures collected = figures.collect(month);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        var files = new MonthlyReportRepository.MonthlyReportFiles(
                month,
                pdf.write(collected, today),
                csv.write(collected),
                clock.instant(),
                requestedBy == null ? null : requestedBy.value(),
                collected.city().points(),
                collected.city().percent());
        if (requestedBy == null) {
            if (!archive.addIfAbsent(files)) {
                return false;
            }
        } else {
            archive.replace(files);
        }
        String shown = "%02d/%d".formatted(month.getMonthValue(), month.getYear());
        for (AccountId operator : operators()) {
            notices.tell(
                    operator,
                    "monthly-report:" + month + ":" + files.producedAt().toEpochMilli(),
                    "insight.monthly-report",
                    List.of(shown),
                    "/operations/reports");
        }
        return true;
    }

    /**
     * The schedule's turn: produces the month's report unless it exists or another node is producing it right now
     * (a transaction-scoped advisory lock; the month's primary key settles any race left).
     */
    @Transactional
    public boolean produceIfMissing(YearMonth month) {
        if (!archive.tryLock() || archive.exists(month)) {
            return false;
        }
        return produce(month, null);
    }

    private List<AccountId> operators() {
        return actors.holdersOf(Role.CITY_OPERATOR);
    }
}
