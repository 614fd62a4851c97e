package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.report.OfficerReport;
import org.opencity.report.ReportManagement;
import org.springframework.stereotype.Component;

/**
 * The units a report can be transferred to, by name and grouped by kind, so the officer picks one instead of typing
 * its code: first the likely ones (the ward where the problem is, the department its category belongs to), then
 * every ward and every department. Public-service centres take dossiers, not reports, so they are left out.
 */
@Component
class TransferChoices {

    /** An option of the picker: the code is posted, the name is shown. */
    @RecordBuilder
    record UnitOption(String code, String name) {}

    /** An {@code <optgroup>}: its label's message key and its units, in alphabetical order of the page's language. */
    @RecordBuilder
    record UnitGroup(String labelKey, List<UnitOption> units) {}

    private final Units units;
    private final ReportManagement reports;

    TransferChoices(Units units, ReportManagement reports) {
        this.units = units;
        this.reports = reports;
    }

    List<UnitGroup> forReport(OfficerReport report, Locale locale) {
        UUID current = report.unitId();
        List<UnitGroup> groups = new ArrayList<>();
        List<Unit> likely = likelyUnits(report).stream()
                .filter(u -> !u.id().value().equals(current))
                .toList();
        add(groups, "desk.transfer.group.suggested", likely, locale, false);
        add(groups, "desk.transfer.group.wards", others(UnitKind.WARD_COMMITTEE, current), locale, true);
        add(groups, "desk.transfer.group.departments", others(UnitKind.CITY_DEPARTMENT, current), locale, true);
        return groups;
    }

    private Set<Unit> likelyUnits(OfficerReport report) {
        Set<Unit> likely = new LinkedHashSet<>();
        units.ofWard(report.report().wardCode(), UnitKind.WARD_COMMITTEE).ifPresent(likely::add);
        String department = reports.category(report.report().categoryCode()).departmentUnitCode();
        if (department != null) {
            likely.add(units.byCode(department));
        }
        return likely;
    }

    private List<Unit> others(UnitKind kind, UUID current) {
        return units.list(kind, null).stream()
                .filter(u -> !u.id().value().equals(current))
                .toList();
    }

    private static void add(List<UnitGroup> groups, String labelKey, List<Unit> members, Locale locale, boolean sort) {
        if (members.isEmpty()) {
            return;
        }
        Collator collator =
                Collator.getInstance(Locale.forLanguageTag("vi".equals(locale.getLanguage()) ? "vi" : "en"));
        Stream<UnitOption> options = members.stream()
                .filter(Objects::nonNull)
                .map(u -> TransferChoicesUnitOptionBuilder.builder()
                        .code(u.code())
                        .name(u.name(locale))
                        .build());
        if (sort) {
            options = options.sorted(Comparator.comparing(UnitOption::name, collator));
        }
        groups.add(TransferChoicesUnitGroupBuilder.builder()
                .labelKey(labelKey)
                .units(options.toList())
                .build());
    }
}
