package org.opencity.insight;

/**
 * How a score reads: of the points that could be measured, 90 % or more is excellent, 70 % good, 50 % average, and
 * below that weak. These thresholds are the platform's, written here once (README, "Decision 766 index").
 */
public enum Band {
    EXCELLENT,
    GOOD,
    AVERAGE,
    WEAK;

    public static Band of(double percent) {
        if (percent >= 90) {
            return EXCELLENT;
        }
        if (percent >= 70) {
            return GOOD;
        }
        return percent >= 50 ? AVERAGE : WEAK;
    }
}
