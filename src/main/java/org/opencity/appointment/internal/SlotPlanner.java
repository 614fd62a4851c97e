package org.opencity.appointment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencity.appointment.Slot;
import org.opencity.appointment.SlotBuilder;
import org.opencity.appointment.SlotId;
import org.opencity.servicepoint.Counter;
import org.opencity.servicepoint.OpenWindow;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Component;

/**
 * Cuts a point's opening windows of a day into slots of {@code slotLength}; a slot's capacity is the appointments per
 * slot of the open counters that serve the line. Slots that start too soon (the lead time) or beyond the horizon are
 * shown with nothing available.
 */
@Component
public class SlotPlanner {

    private final ServicePoints points;
    private final AppointmentRepository repository;
    private final AppointmentProperties rules;
    private final Clock clock;

    SlotPlanner(ServicePoints points, AppointmentRepository repository, AppointmentProperties rules, Clock clock) {
        this.points = points;
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
    }

    public List<Slot> slots(ServicePoint point, String lineCode, LocalDate day) {
        List<OpenWindow> windows = points.windowsOn(point, day);
        if (windows.isEmpty()) {
            return List.of();
        }
        int capacity = capacity(point, lineCode);
        Instant from = windows.get(0).opens().toInstant();
        Instant to = windows.get(windows.size() - 1).closes().toInstant();
        Map<Instant, Integer> booked = repository.booked(point.code(), lineCode, from, to);
        Instant now = clock.instant();
        List<Slot> slots = new ArrayList<>();
        for (OpenWindow window : windows) {
            for (Instant at : starts(window)) {
                int left = bookable(at, now) ? Math.max(0, capacity - booked.getOrDefault(at, 0)) : 0;
                slots.add(SlotBuilder.builder()
                        .id(new SlotId(point.code(), lineCode, at).toString())
                        .pointCode(point.code())
                        .lineCode(lineCode)
                        .start(at)
                        .end(at.plus(rules.slotLength()))
                        .capacity(capacity)
                        .available(left)
                        .place(window.place())
                        .build());
            }
        }
        return slots;
    }

    /** Whether a slot starting at {@code start} is one of the point's slots on that day. */
    public boolean isSlotStart(ServicePoint point, Instant start) {
        LocalDate day = start.atZone(points.windowsZone()).toLocalDate();
        return points.windowsOn(point, day).stream()
                .anyMatch(window -> starts(window).contains(start));
    }

    /** Where the slots of an opening window start: every slot length from its opening, each ending by its close. */
    public List<Instant> starts(OpenWindow window) {
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime at = window.opens();
                !at.plus(rules.slotLength()).isAfter(window.closes());
                at = at.plus(rules.slotLength())) {
            starts.add(at.toInstant());
        }
        return starts;
    }

    public boolean bookable(Instant start, Instant now) {
        return !start.isBefore(now.plus(rules.minLead())) && !start.isAfter(now.plus(rules.horizon()));
    }

    public int capacity(ServicePoint point, String lineCode) {
        return point.countersServing(lineCode).stream()
                .mapToInt(Counter::appointmentsPerSlot)
                .sum();
    }
}
