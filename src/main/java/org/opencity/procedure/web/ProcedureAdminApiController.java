package org.opencity.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.opencity.identity.Actor;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureAdministration;
import org.opencity.procedure.ProcedureChange;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.ProcedureRevision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/procedures/{code}")
@Tag(name = "Procedures")
class ProcedureAdminApiController {

    private final ProcedureAdministration administration;

    ProcedureAdminApiController(ProcedureAdministration administration) {
        this.administration = administration;
    }

    @PutMapping
    @Operation(
            summary = "Administrators: a new version of a procedure, made from `version` "
                    + "(409 if someone saved since)")
    Procedure update(Actor admin, @PathVariable String code, @Valid @RequestBody ProcedureChange change) {
        return administration.update(admin, ProcedureCode.of(code), change);
    }

    @GetMapping("/revisions")
    @Operation(
            summary = "Administrators: the changes made to a procedure, newest first, "
                    + "each with the previous version")
    List<ProcedureRevision> revisions(Actor admin, @PathVariable String code) {
        return administration.history(admin, ProcedureCode.of(code));
    }
}
