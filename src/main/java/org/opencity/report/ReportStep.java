package org.opencity.report;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every step a report's timeline can show, with the statuses it may be taken from and the status it leads to. The
 * services ask a step for the next status instead of deciding it themselves, so the rules live here and
 * {@code ReportLifecycleTests} checks them against a table written out independently.
 */
public enum ReportStep {
    /** The report arrives; nothing comes before it. */
    RECEIVED(EnumSet.noneOf(ReportStatus.class), current -> ReportStatus.RECEIVED),
    ASSIGNED(Handling.STATUSES, current -> current == ReportStatus.RECEIVED ? ReportStatus.ASSIGNED : current),
    IN_PROGRESS(Handling.STATUSES, current -> ReportStatus.IN_PROGRESS),
    /** To another unit, which receives it anew. */
    TRANSFERRED(Handling.STATUSES, current -> ReportStatus.RECEIVED),
    /** An officers' internal note; the status stays. */
    NOTE(EnumSet.allOf(ReportStatus.class), current -> current),
    /** A public answer without resolving: a report nobody had started is now being worked on. */
    ANSWERED(Handling.STATUSES, current -> current == ReportStatus.RECEIVED ? ReportStatus.IN_PROGRESS : current),
    RESOLVED(Handling.STATUSES, current -> ReportStatus.RESOLVED),
    REJECTED(Handling.STATUSES, current -> ReportStatus.REJECTED),
    /** Closed as a duplicate of another report. */
    MERGED(Handling.STATUSES, current -> ReportStatus.CLOSED),
    /** A partner system's comment (Open311 update); the status stays. */
    COMMENT(EnumSet.allOf(ReportStatus.class), current -> current),
    /** The resident (within the reopen window) or a partner system says the problem is back. */
    REOPENED(EnumSet.of(ReportStatus.RESOLVED, ReportStatus.CLOSED), current -> ReportStatus.IN_PROGRESS),
    /** The resident rates the fix, which closes the report. */
    RATED(EnumSet.of(ReportStatus.RESOLVED), current -> ReportStatus.CLOSED),
    /** Resolved and not rated for a week. */
    AUTO_CLOSED(EnumSet.of(ReportStatus.RESOLVED), current -> ReportStatus.CLOSED);

    private final Set<ReportStatus> from;
    private final UnaryOperator<ReportStatus> to;

    ReportStep(Set<ReportStatus> from, UnaryOperator<ReportStatus> to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** The status after this step, or {@link ReportStepNotAllowed} when the step is not possible now. */
    public ReportStatus next(ReportStatus current) {
        if (!allowedFrom(current)) {
            throw new ReportStepNotAllowed(current.name());
        }
        return to.apply(current);
    }

    /** The statuses in which the city is still acting on a report. */
    private static final class Handling {
        static final Set<ReportStatus> STATUSES =
                EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS);
    }
}
