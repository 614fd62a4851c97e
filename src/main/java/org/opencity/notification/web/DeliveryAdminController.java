package org.opencity.notification.web;

import org.opencity.identity.Actor;
import org.opencity.notification.DeliveryAdministration;
import org.opencity.notification.DeliveryStatus;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' page of outgoing notifications: filter by status, look at the attempts, resend.
 */
@Controller
class DeliveryAdminController {

    private final DeliveryAdministration deliveries;

    DeliveryAdminController(DeliveryAdministration deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/admin/notifications")
    String list(
            Actor admin,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("deliveries", deliveries.deliveries(admin, status, new PageQuery(Math.max(0, page), 30)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", DeliveryStatus.values());
        return "notification/deliveries";
    }

    @GetMapping("/admin/notifications/{id}")
    String one(Actor admin, @PathVariable long id, Model model) {
        model.addAttribute("delivery", deliveries.delivery(admin, id));
        model.addAttribute("attempts", deliveries.attempts(admin, id));
        return "notification/delivery";
    }

    @PostMapping("/admin/notifications/{id}/resend")
    String resend(Actor admin, @PathVariable long id, RedirectAttributes flash) {
        deliveries.resend(admin, id);
        flash.addFlashAttribute("resent", true);
        return "redirect:/admin/notifications/" + id;
    }
}
