package org.opencity.queue;

import java.time.LocalDate;

/**
 * One point's queue on one day, for the dashboards.
 *
 * @param tickets tickets taken (walk-ins and checked-in appointments)
 * @param averageWaitSeconds from taking the ticket to its (last) call, over the tickets called; null when none was
 * @param p90WaitSeconds nine tickets in ten were called within this
 * @param averageServiceSeconds from the start of service to its end, over finished tickets
 * @param noShowRate no-shows over the tickets that ended (finished or no-show); null when none ended
 */
public record PointDayFigures(
        String pointCode,
        LocalDate day,
        int tickets,
        Double averageWaitSeconds,
        Double p90WaitSeconds,
        Double averageServiceSeconds,
        Double noShowRate) {}
