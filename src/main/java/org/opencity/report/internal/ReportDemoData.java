package org.opencity.report.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actors;
import org.opencity.platform.PageQuery;
import org.opencity.report.Category;
import org.opencity.report.NewReport;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.shared.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few hundred realistic reports across Hanoi's wards for a demo, spread over the last weeks. Runs once, when
 * demo data are on and there is no report yet. Later steps (answers, resolutions) come from {@link DemoProgress}.
 */
@Component
@Order(10)
class ReportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    private static final List<String> STREETS = List.of(
            "Hàng Bạc",
            "Lý Thái Tổ",
            "Trần Duy Hưng",
            "Cầu Giấy",
            "Nguyễn Trãi",
            "Giải Phóng",
            "Láng Hạ",
            "Kim Mã",
            "Xuân Thủy",
            "Tây Sơn",
            "Minh Khai",
            "Nguyễn Văn Cừ");

    private static final java.util.Set<String> CENTRAL =
            java.util.Set.of("00070", "00082", "00004", "00008", "00166", "00160", "00103", "00367", "00226", "00190");

    private final ReportManagement reports;
    private final AdministrativeUnits geography;
    private final Actors actors;
    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final DemoProgress progress;
    private final int count;
    private final boolean enabled;

    ReportDemoData(
            ReportManagement reports,
            AdministrativeUnits geography,
            Actors actors,
            JdbcClient jdbc,
            WorkingCalendar calendar,
            DemoProgress progress,
            @Value("${opencity.demo.enabled}") boolean enabled,
            @Value("${opencity.demo.reports:300}") int count) {
        this.reports = reports;
        this.geography = geography;
        this.actors = actors;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.progress = progress;
        this.enabled = enabled;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled
                || jdbc.sql("select count(*) from rpt_report").query(Long.class).single() > 0) {
            return;
        }
        AccountId resident = actors.byLogin("resident@demo.opencity.vn").orElse(null);
        List<Ward> wards = geography.wardsOf("01", new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
                .filter(Ward::hasBoundary)
                .toList();
        List<Category> categories = reports.categories();
        Random random = new Random(2025);
        int made = 0;
        List<Ward> central =
                wards.stream().filter(w -> CENTRAL.contains(w.code())).toList();
        for (int i = 0; i < count * 3 && made < count; i++) {
            // Most reports come from the dense inner-city wards, as in real life.
            Ward ward = random.nextInt(10) < 4 && !central.isEmpty()
                    ? central.get(random.nextInt(central.size()))
                    : wards.get(random.nextInt(wards.size()));
            double lat = ward.lat() + (random.nextDouble() - 0.5) * 0.004;
            double lon = ward.lon() + (random.nextDouble() - 0.5) * 0.004;
            if (geography
                    .wardAt(lat, lon)
                    .filter(w -> w.code().equals(ward.code()))
                    .isEmpty()) {
                continue;
            }
            Category category = categories.get(random.nextInt(categories.size()));
            String street = STREETS.get(random.nextInt(STREETS.size()));
            PublicReport report = reports.submit(
                    new NewReport(
                            category.code(),
                            DemoTexts.description(category.code(), street, random),
                            lat,
                            lon,
                            "Phố " + street + ", " + ward.name(),
                            random.nextInt(5) == 0,
                            ReportSource.WEB,
                            made % 4 == 0 ? resident : null,
                            null,
                            null,
                            List.of()),
                    Locale.forLanguageTag("vi"));
            backdate(report.number(), Duration.ofMinutes(30 + random.nextInt(60 * 24 * 40)), category);
            progress.advance(report.number(), random);
            made++;
        }
        log.info("Created {} demo reports", made);
    }

    private void backdate(String number, Duration age, Category category) {
        Instant created = Instant.now().minus(age);
        Instant due = calendar.plusWorkingTime(created, Duration.ofHours(category.slaWorkingHours()));
        jdbc.sql("update rpt_report set created_at = :c, updated_at = :c, due_at = :d where number = :n")
                .param("c", java.sql.Timestamp.from(created))
                .param("d", java.sql.Timestamp.from(due))
                .param("n", number)
                .update();
        jdbc.sql(
                        "update rpt_event set occurred_at = :c where report_id = (select id from rpt_report where number = :n)")
                .param("c", java.sql.Timestamp.from(created))
                .param("n", number)
                .update();
    }
}
