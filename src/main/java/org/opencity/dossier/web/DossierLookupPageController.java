package org.opencity.dossier.web;

import java.util.Locale;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.internal.DossierNotFound;
import org.opencity.dossier.internal.LookupsThrottled;
import org.opencity.platform.ServiceEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public status look-up by receipt code and the last four digits of the applicant's phone. Posted, not put in
 * the address, so the pair stays out of browser history and server logs.
 */
@Controller
class DossierLookupPageController {

    private final DossierLookup lookup;

    DossierLookupPageController(DossierLookup lookup) {
        this.lookup = lookup;
    }

    @Bean
    static ServiceEntry dossierStatusEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.dossier-status")
                .path("/dossiers/status")
                .icon("clipboard-check")
                .order(25)
                .build();
    }

    @GetMapping("/dossiers/status")
    String form() {
        return "dossier/status";
    }

    /** An unknown code and a wrong pair read the same, so the page tells nothing about dossiers one cannot name. */
    @PostMapping("/dossiers/status")
    String status(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            Locale locale) {
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        try {
            model.addAttribute("found", lookup.status(code, phone));
        } catch (DossierNotFound unknown) {
            model.addAttribute("notFound", true);
        } catch (LookupsThrottled resting) {
            model.addAttribute("throttled", resting.arguments()[0]);
        }
        return "dossier/status";
    }
}
