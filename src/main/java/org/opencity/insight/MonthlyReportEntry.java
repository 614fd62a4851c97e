package org.opencity.insight;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One archived monthly report.
 *
 * @param scheduled whether the schedule produced it (otherwise an operator asked for it)
 * @param cityPercent the city's service index that month, as a share of its measurable points (null: nothing measured)
 */
public record MonthlyReportEntry(YearMonth month, Instant producedAt, boolean scheduled, Double cityPercent) {}
