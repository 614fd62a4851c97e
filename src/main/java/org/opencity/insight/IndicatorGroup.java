package org.opencity.insight;

/**
 * The six groups of Decision 766/QĐ-TTg (23 June 2022) and the points each carries out of 100.
 */
public enum IndicatorGroup {
    PUBLICITY(18),
    TIMELINESS(20),
    ONLINE_SERVICES(12),
    ONLINE_PAYMENT(10),
    SATISFACTION(18),
    DIGITISATION(22);

    private final int points;

    IndicatorGroup(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
