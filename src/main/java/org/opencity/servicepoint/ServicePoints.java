package org.opencity.servicepoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.WardMatch;
import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.RoleAssignment;
import org.opencity.identity.Units;
import org.opencity.servicepoint.internal.PointRepository;
import org.opencity.shared.VietnameseText;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Service;

/**
 * The service points' API: find a point, its lines, counters and when it is open on a day, and who may work at it.
 * Points are read often (every ticket and booking) and change rarely, so each is kept for a few seconds; a change made
 * here is seen at once on this node and within {@link #FRESH_FOR} on the others.
 */
@Service
public class ServicePoints {

    public static final int MAX_RESULTS = 200;
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final String HOME_PROVINCE = "01";

    private final PointRepository repository;
    private final AdministrativeUnits geography;
    private final Units units;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ServicePoints(
            PointRepository repository,
            AdministrativeUnits geography,
            Units units,
            WorkingCalendar calendar,
            Clock clock) {
        this.repository = repository;
        this.geography = geography;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Optional<ServicePoint> find(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(code);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.point());
        }
        Optional<ServicePoint> found = repository.find(code);
        found.ifPresent(point -> cache.put(code, new Cached(point, now.plus(FRESH_FOR))));
        return found;
    }

    public ServicePoint get(String code) {
        return find(code).orElseThrow(() -> new ServicePointNotFound(code));
    }

    /**
     * Points by ward name (current or former, diacritics optional) or by the point's own name; a ward code narrows to
     * that ward; vehicles are found by the wards they stop in.
     */
    public List<ServicePoint> search(String query, String wardCode, PointKind kind) {
        List<String> wards = new ArrayList<>();
        String folded = null;
        if (wardCode != null && !wardCode.isBlank()) {
            wards.add(geography.ward(wardCode).code());
        }
        if (query != null && !query.isBlank()) {
            folded = VietnameseText.foldQuery(query);
            if (!folded.isEmpty() && wards.isEmpty()) {
                geography.search(query, HOME_PROVINCE, 20).stream()
                        .map(WardMatch::ward)
                        .forEach(ward -> wards.add(ward.code()));
            }
        }
        return repository.search(kind, wards, folded, MAX_RESULTS);
    }

    /**
     * When the point is open on a day: its windows for that weekday, none on a public holiday. A vehicle's windows say
     * where it stands.
     */
    public List<OpenWindow> windowsOn(ServicePoint point, LocalDate day) {
        if (calendar.holidays().contains(day)) {
            return List.of();
        }
        return point.openings().stream()
                .filter(opening -> opening.weekday() == day.getDayOfWeek())
                .sorted(Comparator.comparing(Opening::opens))
                .map(opening -> new OpenWindow(
                        ZonedDateTime.of(day, opening.opens(), calendar.zone()),
                        ZonedDateTime.of(day, opening.closes(), calendar.zone()),
                        opening.wardCode() == null ? point.wardCode() : opening.wardCode(),
                        opening.place(),
                        opening.lat() == null ? point.lat() : opening.lat(),
                        opening.lon() == null ? point.lon() : opening.lon()))
                .toList();
    }

    /** Whether the point is open at an instant. */
    public boolean isOpenAt(ServicePoint point, Instant instant) {
        LocalDate day = instant.atZone(calendar.zone()).toLocalDate();
        return windowsOn(point, day).stream()
                .anyMatch(w -> !instant.isBefore(w.opens().toInstant())
                        && instant.isBefore(w.closes().toInstant()));
    }

    public boolean isOpenNow(ServicePoint point) {
        return isOpenAt(point, clock.instant());
    }

    /** The window an instant falls in, if the point is open then. */
    public Optional<OpenWindow> windowAt(ServicePoint point, Instant instant) {
        LocalDate day = instant.atZone(calendar.zone()).toLocalDate();
        return windowsOn(point, day).stream()
                .filter(w -> !instant.isBefore(w.opens().toInstant())
                        && instant.isBefore(w.closes().toInstant()))
                .findFirst();
    }

    /** The time zone opening hours are in (the city's). */
    public java.time.ZoneId windowsZone() {
        return calendar.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** Points whose desk the person works at: every point for city-wide roles, else the points of their units. */
    public List<ServicePoint> workplaces(Actor actor) {
        if (actor.isCityWide()) {
            return repository.search(null, List.of(), null, MAX_RESULTS);
        }
        List<String> unitCodes = actor.assignments().stream()
                .map(RoleAssignment::unitCode)
                .filter(Objects::nonNull)
                .toList();
        return unitCodes.isEmpty() ? List.of() : repository.ofUnits(unitCodes);
    }

    /** Refuses (audited) anyone but city-wide roles and the officers of the unit that runs the point. */
    public void requireStaff(Actor actor, ServicePoint point) {
        if (actor == null || !isStaff(actor, point)) {
            throw new NotAllowed("service-point", point.code());
        }
    }

    public boolean isStaff(Actor actor, ServicePoint point) {
        return actor.canActForUnit(units.byCode(point.unitCode()).id());
    }

    /** Forgets what this node kept of a point, after a change here. */
    void forget(String code) {
        cache.remove(code);
    }

    /** Reads a point again from the database on its next use here (after a change made outside this service). */
    public void refresh(String code) {
        forget(code);
    }

    private record Cached(ServicePoint point, Instant until) {}
}
