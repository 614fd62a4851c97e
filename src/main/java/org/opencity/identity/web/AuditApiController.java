package org.opencity.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditEntry;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only log of officer and administrator actions")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Search the audit log, newest first")
    PageResponse<AuditEntry> search(Actor admin, @RequestParam(required = false) UUID actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.search(admin, new AuditQuery(actor, action, targetType, targetId, from, to),
                PageQuery.of(page, size));
    }
}
