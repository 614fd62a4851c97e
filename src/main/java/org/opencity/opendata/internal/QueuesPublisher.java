package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencity.opendata.Dataset;
import org.opencity.queue.PointDayFigures;
import org.opencity.queue.QueueFigures;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Waiting at the public-service centres: tickets per point and day with the mean and 90th-percentile wait and the
 * no-show rate; on a day with fewer tickets than the k-anonymity threshold the times are suppressed.
 */
@Component
class QueuesPublisher implements DatasetPublisher {

    static final String NAME = "cho-doi-tai-trung-tam-phuc-vu";
    static final String CSV = NAME + "-csv";
    static final int DAYS = 90;

    private final QueueFigures figures;
    private final OpenDataProperties properties;
    private final Clock clock;

    QueuesPublisher(QueueFigures figures, OpenDataProperties properties, Clock clock) {
        this.figures = figures;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi điểm phục vụ và ngày")
                .titleVi("Thời gian chờ tại các trung tâm phục vụ hành chính công")
                .titleEn("Waiting at the public-service centres")
                .descriptionVi("Số lượt lấy số mỗi ngày tại từng trung tâm và xe phục vụ lưu động, thời gian chờ trung"
                        + " bình và phân vị 90 (phút), tỷ lệ vắng mặt, trong " + DAYS + " ngày gần nhất.")
                .descriptionEn("Tickets per day at each centre and mobile service vehicle, mean and 90th-percentile"
                        + " wait (minutes) and no-show rate, over the last " + DAYS + " days.")
                .themes(List.of("GOVE"))
                .keywords(List.of("mot-cua", "cho-doi", "dich-vu-cong"))
                .frequency("DAILY")
                .temporalStart(today.minusDays(DAYS))
                .temporalEnd(today)
                .modified(clock.instant())
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        int k = properties.minimumCount();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        Csv csv = Csv.to(
                out, "day", "point", "tickets", "mean_wait_minutes", "p90_wait_minutes", "no_show_rate", "suppressed");
        for (PointDayFigures day : figures.between(today.minusDays(DAYS), today)) {
            boolean small = day.tickets() < k;
            csv.row(
                    day.day(),
                    day.pointCode(),
                    day.tickets(),
                    small ? null : minutes(day.averageWaitSeconds()),
                    small ? null : minutes(day.p90WaitSeconds()),
                    small || day.noShowRate() == null ? null : String.format(Locale.ROOT, "%.3f", day.noShowRate()),
                    small);
        }
        csv.flush();
    }

    private static String minutes(Double seconds) {
        return seconds == null ? null : String.format(Locale.ROOT, "%.1f", seconds / 60);
    }
}
