package org.opencity.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.AccountNotFound;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditEntry;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminPageController {

    private final AuditTrail audit;
    private final AccountManagement accounts;

    AdminPageController(AuditTrail audit, AccountManagement accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @GetMapping("/admin/audit")
    String audit(
            Actor admin,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("action", action);
        model.addAttribute("catalogue", audit.catalogue(admin));
        model.addAttribute("targetId", targetId);
        PageResponse<AuditEntry> entries = audit.search(
                admin, new AuditQuery(null, action, null, targetId, null, null), new PageQuery(Math.max(0, page), 50));
        model.addAttribute("entries", entries);
        model.addAttribute("names", peopleNamed(entries.items()));
        return "identity/audit";
    }

    /**
     * The people an audit page refers to by account id (the record an identity check or role change was about, the
     * colleague a report was assigned to), by name, so the administrator reads names instead of ids.
     */
    private Map<String, String> peopleNamed(List<AuditEntry> entries) {
        Map<String, String> names = new HashMap<>();
        for (AuditEntry entry : entries) {
            if ("account".equals(entry.targetType())) {
                nameOf(entry.targetId()).ifPresent(name -> names.put(entry.targetId(), name));
            }
            Object assignee = entry.details().get("assignee");
            if (assignee != null) {
                nameOf(assignee.toString()).ifPresent(name -> names.put(assignee.toString(), name));
            }
        }
        return names;
    }

    private Optional<String> nameOf(String accountId) {
        try {
            return Optional.of(
                    accounts.account(new AccountId(UUID.fromString(accountId))).displayName());
        } catch (IllegalArgumentException | AccountNotFound notAnAccount) {
            return Optional.empty();
        }
    }
}
