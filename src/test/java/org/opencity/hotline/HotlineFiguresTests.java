package org.opencity.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.hotline.internal.call.CallRecord;
import org.opencity.hotline.internal.queue.CallbackRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.queue.WaitStatus;
import org.opencity.platform.InvalidRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hotline's figures over a day of known calls: per hour, the AI's share, hand-overs, waits (p90), abandoned. */
@SpringBootTest
class HotlineFiguresTests {

    /**
     * A day a month ago: no other test makes calls then, and the hotline's retention (half a year) keeps them while
     * the test runs.
     */
    private static final Instant DAY =
            Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(30));

    @Autowired
    HotlineFigures figures;

    @Autowired
    TestCalls calls;

    @Autowired
    QueueRepository queue;

    @Autowired
    CallbackRepository callbacks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDayOfKnownCallsGivesItsFigures() {
        jdbc.sql("delete from htl_call where started_at >= :from and started_at < :to")
                .param("from", Timestamp.from(DAY))
                .param("to", Timestamp.from(DAY.plus(Duration.ofDays(2))))
                .update();
        ended("01:10", CallOutcome.ANSWERED_BY_AI);
        ended("01:20", CallOutcome.STATUS_CHECKED);
        ended("01:30", CallOutcome.REPORT_LEFT);
        // Asked for a person, then went back to the assistant: not the AI alone.
        CallRecord back = ended("02:05", CallOutcome.ANSWERED_BY_AI);
        WaitRecord left = queue.enqueue(back.id(), at("02:05").plusSeconds(20));
        queue.close(left.id(), WaitStatus.WAITING, WaitStatus.CLOSED, "BACK_TO_ASSISTANT", null, at("02:06"));
        accepted("02:10", 10);
        accepted("02:20", 20);
        accepted("03:00", 30);
        accepted("03:10", 40);
        CallRecord callBack = ended("03:20", CallOutcome.CALL_BACK);
        WaitRecord booked = queue.enqueue(callBack.id(), at("03:20").plusSeconds(5));
        queue.close(booked.id(), WaitStatus.WAITING, WaitStatus.CLOSED, "CALL_BACK", null, at("03:22"));
        callbacks.book(callBack.id(), "0912345678", at("03:22"));
        // Rung back already, so it does not wait on the consoles of the other tests.
        callbacks.done(
                callbacks.ofCall(callBack.id()).orElseThrow().id(),
                UUID.randomUUID(),
                "Tổng đài viên",
                null,
                at("04:00"));
        ended("04:00", CallOutcome.ABANDONED);
        // The next day: outside the period (its end is excluded).
        calls.ended(calls.started("0912345678", DAY.plus(Duration.ofDays(1))), CallOutcome.ANSWERED_BY_AI, DAY);

        CallFigures day = figures.between(DAY, DAY.plus(Duration.ofDays(1)));

        assertThat(day.calls()).isEqualTo(10);
        assertThat(day.answeredByAiAlone()).isEqualTo(3);
        assertThat(day.aiShare()).isEqualTo(0.3);
        assertThat(day.handOvers()).isEqualTo(6);
        assertThat(day.callBacks()).isEqualTo(1);
        assertThat(day.abandoned()).isEqualTo(1);
        assertThat(day.averageWait()).isEqualTo(Duration.ofSeconds(25));
        // percentile_cont(0.9) over 10, 20, 30, 40 s: 30 + 0.7 × (40 − 30).
        assertThat(day.p90Wait()).isEqualTo(Duration.ofSeconds(37));
        assertThat(day.callsPerHour()).hasSize(24);
        assertThat(day.callsPerHour().subList(0, 6))
                .extracting(CallFigures.HourCount::calls)
                .containsExactly(0L, 3L, 3L, 3L, 1L, 0L);
        assertThat(day.callsPerHour().get(1).hour()).isEqualTo(at("01:00"));
    }

    @Test
    void aPeriodWithoutAcceptedCallsHasNoWaitAndAnEmptyOrReversedPeriodIsRefused() {
        Instant quiet = Instant.parse("2001-01-01T00:00:00Z");
        CallFigures none = figures.between(quiet, quiet.plus(Duration.ofHours(3)));
        assertThat(none.calls()).isZero();
        assertThat(none.aiShare()).isZero();
        assertThat(none.averageWait()).isNull();
        assertThat(none.p90Wait()).isNull();
        assertThat(none.callsPerHour()).hasSize(3);
        assertThatThrownBy(() -> figures.between(quiet, quiet)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> figures.between(quiet, quiet.plus(Duration.ofDays(40))))
                .isInstanceOf(InvalidRequest.class);
    }

    private CallRecord ended(String time, CallOutcome outcome) {
        CallRecord call = calls.started(
                "0912" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\D", "1"), at(time));
        calls.ended(call, outcome, at(time).plusSeconds(90));
        return call;
    }

    private void accepted(String time, int waitedSeconds) {
        CallRecord call = ended(time, CallOutcome.HANDED_OVER);
        WaitRecord wait = queue.enqueue(call.id(), at(time).plusSeconds(15));
        queue.accept(
                wait.id(), UUID.randomUUID(), "Tổng đài viên", "0912000111", at(time).plusSeconds(15 + waitedSeconds));
    }

    private static Instant at(String time) {
        String[] hourAndMinute = time.split(":");
        return DAY.plus(Duration.ofHours(Long.parseLong(hourAndMinute[0])))
                .plus(Duration.ofMinutes(Long.parseLong(hourAndMinute[1])));
    }
}
