package org.opencity.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencity.OpenCityApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled monthly report on two application instances sharing one database: both try at the same moment, one
 * report is archived and the operators are told once. And the schedule waits for the month's first working day.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=")
class MonthlyReportScheduleTests {

    /** A month no other test produces. */
    static final YearMonth MONTH = YearMonth.of(2024, 6);

    @Autowired
    MonthlyReportSchedule schedule;

    @Autowired
    MonthlyReportWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesProduceTheMonthOnce() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(OpenCityApplication.class)
                .run("--server.port=0", "--spring.autoconfigure.exclude=", "--opencity.demo.enabled=false")) {
            MonthlyReportWriter otherWriter = other.getBean(MonthlyReportWriter.class);
            CyclicBarrier together = new CyclicBarrier(4);
            List<Callable<Boolean>> turns = new ArrayList<>();
            for (MonthlyReportWriter node : List.of(writer, otherWriter, writer, otherWriter)) {
                turns.add(() -> {
                    together.await();
                    return node.produceIfMissing(MONTH);
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Boolean> produced = new ArrayList<>();
            try {
                for (Future<Boolean> turn : pool.invokeAll(turns)) {
                    produced.add(turn.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(produced).containsOnlyOnce(true);
            // Later turns, on either node, find it made.
            assertThat(otherWriter.produceIfMissing(MONTH)).isFalse();
            assertThat(writer.produceIfMissing(MONTH)).isFalse();
        }
        assertThat(jdbc.sql("select count(*) from ins_monthly_report where month = :m")
                        .param("m", MONTH.atDay(1))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        List<Long> noticesPerOperator = jdbc.sql("""
                        select count(*) from ntf_inbox where source_event like 'monthly-report:2024-06:%'
                        group by account_id""").query(Long.class).list();
        assertThat(noticesPerOperator).isNotEmpty().containsOnly(1L);
    }

    @Test
    void theScheduleWaitsForTheFirstWorkingDay() {
        // 1 February 2025 is a Saturday: the first working day is Monday 3 February.
        assertThat(schedule.firstWorkingDay(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(schedule.runFor(LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(jdbc.sql("select count(*) from ins_monthly_report where month = '2025-01-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(schedule.runFor(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(schedule.runFor(LocalDate.of(2025, 2, 4))).as("once").isFalse();
    }
}
