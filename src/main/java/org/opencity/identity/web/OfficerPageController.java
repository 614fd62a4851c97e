package org.opencity.identity.web;

import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
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

    private final AccountManagement accounts;
    private final Actors actors;
    private final Units units;

    OfficerPageController(AccountManagement accounts, Actors actors, Units units, PageMessages messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.actors = actors;
        this.units = units;
    }

    @GetMapping("/officer")
    String desk(Actor officer, Model model) {
        model.addAttribute("actor", officer);
        model.addAttribute("units", officer.assignments().stream()
                .filter(a -> a.unitId() != null)
                .map(a -> units.byId(a.unitId()).orElse(null))
                .filter(java.util.Objects::nonNull).distinct().toList());
        return "identity/officer";
    }

    @GetMapping("/officer/identity")
    String identityForm(Actor officer, @RequestParam(required = false) String login, Model model) {
        if (login != null && !login.isBlank()) {
            model.addAttribute("login", login);
            actors.byLogin(login).map(accounts::account).ifPresentOrElse(
                    resident -> model.addAttribute("resident", resident),
                    () -> model.addAttribute("notFound", true));
        }
        return "identity/verify";
    }

    @PostMapping("/officer/identity")
    String verify(Actor officer, @RequestParam UUID accountId, @RequestParam String citizenId, @RequestParam String login,
            RedirectAttributes redirect) {
        try {
            accounts.verifyIdentity(officer, new AccountId(accountId), citizenId);
            redirect.addFlashAttribute("verified", true);
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", messages.of(problem));
        }
        redirect.addAttribute("login", login);
        return "redirect:/officer/identity";
    }
}
