package org.opencity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.opencity.identity.AccountManagement;
import org.opencity.platform.LocalizedProblem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in and sign-up pages; the sign-in form itself is processed by Spring Security.
 */
@Controller
class AuthPageController {

    private final PageMessages messages;

    private final AccountManagement accounts;
    private final HomeWardChoices wards;

    AuthPageController(AccountManagement accounts, PageMessages messages, HomeWardChoices wards) {
        this.messages = messages;
        this.accounts = accounts;
        this.wards = wards;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("form", new SignUpRequest("", "", "", "", "", null));
        model.addAttribute("wards", wards.wards());
        return "identity/signup";
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignUpRequest form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        model.addAttribute("wards", wards.wards());
        if (errors.hasErrors()) {
            model.addAttribute("formErrors", SignUpErrors.of(errors, messages));
            return "identity/signup";
        }
        try {
            String locale = LocaleContextHolder.getLocale().getLanguage();
            accounts.register(new SignUpRequest(
                            form.displayName(),
                            form.phone(),
                            form.email(),
                            form.password(),
                            form.homeWardCode(),
                            locale)
                    .registration());
        } catch (LocalizedProblem problem) {
            model.addAttribute("formErrors", SignUpErrors.of(problem, messages));
            return "identity/signup";
        }
        redirect.addAttribute("registered", "");
        return "redirect:/login";
    }
}
