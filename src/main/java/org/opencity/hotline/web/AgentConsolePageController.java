package org.opencity.hotline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.internal.console.AgentConsole;
import org.opencity.hotline.internal.console.CallbackDesk;
import org.opencity.hotline.internal.console.ClosingOutcome;
import org.opencity.hotline.internal.console.QueueBroadcaster;
import org.opencity.identity.Actor;
import org.opencity.platform.FormErrors;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent console: the agent's dial address, the callers waiting for a person, the calls the agent holds and the
 * call-backs to make; kept live by a server-sent event stream (hotline-console.js), refreshed by a link without it.
 */
@Controller
class AgentConsolePageController {

    static final String CONSOLE = "/officer/hotline";

    private final AgentConsole console;
    private final CallbackDesk callbacks;
    private final QueueBroadcaster broadcaster;
    private final ProblemWriter problems;

    AgentConsolePageController(
            AgentConsole console, CallbackDesk callbacks, QueueBroadcaster broadcaster, ProblemWriter problems) {
        this.console = console;
        this.callbacks = callbacks;
        this.broadcaster = broadcaster;
        this.problems = problems;
    }

    @GetMapping(CONSOLE)
    String page(Actor agent, Model model, HttpServletRequest request) {
        tokenBeforeTheBody(request);
        model.addAttribute("dialAddress", console.dialAddress(agent).orElse(null));
        queue(agent, model);
        return "hotline/console";
    }

    /** The live part of the page, for the script to swap in when the queue changed. */
    @GetMapping(CONSOLE + "/queue")
    String queueFragment(Actor agent, Model model, HttpServletRequest request) {
        tokenBeforeTheBody(request);
        queue(agent, model);
        return "hotline/console :: queue";
    }

    @GetMapping(path = CONSOLE + "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(Actor agent) {
        return broadcaster.subscribe(agent);
    }

    @PostMapping(CONSOLE + "/agent")
    String saveDialAddress(
            Actor agent,
            @RequestParam(required = false) String dialAddress,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            String saved = console.saveDialAddress(agent, dialAddress);
            redirect.addFlashAttribute(
                    "done", problems.message("hotline.console.address.saved", new Object[] {saved}, locale));
            return "redirect:" + CONSOLE;
        } catch (InvalidRequest refused) {
            model.addAttribute("formErrors", FormErrors.none().add("dialAddress", problems.message(refused, locale)));
            model.addAttribute("dialAddress", dialAddress);
            queue(agent, model);
            return "hotline/console";
        }
    }

    @PostMapping(CONSOLE + "/queue/{id}/accept")
    String accept(Actor agent, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(() -> console.accept(agent, id), "hotline.console.accepted", "held", redirect, locale);
    }

    @PostMapping(CONSOLE + "/queue/{id}/close")
    String close(
            Actor agent,
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                () -> console.close(agent, id, ClosingOutcome.of(outcome), note),
                "hotline.console.closed",
                "held",
                redirect,
                locale);
    }

    /** The number, in this response only: the page is shown, not redirected to, so no later page carries it. */
    @PostMapping(CONSOLE + "/callbacks/{id}/number")
    String reveal(Actor agent, @PathVariable UUID id, Model model) {
        model.addAttribute("revealedId", id);
        model.addAttribute("revealedNumber", callbacks.reveal(agent, id));
        model.addAttribute("dialAddress", console.dialAddress(agent).orElse(null));
        queue(agent, model);
        return "hotline/console";
    }

    @PostMapping(CONSOLE + "/callbacks/{id}/done")
    String callbackDone(
            Actor agent,
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                () -> callbacks.done(agent, id, note), "hotline.console.callback-done", "callbacks", redirect, locale);
    }

    /**
     * The forms' CSRF token lives in the session, which must hold it before the first part of a long page is sent
     * (the session is saved when the response is committed).
     */
    static void tokenBeforeTheBody(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    private void queue(Actor agent, Model model) {
        model.addAttribute("waiting", console.waiting(agent));
        model.addAttribute("held", console.held(agent));
        model.addAttribute("callbacks", callbacks.open(agent));
        model.addAttribute("outcomes", ClosingOutcome.values());
    }

    private String act(Runnable action, String doneKey, String anchor, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("done", problems.message(doneKey, null, locale));
        } catch (LocalizedProblem refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("refused", problems.message(refused, locale));
        }
        return "redirect:" + CONSOLE + "#" + anchor;
    }
}
