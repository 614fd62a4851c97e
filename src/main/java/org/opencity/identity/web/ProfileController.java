package org.opencity.identity.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.RoleAssignment;
import org.opencity.identity.Units;
import org.opencity.platform.LocalizedProblem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProfileController {

    private final PageMessages messages;

    private final AccountManagement accounts;
    private final AdministrativeUnits geography;
    private final HomeWardChoices wards;
    private final Units units;

    ProfileController(
            AccountManagement accounts,
            AdministrativeUnits geography,
            PageMessages messages,
            HomeWardChoices wards,
            Units units) {
        this.messages = messages;
        this.accounts = accounts;
        this.geography = geography;
        this.wards = wards;
        this.units = units;
    }

    @GetMapping("/profile")
    String profile(Actor actor, Model model) {
        Account account = accounts.account(actor.id());
        model.addAttribute("account", account);
        model.addAttribute("actor", actor);
        model.addAttribute(
                "homeWard",
                account.homeWardCode() == null
                        ? null
                        : geography.findWard(account.homeWardCode()).orElse(null));
        model.addAttribute("wards", wards.wards());
        // Officers read the units they serve by name, not by code.
        Map<String, String> unitNames = new HashMap<>();
        actor.assignments().stream()
                .map(RoleAssignment::unitId)
                .filter(Objects::nonNull)
                .forEach(id -> units.byId(id)
                        .ifPresent(unit -> unitNames.put(unit.code(), unit.name(LocaleContextHolder.getLocale()))));
        model.addAttribute("unitNames", unitNames);
        return "identity/profile";
    }

    @PostMapping("/profile")
    String update(
            Actor actor,
            @RequestParam String displayName,
            @RequestParam(required = false) String homeWardCode,
            @RequestParam(required = false) String locale,
            RedirectAttributes redirect) {
        try {
            accounts.updateProfile(actor.id(), displayName, homeWardCode, locale);
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedProblem problem) {
            redirect.addFlashAttribute("problem", messages.of(problem));
        }
        return "redirect:/profile";
    }

    @GetMapping("/profile/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/profile/password")
    String changePassword(
            Actor actor,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("problem", messages.of("problem.account.password-mismatch"));
            return "identity/password";
        }
        try {
            accounts.changePassword(actor.id(), currentPassword, newPassword);
        } catch (LocalizedProblem problem) {
            model.addAttribute("problem", messages.of(problem));
            return "identity/password";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/profile";
    }
}
