package org.opencity.report.internal;

import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.report.Category;
import org.springframework.stereotype.Component;

/**
 * Who handles a report: the department a category names (rules administrators edit), otherwise the People's
 * Committee of the ward where the problem is.
 */
@Component
public class RoutingPolicy {

    private final Units units;

    RoutingPolicy(Units units) {
        this.units = units;
    }

    /** The unit that places reports nobody could place, and sends them on. */
    public Unit cityOperators(String unitCode) {
        return units.byCode(unitCode);
    }

    public Unit route(Category category, String wardCode) {
        if (category.departmentUnitCode() != null) {
            return units.byCode(category.departmentUnitCode());
        }
        return units.ofWard(wardCode, UnitKind.WARD_COMMITTEE)
                .orElseThrow(() -> new IllegalStateException("ward " + wardCode + " has no People's Committee unit"));
    }
}
