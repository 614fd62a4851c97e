package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencity.opendata.Dataset;
import org.opencity.report.ReportFigures;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Residents' reports per day, ward, category and status, with resolution times: counts only, and a count below the
 * k-anonymity threshold ({@code opencity.opendata.minimum-count}) is suppressed with its mean, so that a rare
 * report in a small ward cannot be traced to the person who made it.
 */
@Component
class ReportsPublisher implements DatasetPublisher {

    static final String NAME = "phan-anh-theo-phuong-ngay";
    static final String CSV = NAME + "-csv";

    private final ReportFigures figures;
    private final OpenDataProperties properties;
    private final Clock clock;

    ReportsPublisher(ReportFigures figures, OpenDataProperties properties, Clock clock) {
        this.figures = figures;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.VIETNAM));
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi ngày, phường, lĩnh vực và trạng thái")
                .titleVi("Phản ánh hiện trường theo phường, lĩnh vực và ngày")
                .titleEn("Residents' reports per ward, category and day")
                .descriptionVi("Số phản ánh nhận mỗi ngày theo phường, lĩnh vực và trạng thái hiện tại, số đã xử lý"
                        + " và thời gian xử lý trung bình (giờ). Ô có ít hơn " + properties.minimumCount()
                        + " phản ánh được ẩn (k-ẩn danh).")
                .descriptionEn("Reports received per day by ward, category and current status, how many were"
                        + " resolved and the mean resolution time (hours). Counts below " + properties.minimumCount()
                        + " are suppressed (k-anonymity).")
                .themes(List.of("GOVE", "REGI"))
                .keywords(List.of("phan-anh", "ihanoi", "do-thi"))
                .frequency("DAILY")
                .temporalStart(today.minusDays(properties.reportDays()))
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
                out,
                "day",
                "ward_code",
                "category",
                "status",
                "reports",
                "resolved",
                "mean_resolution_hours",
                "suppressed");
        figures.daily(today.minusDays(properties.reportDays()), today, row -> {
            boolean small = row.reports() < k;
            csv.row(
                    row.day(),
                    row.wardCode(),
                    row.categoryCode(),
                    row.status(),
                    small ? null : row.reports(),
                    small ? null : row.resolved(),
                    small || row.meanResolutionHours() == null
                            ? null
                            : String.format(Locale.ROOT, "%.1f", row.meanResolutionHours()),
                    small);
        });
        csv.flush();
    }
}
