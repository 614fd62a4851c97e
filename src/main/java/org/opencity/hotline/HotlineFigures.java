package org.opencity.hotline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencity.hotline.internal.figures.FiguresRepository;
import org.opencity.platform.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's figures for a period, for the call log and for other modules' dashboards: counts and times only, no
 * caller, number or words, so any module may show them.
 */
@Service
public class HotlineFigures {

    /** The longest period asked for at once: a month of hours is 744 rows. */
    public static final Duration MAX_PERIOD = Duration.ofDays(31);

    private final FiguresRepository figures;

    HotlineFigures(FiguresRepository figures) {
        this.figures = figures;
    }

    /** The figures of the calls that started from {@code from} (included) to {@code to} (excluded). */
    @Transactional(readOnly = true)
    public CallFigures between(Instant from, Instant to) {
        if (from == null
                || to == null
                || !from.isBefore(to)
                || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRequest("problem.hotline.period", MAX_PERIOD.toDays());
        }
        FiguresRepository.Counts counts = figures.counts(from, to);
        FiguresRepository.Waits waits = figures.waits(from, to);
        return new CallFigures(
                from,
                to,
                counts.calls(),
                hours(figures.perHour(from, to), from, to),
                counts.aiAlone(),
                counts.handOvers(),
                counts.callBacks(),
                counts.abandoned(),
                duration(waits.averageSeconds()),
                duration(waits.p90Seconds()));
    }

    private static List<CallFigures.HourCount> hours(Map<Instant, Long> counted, Instant from, Instant to) {
        List<CallFigures.HourCount> hours = new ArrayList<>();
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS);
                hour.isBefore(to);
                hour = hour.plus(1, ChronoUnit.HOURS)) {
            hours.add(new CallFigures.HourCount(hour, counted.getOrDefault(hour, 0L)));
        }
        return hours;
    }

    private static Duration duration(Double seconds) {
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }
}
