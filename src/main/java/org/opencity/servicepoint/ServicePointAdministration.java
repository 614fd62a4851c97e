package org.opencity.servicepoint;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.Units;
import org.opencity.platform.InvalidRequest;
import org.opencity.servicepoint.internal.PointRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a point's counters and opening hours, by administrators and the point's own clerks; each is audited and
 * checked against the version the editor saw.
 */
@Service
public class ServicePointAdministration {

    public static final int MAX_COUNTERS = 99;

    private final PointRepository repository;
    private final ServicePoints points;
    private final AuditTrail audit;
    private final Units units;

    ServicePointAdministration(PointRepository repository, ServicePoints points, AuditTrail audit, Units units) {
        this.repository = repository;
        this.points = points;
        this.audit = audit;
        this.units = units;
    }

    @Bean
    static AuditActions servicePointAuditActions() {
        return AuditActions.of("audit.module.servicepoint", ServicePointAuditAction.class);
    }

    /** Adds a counter or changes one: the lines it serves, its appointments per slot, whether it is open. */
    @Transactional
    public ServicePoint saveCounter(
            Actor actor,
            String pointCode,
            int seenVersion,
            int number,
            List<String> lineCodes,
            int perSlot,
            boolean active) {
        ServicePoint point = editable(actor, pointCode);
        if (number < 1 || number > MAX_COUNTERS) {
            throw new InvalidRequest("problem.service-point.counter-number", MAX_COUNTERS);
        }
        if (perSlot < 0 || perSlot > 20) {
            throw new InvalidRequest("problem.service-point.per-slot");
        }
        List<String> lines =
                lineCodes == null ? List.of() : lineCodes.stream().distinct().toList();
        if (lines.isEmpty() || lines.stream().anyMatch(line -> point.line(line).isEmpty())) {
            throw new InvalidRequest("problem.service-point.counter-lines");
        }
        bump(point, seenVersion);
        repository.saveCounter(
                point.code(),
                CounterBuilder.builder()
                        .number(number)
                        .lineCodes(lines)
                        .appointmentsPerSlot(perSlot)
                        .active(active)
                        .build());
        record(
                actor,
                point,
                ServicePointAuditAction.SERVICE_POINT_COUNTER_SAVED,
                Map.of("counter", number, "lines", String.join(",", lines), "perSlot", perSlot, "active", active));
        return reread(point.code());
    }

    /** Adds an opening window on a weekday (for a vehicle, with the ward it serves then). */
    @Transactional
    public ServicePoint addOpening(
            Actor actor,
            String pointCode,
            int seenVersion,
            java.time.DayOfWeek weekday,
            LocalTime opens,
            LocalTime closes,
            String wardCode,
            String place) {
        ServicePoint point = editable(actor, pointCode);
        if (weekday == null || opens == null || closes == null || !opens.isBefore(closes)) {
            throw new InvalidRequest("problem.service-point.opening-times");
        }
        if (place != null && place.length() > 200) {
            throw new InvalidRequest("problem.service-point.place-too-long", 200);
        }
        boolean overlaps = point.openings().stream()
                .anyMatch(o -> o.weekday() == weekday && o.opens().isBefore(closes) && opens.isBefore(o.closes()));
        if (overlaps) {
            throw new InvalidRequest("problem.service-point.opening-overlaps");
        }
        bump(point, seenVersion);
        repository.addOpening(
                point.code(),
                OpeningBuilder.builder()
                        .weekday(weekday)
                        .opens(opens)
                        .closes(closes)
                        .wardCode(wardCode == null || wardCode.isBlank() ? null : wardCode)
                        .place(place == null || place.isBlank() ? null : place.strip())
                        .build());
        record(
                actor,
                point,
                ServicePointAuditAction.SERVICE_POINT_OPENING_ADDED,
                Map.of("weekday", weekday.getValue(), "opens", opens.toString(), "closes", closes.toString()));
        return reread(point.code());
    }

    @Transactional
    public ServicePoint removeOpening(Actor actor, String pointCode, int seenVersion, long openingId) {
        ServicePoint point = editable(actor, pointCode);
        Opening opening = point.openings().stream()
                .filter(o -> o.id() == openingId)
                .findFirst()
                .orElseThrow(() -> new InvalidRequest("problem.service-point.opening-unknown"));
        bump(point, seenVersion);
        repository.removeOpening(point.code(), openingId);
        record(
                actor,
                point,
                ServicePointAuditAction.SERVICE_POINT_OPENING_REMOVED,
                Map.of(
                        "weekday",
                        opening.weekday().getValue(),
                        "opens",
                        opening.opens().toString(),
                        "closes",
                        opening.closes().toString()));
        return reread(point.code());
    }

    private ServicePoint editable(Actor actor, String pointCode) {
        points.forget(pointCode);
        ServicePoint point = points.get(pointCode);
        points.requireStaff(actor, point);
        return point;
    }

    private void bump(ServicePoint point, int seenVersion) {
        if (!repository.touch(point.code(), seenVersion)) {
            throw new ServicePointChangedMeanwhile(point.code());
        }
    }

    private ServicePoint reread(String code) {
        points.forget(code);
        return points.get(code);
    }

    private void record(Actor actor, ServicePoint point, ServicePointAuditAction action, Map<String, Object> details) {
        audit.record(
                actor,
                action,
                "service-point",
                point.code(),
                units.byCode(point.unitCode()).id(),
                details);
    }
}
