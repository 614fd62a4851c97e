package org.opencity.insight;

import static org.opencity.insight.IndicatorGroup.DIGITISATION;
import static org.opencity.insight.IndicatorGroup.ONLINE_PAYMENT;
import static org.opencity.insight.IndicatorGroup.ONLINE_SERVICES;
import static org.opencity.insight.IndicatorGroup.PUBLICITY;
import static org.opencity.insight.IndicatorGroup.SATISFACTION;
import static org.opencity.insight.IndicatorGroup.TIMELINESS;

/**
 * The indicators of the service index, each a share (0–1) that earns its points in proportion. The groups and their
 * points are the decision's; the split of a group's points among its indicators is this platform's reading of the
 * decision's appendix, kept here in one place (README, "Decision 766 index"). Names and formulas, in both languages,
 * are the messages {@code insight.indicator.<NAME>.name} and {@code .formula}.
 *
 * <p>An indicator the platform cannot measure yet says why ({@code .unmeasurable}) and earns nothing: the index then
 * shows its points out of what was measurable, never a guess.
 */
public enum Indicator {
    /** Procedures of the unit published with documents, processing time, fee and legal basis. */
    CATALOGUE_COMPLETE(PUBLICITY, 6, true),
    /** Dossiers synchronised to the National Public Service Portal: no connection to it yet. */
    NATIONAL_PORTAL_SYNC(PUBLICITY, 6, false),
    /** Dossiers whose progress anyone can follow with the receipt code and the phone's last digits. */
    PROGRESS_PUBLIC(PUBLICITY, 6, true),
    /** Dossiers finished by their due time. */
    ON_TIME(TIMELINESS, 16, true),
    /** Late dossiers whose applicant received the apology letter with a new date (form 04). */
    LATE_APOLOGISED(TIMELINESS, 4, true),
    /** Procedures of the unit that can be applied for online. */
    PROCEDURES_ONLINE(ONLINE_SERVICES, 4, true),
    /** Dossiers of procedures done fully online, among the dossiers the platform received. */
    DOSSIERS_FULLY_ONLINE(ONLINE_SERVICES, 8, true),
    /** Procedures with a fee that can be paid online. */
    PROCEDURES_PAYABLE_ONLINE(ONLINE_PAYMENT, 4, true),
    /** Dossiers with a fee whose fee was paid online. */
    FEES_PAID_ONLINE(ONLINE_PAYMENT, 6, true),
    /** Ratings of finished dossiers that are satisfied (a mean score of 4 or 5 out of 5). */
    DOSSIER_SATISFACTION(SATISFACTION, 10, true),
    /** Residents' reports resolved by their due time. */
    REPORTS_ON_TIME(SATISFACTION, 4, true),
    /** Residents' mean rating of how their reports were resolved, out of 5. */
    REPORT_RATING(SATISFACTION, 4, true),
    /** Finished dossiers whose result was issued electronically, digitally signed. */
    RESULTS_ELECTRONIC(DIGITISATION, 10, true),
    /** Dossiers received with their documents digitised (uploaded). */
    INPUTS_DIGITISED(DIGITISATION, 6, true),
    /** Documents taken from the state's databases instead of asked again: measured once the data exchange exists. */
    DATA_REUSED(DIGITISATION, 6, false);

    private final IndicatorGroup group;
    private final int points;
    private final boolean measurable;

    Indicator(IndicatorGroup group, int points, boolean measurable) {
        this.group = group;
        this.points = points;
        this.measurable = measurable;
    }

    public IndicatorGroup group() {
        return group;
    }

    public int points() {
        return points;
    }

    /**
     * Whether it reads the procedure catalogue rather than what happened: the same for every ward, so a ward with
     * nothing but these measured has no score of its own.
     */
    public boolean fromCatalogue() {
        return this == CATALOGUE_COMPLETE || this == PROCEDURES_ONLINE || this == PROCEDURES_PAYABLE_ONLINE;
    }

    /** Whether the platform holds what it takes to measure it. */
    public boolean measurable() {
        return measurable;
    }
}
