package org.opencity.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Role;
import org.opencity.identity.RoleAssignment;
import org.opencity.identity.StaffManagement;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Units, their officers, and roles granted by administrators")
class StaffApiController {

    private final StaffManagement staff;
    private final Units units;

    StaffApiController(StaffManagement staff, Units units) {
        this.staff = staff;
        this.units = units;
    }

    @GetMapping("/units")
    @Operation(summary = "City departments, ward committees and public-service centres")
    List<Unit> units(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String ward) {
        return units.list(kind, ward);
    }

    @GetMapping("/units/{code}")
    Unit unit(@PathVariable String code) {
        return units.byCode(code);
    }

    @GetMapping("/units/{code}/officers")
    @Operation(summary = "Officers of a unit (its own members, operators and administrators only)")
    List<Account> officers(Actor viewer, @PathVariable String code) {
        return staff.membersOf(viewer, units.byCode(code).id());
    }

    @PostMapping("/admin/officers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an officer account with a role")
    Account createOfficer(Actor admin, @Valid @RequestBody NewOfficer request) {
        return staff.createOfficer(admin, request.account().registration(), request.role(), request.unitCode());
    }

    @GetMapping("/admin/accounts/{id}/roles")
    List<RoleAssignment> roles(Actor admin, @PathVariable UUID id) {
        return staff.rolesOf(admin, new AccountId(id));
    }

    @PostMapping("/admin/accounts/{id}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grant(Actor admin, @PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        staff.grant(admin, new AccountId(id), change.role(), change.unitCode());
    }

    @DeleteMapping("/admin/accounts/{id}/roles/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(
            Actor admin, @PathVariable UUID id, @PathVariable Role role, @RequestParam(required = false) String unit) {
        staff.revoke(admin, new AccountId(id), role, unit);
    }

    record NewOfficer(
            @Valid @NotNull SignUpRequest account,
            @NotNull Role role,
            @Size(max = 40) String unitCode) {}

    record RoleChange(@NotNull Role role, @Size(max = 40) String unitCode) {}
}
