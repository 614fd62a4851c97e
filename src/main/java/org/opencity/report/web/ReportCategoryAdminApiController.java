package org.opencity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.opencity.identity.Actor;
import org.opencity.report.Category;
import org.opencity.report.ReportCategories;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportCategoryAdminApiController {

    private final ReportCategories categories;

    ReportCategoryAdminApiController(ReportCategories categories) {
        this.categories = categories;
    }

    @PutMapping("/api/v1/admin/report-categories/{code}")
    @Operation(summary = "Administrators: a category's deadline and routing to a department")
    Category update(Actor admin, @PathVariable String code, @Valid @RequestBody Rule rule) {
        return categories.updateRule(admin, code, rule.slaWorkingHours(), rule.departmentUnitCode(), rule.active());
    }

    record Rule(
            @Min(1) @Max(2000) int slaWorkingHours,
            @Size(max = 40) String departmentUnitCode,
            boolean active) {}
}
