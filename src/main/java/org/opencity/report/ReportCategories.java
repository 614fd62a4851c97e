package org.opencity.report;

import java.util.Map;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.internal.CategoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators edit the routing rules of categories: the deadline and whether a city department handles it.
 */
@Service
public class ReportCategories {

    private final CategoryRepository categories;
    private final Units units;
    private final AuditTrail audit;

    ReportCategories(CategoryRepository categories, Units units, AuditTrail audit) {
        this.categories = categories;
        this.units = units;
        this.audit = audit;
    }

    /** Every category, inactive ones included, for the administrators' page. */
    public java.util.List<Category> all(Actor admin) {
        if (!admin.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
        return categories.all();
    }

    @Transactional
    public Category updateRule(
            Actor admin, String code, int slaWorkingHours, String departmentUnitCode, boolean active) {
        if (!admin.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
        Category before = categories.byCode(code).orElseThrow(() -> new UnknownCategory(code));
        if (slaWorkingHours < 1 || slaWorkingHours > 2000) {
            throw new InvalidRequest("problem.report.sla-range");
        }
        String department =
                departmentUnitCode == null || departmentUnitCode.isBlank() ? null : departmentUnitCode.trim();
        if (department != null && units.byCode(department).kind() != UnitKind.CITY_DEPARTMENT) {
            throw new InvalidRequest("problem.role.unit-kind-mismatch");
        }
        categories.updateRule(code, slaWorkingHours, department, active);
        audit.record(
                admin,
                ReportAuditAction.REPORT_CATEGORY_CHANGED,
                "report-category",
                code,
                null,
                Map.of(
                        "slaBefore",
                        before.slaWorkingHours(),
                        "sla",
                        slaWorkingHours,
                        "departmentBefore",
                        String.valueOf(before.departmentUnitCode()),
                        "department",
                        String.valueOf(department),
                        "active",
                        active));
        return categories.byCode(code).orElseThrow();
    }
}
