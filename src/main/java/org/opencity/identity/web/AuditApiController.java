package org.opencity.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditEntry;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only log of officer and administrator actions")
class AuditApiController {

    private final AuditTrail audit;
    private final MessageSource messages;

    AuditApiController(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/actions")
    @Operation(
            summary = "The actions the audit log records, grouped by module, with their names in the caller's language")
    List<ActionGroup> actions(Actor admin, Locale locale) {
        return audit.catalogue(admin).stream()
                .map(group -> new ActionGroup(
                        group.module().replace("audit.module.", ""),
                        messages.getMessage(group.module(), null, group.module(), locale),
                        group.actions().stream()
                                .map(a -> new ActionName(
                                        a.name(),
                                        messages.getMessage("audit.action." + a.name(), null, a.name(), locale)))
                                .toList()))
                .toList();
    }

    /** A module's actions. */
    record ActionGroup(String module, String label, List<ActionName> actions) {}

    /** An action's stable name and its label. */
    record ActionName(String name, String label) {}

    @GetMapping
    @Operation(summary = "Search the audit log, newest first")
    PageResponse<AuditEntry> search(
            Actor admin,
            @RequestParam(required = false) UUID actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.search(
                admin, new AuditQuery(actor, action, targetType, targetId, from, to), PageQuery.of(page, size));
    }
}
