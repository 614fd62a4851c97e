package org.opencity.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period of whole days cut for figures kept at two levels, per day and per month: the days before its first whole
 * month, its whole months, and the days after them. A year is then read from twelve month rows and a few day rows.
 * An empty part has its start after its end, which a SQL {@code between} matches nowhere.
 *
 * @param headFrom first day of the leading days
 * @param headTo last day of the leading days
 * @param firstMonth first day of the first whole month
 * @param lastMonth first day of the last whole month
 * @param tailFrom first day of the trailing days
 * @param tailTo last day of the trailing days
 */
public record PeriodSplit(
        LocalDate headFrom,
        LocalDate headTo,
        LocalDate firstMonth,
        LocalDate lastMonth,
        LocalDate tailFrom,
        LocalDate tailTo) {

    public static PeriodSplit of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1
                ? from
                : YearMonth.from(from).plusMonths(1).atDay(1);
        YearMonth lastWholeMonth = to.equals(YearMonth.from(to).atEndOfMonth())
                ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        LocalDate lastWholeEnd = lastWholeMonth.atEndOfMonth();
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new PeriodSplit(from, to, nothingFrom(to), to, nothingFrom(to), to);
        }
        return new PeriodSplit(
                from, firstWhole.minusDays(1), firstWhole, lastWholeMonth.atDay(1), lastWholeEnd.plusDays(1), to);
    }

    /** The same period read day by day: everything in the head, no months, no tail. */
    public PeriodSplit allDays() {
        LocalDate from = headFrom;
        LocalDate to = tailTo;
        return new PeriodSplit(from, to, nothingFrom(to), to, nothingFrom(to), to);
    }

    private static LocalDate nothingFrom(LocalDate to) {
        return to.plusDays(1);
    }
}
