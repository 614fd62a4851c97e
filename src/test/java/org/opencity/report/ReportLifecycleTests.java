package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencity.report.ReportStatus.ASSIGNED;
import static org.opencity.report.ReportStatus.CLOSED;
import static org.opencity.report.ReportStatus.IN_PROGRESS;
import static org.opencity.report.ReportStatus.RECEIVED;
import static org.opencity.report.ReportStatus.REJECTED;
import static org.opencity.report.ReportStatus.RESOLVED;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every step against every status: the report's life as the README describes it, written out here independently of
 * {@link ReportStep}, so that a change to either shows up.
 */
class ReportLifecycleTests {

    /** Step → (from → to). Anything not listed must be refused. */
    private static final Map<ReportStep, Map<ReportStatus, ReportStatus>> ALLOWED = new EnumMap<>(ReportStep.class);

    static {
        allow(ReportStep.ASSIGNED, RECEIVED, ASSIGNED);
        allow(ReportStep.ASSIGNED, ASSIGNED, ASSIGNED);
        allow(ReportStep.ASSIGNED, IN_PROGRESS, IN_PROGRESS);
        allow(ReportStep.IN_PROGRESS, RECEIVED, IN_PROGRESS);
        allow(ReportStep.IN_PROGRESS, ASSIGNED, IN_PROGRESS);
        allow(ReportStep.IN_PROGRESS, IN_PROGRESS, IN_PROGRESS);
        allow(ReportStep.TRANSFERRED, RECEIVED, RECEIVED);
        allow(ReportStep.TRANSFERRED, ASSIGNED, RECEIVED);
        allow(ReportStep.TRANSFERRED, IN_PROGRESS, RECEIVED);
        for (ReportStatus any : ReportStatus.values()) {
            allow(ReportStep.NOTE, any, any);
            allow(ReportStep.COMMENT, any, any);
        }
        allow(ReportStep.ANSWERED, RECEIVED, IN_PROGRESS);
        allow(ReportStep.ANSWERED, ASSIGNED, ASSIGNED);
        allow(ReportStep.ANSWERED, IN_PROGRESS, IN_PROGRESS);
        for (ReportStatus open : new ReportStatus[] {RECEIVED, ASSIGNED, IN_PROGRESS}) {
            allow(ReportStep.RESOLVED, open, RESOLVED);
            allow(ReportStep.REJECTED, open, REJECTED);
            allow(ReportStep.MERGED, open, CLOSED);
        }
        allow(ReportStep.REOPENED, RESOLVED, IN_PROGRESS);
        allow(ReportStep.REOPENED, CLOSED, IN_PROGRESS);
        allow(ReportStep.RATED, RESOLVED, CLOSED);
        allow(ReportStep.AUTO_CLOSED, RESOLVED, CLOSED);
    }

    private static void allow(ReportStep step, ReportStatus from, ReportStatus to) {
        ALLOWED.computeIfAbsent(step, s -> new EnumMap<>(ReportStatus.class)).put(from, to);
    }

    @Test
    void everyStepFromEveryStatus() {
        int allowed = 0;
        for (ReportStep step : ReportStep.values()) {
            for (ReportStatus from : ReportStatus.values()) {
                ReportStatus expected = ALLOWED.getOrDefault(step, Map.of()).get(from);
                if (expected == null) {
                    assertThat(step.allowedFrom(from))
                            .as("%s from %s", step, from)
                            .isFalse();
                    assertThatThrownBy(() -> step.next(from))
                            .as("%s from %s", step, from)
                            .isInstanceOf(ReportStepNotAllowed.class);
                } else {
                    allowed++;
                    assertThat(step.next(from)).as("%s from %s", step, from).isEqualTo(expected);
                }
            }
        }
        assertThat(allowed)
                .isEqualTo(ALLOWED.values().stream().mapToInt(Map::size).sum());
    }

    @Test
    void aNewReportIsReceivedAndNothingComesBeforeIt() {
        for (ReportStatus any : ReportStatus.values()) {
            assertThat(ReportStep.RECEIVED.allowedFrom(any)).isFalse();
        }
    }

    @Test
    void closedAndRejectedReportsTakeNoOfficerStep() {
        for (ReportStep step : new ReportStep[] {
            ReportStep.ASSIGNED,
            ReportStep.IN_PROGRESS,
            ReportStep.TRANSFERRED,
            ReportStep.ANSWERED,
            ReportStep.RESOLVED,
            ReportStep.REJECTED,
            ReportStep.MERGED
        }) {
            assertThat(step.allowedFrom(CLOSED)).isFalse();
            assertThat(step.allowedFrom(REJECTED)).isFalse();
        }
    }
}
