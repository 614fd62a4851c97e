package org.opencity.identity.web;

import org.opencity.identity.Actor;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminPageController {

    private final AuditTrail audit;

    AdminPageController(AuditTrail audit) {
        this.audit = audit;
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
        model.addAttribute(
                "entries",
                audit.search(
                        admin,
                        new AuditQuery(null, action, null, targetId, null, null),
                        new PageQuery(Math.max(0, page), 50)));
        return "identity/audit";
    }
}
