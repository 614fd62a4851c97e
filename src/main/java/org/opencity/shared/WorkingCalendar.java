package org.opencity.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Office hours of Vietnamese public administration: Monday to Friday, 08:00–12:00 and 13:00–17:00, except
 * public holidays. Deadlines (SLA, legal processing times) count only this time.
 */
public record WorkingCalendar(ZoneId zone, List<Window> windows, Set<LocalDate> holidays) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final List<Window> OFFICE_HOURS = List.of(
            new Window(LocalTime.of(8, 0), LocalTime.of(12, 0)), new Window(LocalTime.of(13, 0), LocalTime.of(17, 0)));

    public WorkingCalendar {
        windows = List.copyOf(windows);
        holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar vietnam(Set<LocalDate> holidays) {
        return new WorkingCalendar(VIETNAM, OFFICE_HOURS, holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The instant when {@code workingTime} of office hours has passed after {@code start}. */
    /** Whether the instant falls in office hours of a working day. */
    public boolean isOpenAt(Instant instant) {
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(instant, zone);
        if (!isWorkingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return windows.stream().anyMatch(window -> !time.isBefore(window.opens()) && time.isBefore(window.closes()));
    }

    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative");
        }
        ZonedDateTime cursor = start.atZone(zone);
        Duration remaining = workingTime;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                for (Window window : windows) {
                    ZonedDateTime opens = day.atTime(window.opens()).atZone(zone);
                    ZonedDateTime closes = day.atTime(window.closes()).atZone(zone);
                    if (!cursor.isBefore(closes)) {
                        continue;
                    }
                    ZonedDateTime from = cursor.isAfter(opens) ? cursor : opens;
                    Duration available = Duration.between(from, closes);
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                    cursor = closes;
                }
            }
            cursor = day.plusDays(1).atStartOfDay(zone);
        }
    }

    /** Office time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        ZonedDateTime end = to.atZone(zone);
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Window window : windows) {
                Instant opens = day.atTime(window.opens()).atZone(zone).toInstant();
                Instant closes = day.atTime(window.closes()).atZone(zone).toInstant();
                Instant a = opens.isAfter(from) ? opens : from;
                Instant b = closes.isBefore(to) ? closes : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /** The instant after {@code days} whole working days, counted from the next office opening. */
    public Instant plusWorkingDays(Instant start, int days) {
        Duration perDay = windows.stream()
                .map(w -> Duration.between(w.opens(), w.closes()))
                .reduce(Duration.ZERO, Duration::plus);
        return plusWorkingTime(start, perDay.multipliedBy(days));
    }

    public record Window(LocalTime opens, LocalTime closes) {}
}
