package org.opencity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountNotFound;
import org.opencity.identity.Actor;
import org.opencity.identity.IdentityVerification;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.ResidentLookup;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's desk: their units, and the citizen ID check that raises a resident to identity level 2.
 */
@Controller
class OfficerPageController {

    private final PageMessages messages;

    private final IdentityVerification identityChecks;
    private final ResidentLookup residents;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final AdministrativeUnits geography;

    OfficerPageController(
            IdentityVerification identityChecks,
            ResidentLookup residents,
            Units units,
            PageMessages messages,
            ApplicationEventPublisher events,
            AdministrativeUnits geography) {
        this.messages = messages;
        this.identityChecks = identityChecks;
        this.residents = residents;
        this.units = units;
        this.events = events;
        this.geography = geography;
    }

    @GetMapping("/officer")
    String desk(Actor officer, Model model) {
        model.addAttribute("actor", officer);
        model.addAttribute(
                "units",
                officer.assignments().stream()
                        .filter(a -> a.unitId() != null)
                        .map(a -> units.byId(a.unitId()).orElse(null))
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
        return "identity/officer";
    }

    @GetMapping("/officer/identity")
    String identityForm(
            Actor officer, @RequestParam(required = false) String login, Model model, HttpServletRequest request) {
        if (login != null && !login.isBlank()) {
            model.addAttribute("login", login);
            try {
                Account resident = residents.find(officer, login);
                model.addAttribute("resident", resident);
                model.addAttribute(
                        "wardName",
                        resident.homeWardCode() == null
                                ? null
                                : geography
                                        .findWard(resident.homeWardCode())
                                        .map(Ward::name)
                                        .orElse(resident.homeWardCode()));
            } catch (AccountNotFound unknown) {
                model.addAttribute("notFound", true);
            } catch (NotAllowed otherWard) {
                // Told apart from "not found" for the officer, and kept in the audit trail.
                events.publishEvent(RequestRefused.of(request, otherWard.code(), otherWard));
                model.addAttribute("problem", messages.of("problem.account.other-ward"));
            }
        }
        return "identity/verify";
    }

    @PostMapping("/officer/identity")
    String verify(
            Actor officer,
            @RequestParam UUID accountId,
            @RequestParam String citizenId,
            @RequestParam String login,
            RedirectAttributes redirect) {
        try {
            identityChecks.verify(officer, new AccountId(accountId), citizenId);
            redirect.addFlashAttribute("verified", true);
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", messages.of(problem));
        }
        redirect.addAttribute("login", login);
        return "redirect:/officer/identity";
    }
}
