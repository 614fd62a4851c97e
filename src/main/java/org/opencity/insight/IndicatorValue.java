package org.opencity.insight;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One indicator's value for a unit and a period: the numerator and denominator of its formula, the share, and the
 * points it earns.
 *
 * @param state whether it was measured, had nothing to count (no dossier in the period), or cannot be measured yet
 * @param rate numerator ÷ denominator (0–1), or null when not measured
 * @param points the indicator's points × rate, or null when not measured
 */
@RecordBuilder
public record IndicatorValue(
        Indicator indicator, State state, Long numerator, Long denominator, Double rate, Double points) {

    public enum State {
        MEASURED,
        NO_DATA,
        NOT_MEASURABLE
    }

    public boolean measured() {
        return state == State.MEASURED;
    }
}
