package org.opencity.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The hotline's figures for the calls that started in a period [from, to).
 *
 * @param callsPerHour every hour of the period (hours starting at {@code from} rounded down to the hour), with the
 *     calls that started in it, zero included
 * @param answeredByAiAlone calls that ended as an AI answer, a dossier status check or a voice report without the
 *     caller ever waiting for a person
 * @param handOvers calls in which the caller asked for a person and waited in the queue
 * @param callBacks call-backs booked
 * @param abandoned calls that ended with the caller hanging up before anything was done or while waiting
 * @param averageWait the mean time from joining the queue to an agent accepting, over the accepted hand-overs; null
 *     when none was accepted
 * @param p90Wait the 90th percentile of the same (continuous, as PostgreSQL's {@code percentile_cont}); null when none
 */
public record CallFigures(
        Instant from,
        Instant to,
        long calls,
        List<HourCount> callsPerHour,
        long answeredByAiAlone,
        long handOvers,
        long callBacks,
        long abandoned,
        Duration averageWait,
        Duration p90Wait) {

    public CallFigures {
        callsPerHour = List.copyOf(callsPerHour);
    }

    /** The share of calls the AI handled alone, between 0 and 1 (0 when there were no calls). */
    public double aiShare() {
        return calls == 0 ? 0 : (double) answeredByAiAlone / calls;
    }

    /** The calls that started in one hour. */
    public record HourCount(Instant hour, long calls) {}
}
