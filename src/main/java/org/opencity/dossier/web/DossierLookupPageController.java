package org.opencity.dossier.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.internal.DossierNotFound;
import org.opencity.dossier.internal.LookupsThrottled;
import org.opencity.platform.FormErrors;
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

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final DossierLookup lookup;
    private final PageOutcomes outcomes;

    DossierLookupPageController(DossierLookup lookup, PageOutcomes outcomes) {
        this.lookup = lookup;
        this.outcomes = outcomes;
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
    String form(Model model) {
        model.addAttribute("formErrors", FormErrors.none());
        return "dossier/status";
    }

    /**
     * An unknown code and a wrong pair read the same, so the page tells nothing about dossiers one cannot name.
     * A field left empty or mistyped is said at once, by field, and does not count as a wrong try.
     */
    @PostMapping("/dossiers/status")
    String status(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            Locale locale) {
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        FormErrors errors = FormErrors.none();
        model.addAttribute("formErrors", errors);
        if (code.isBlank()) {
            errors.add("code", outcomes.message("dossier.guided.lookup.error.code", locale));
        }
        if (!FOUR_DIGITS.matcher(phone.strip()).matches()) {
            errors.add("phone", outcomes.message("dossier.guided.lookup.error.phone", locale));
        }
        if (!errors.isEmpty()) {
            return "dossier/status";
        }
        try {
            model.addAttribute("found", lookup.status(code, phone.strip()));
        } catch (DossierNotFound unknown) {
            errors.add("code", outcomes.message("dossier.lookup.not-found", locale));
        } catch (LookupsThrottled resting) {
            model.addAttribute("throttled", resting.arguments()[0]);
        }
        return "dossier/status";
    }
}
