package org.opencity.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every step a resident or an officer can take on a dossier, with the statuses it may start from. The target is
 * fixed for most steps; {@link #RESUBMIT} returns to where the dossier was sent back from.
 */
public enum DossierAction {
    SUBMIT(false, EnumSet.of(DossierStatus.DRAFT), DossierStatus.SUBMITTED),
    RESUBMIT(false, EnumSet.of(DossierStatus.RETURNED), null),
    WITHDRAW(
            false,
            EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierStatus.RETURNED, DossierStatus.RECEIVED),
            DossierStatus.WITHDRAWN),
    RECEIVE(true, EnumSet.of(DossierStatus.SUBMITTED), DossierStatus.RECEIVED),
    RETURN_FOR_SUPPLEMENT(
            true, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.IN_PROCESSING), DossierStatus.RETURNED),
    NOT_ACCEPT(true, EnumSet.of(DossierStatus.SUBMITTED), DossierStatus.NOT_ACCEPTED),
    ASSIGN(true, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING), DossierStatus.IN_PROCESSING),
    FORWARD(true, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING), DossierStatus.IN_PROCESSING),
    REQUEST_OPINION(true, EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.IN_PROCESSING),
    APPROVE(true, EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.APPROVED),
    REFUSE(true, EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.REFUSED),
    ISSUE_RESULT(true, EnumSet.of(DossierStatus.APPROVED), DossierStatus.RESULT_ISSUED),
    DELIVER(true, EnumSet.of(DossierStatus.RESULT_ISSUED), DossierStatus.DELIVERED),
    /** A late dossier: the apology letter with a new date (Circular 01/2018, form 04); the status stays. */
    APOLOGISE(true, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESSING, DossierStatus.APPROVED), null);

    private final boolean byOfficer;
    private final Set<DossierStatus> from;
    private final DossierStatus to;

    DossierAction(boolean byOfficer, Set<DossierStatus> from, DossierStatus to) {
        this.byOfficer = byOfficer;
        this.from = from;
        this.to = to;
    }

    public boolean byOfficer() {
        return byOfficer;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /**
     * The status after this step.
     *
     * @param returnedDuringProcessing for a resubmission: whether the dossier was sent back while in processing
     *        (it goes back to processing) or at the desk (it is checked again)
     */
    public DossierStatus next(DossierStatus current, boolean returnedDuringProcessing) {
        if (!allowedFrom(current)) {
            throw new DossierStepNotAllowed(this, current);
        }
        if (this == RESUBMIT) {
            return returnedDuringProcessing ? DossierStatus.IN_PROCESSING : DossierStatus.SUBMITTED;
        }
        return to == null ? current : to;
    }
}
