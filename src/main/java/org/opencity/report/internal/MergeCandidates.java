package org.opencity.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencity.identity.Actor;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.identity.UnitId;
import org.opencity.report.ReportNotFound;
import org.opencity.report.ReportProperties;
import org.opencity.report.ReportSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's search for the report a duplicate belongs to. It lists only open reports of the units the officer
 * acts for (every unit for city-wide roles), so the search cannot be used to read another ward's reports, and a
 * merge may only go into a report the search could have offered.
 */
@Service
public class MergeCandidates {

    private static final int LIMIT = 10;
    private static final Set<Role> HANDLERS =
            Set.of(Role.WARD_OFFICER, Role.DEPARTMENT_OFFICER, Role.CITY_OPERATOR, Role.ADMINISTRATOR);

    private final ReportRepository reports;
    private final MergeCandidateRepository candidates;
    private final ReportViews views;
    private final ReportProperties properties;

    MergeCandidates(
            ReportRepository reports,
            MergeCandidateRepository candidates,
            ReportViews views,
            ReportProperties properties) {
        this.reports = reports;
        this.candidates = candidates;
        this.views = views;
        this.properties = properties;
    }

    /** Open reports whose number contains the query or whose description has all its words, newest first. */
    @Transactional(readOnly = true)
    public List<MergeCandidate> matching(Actor officer, String number, String query, Locale locale) {
        ReportRecord duplicate = handled(officer, number);
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<UUID> ids = candidates.matching(duplicate.id(), scope(officer), query, LIMIT);
        return listed(duplicate, ids, locale);
    }

    /**
     * Open reports of the same category around the duplicate's point, nearest first. The circle is wider than the
     * one residents are offered when they report: the officer decides, so a few more candidates cost nothing.
     */
    @Transactional(readOnly = true)
    public List<MergeCandidate> nearby(Actor officer, String number, Locale locale) {
        ReportRecord duplicate = handled(officer, number);
        List<UUID> ids = candidates.near(
                duplicate.id(),
                scope(officer),
                duplicate.categoryCode(),
                duplicate.lat(),
                duplicate.lon(),
                properties.duplicateRadiusMetres() * 3,
                LIMIT);
        return listed(duplicate, ids, locale).stream()
                .sorted(Comparator.comparingLong(MergeCandidate::distanceMetres))
                .toList();
    }

    /**
     * Refuses a merge into a report the officer could not have found: one of a unit they do not act for. Whether
     * the target is still open is the merge's own rule ({@code ReportDesk.merge}).
     */
    @Transactional(readOnly = true)
    public void checkTarget(Actor officer, String number, String intoNumber) {
        handled(officer, number);
        String into = intoNumber == null ? "" : intoNumber.strip();
        ReportRecord target = reports.byNumber(into).orElseThrow(() -> new ReportNotFound(into));
        if (!officer.canActForUnit(new UnitId(target.unitId()))) {
            throw new NotAllowed("report", target.number());
        }
    }

    private ReportRecord handled(Actor officer, String number) {
        ReportRecord report = reports.byNumber(number).orElseThrow(() -> new ReportNotFound(number));
        if (HANDLERS.stream().noneMatch(officer::hasRole) || !officer.canActForUnit(new UnitId(report.unitId()))) {
            throw new NotAllowed("report", number);
        }
        return report;
    }

    /** The units whose reports the officer may list; empty means all of them (city-wide roles only). */
    private static List<UUID> scope(Actor officer) {
        if (officer.isCityWide()) {
            return List.of();
        }
        List<UUID> units = officer.assignments().stream()
                .map(a -> a.unitId())
                .filter(Objects::nonNull)
                .map(UnitId::value)
                .distinct()
                .toList();
        // An officer without a unit would otherwise read as "every unit".
        return units.isEmpty() ? List.of(new UUID(0, 0)) : units;
    }

    private List<MergeCandidate> listed(ReportRecord duplicate, List<UUID> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ReportRecord> byId = reports.select(new ReportFilter().ids(ids), ids.size(), 0).stream()
                .collect(Collectors.toMap(ReportRecord::id, Function.identity()));
        List<ReportRecord> ordered =
                ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        List<ReportSummary> summaries = views.summaries(ordered, locale);
        return summaries.stream()
                .map(s -> MergeCandidateBuilder.builder()
                        .report(s)
                        .distanceMetres(Distances.metres(duplicate.lat(), duplicate.lon(), s.lat(), s.lon()))
                        .build())
                .toList();
    }
}
