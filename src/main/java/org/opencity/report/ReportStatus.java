package org.opencity.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands. A transfer sends it back to RECEIVED in the new unit; a merged duplicate is CLOSED.
 */
public enum ReportStatus {
    RECEIVED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REJECTED;

    private static final Set<ReportStatus> HANDLING = EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS);

    /** Still waiting for the city to act. */
    public boolean beingHandled() {
        return HANDLING.contains(this);
    }

    /** Open311's two-valued status. */
    public String open311() {
        return beingHandled() ? "open" : "closed";
    }
}
