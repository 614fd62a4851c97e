package org.opencity.hotline.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.opencity.hotline.internal.simulator.CallSimulator;
import org.opencity.hotline.internal.simulator.SimulatedCall;
import org.opencity.identity.Actor;
import org.opencity.platform.FormErrors;
import org.opencity.platform.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The call simulator page: an officer plays a caller (keypad, typed words, hanging up) and hears what a caller
 * would, the platform playing the provider on its own webhook. The call lives in the officer's session; every action
 * is a plain form post answered by a redirect back to the page, landing on the transcript (post, redirect, get).
 */
@Controller
@RequestMapping(CallSimulatorPageController.PATH)
class CallSimulatorPageController {

    static final String PATH = "/officer/hotline/simulator";
    static final String CALL = "hotline.simulator.call";
    static final String DEMO_CALLER = "+84900000001";
    private static final Pattern CALLER_ID = Pattern.compile("\\+?[0-9][0-9 .-]{2,19}");
    private static final String BACK = "redirect:" + PATH + "#transcript";

    private final CallSimulator simulator;
    private final ProblemWriter problems;

    CallSimulatorPageController(CallSimulator simulator, ProblemWriter problems) {
        this.simulator = simulator;
        this.problems = problems;
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        SimulatedCall call = (SimulatedCall) session.getAttribute(CALL);
        return show(model, call, call == null ? DEMO_CALLER : call.from(), FormErrors.none());
    }

    @PostMapping("/start")
    String start(
            @RequestParam(defaultValue = "") String callerId,
            Actor officer,
            HttpSession session,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        String from = callerId.strip();
        if (!CALLER_ID.matcher(from).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            SimulatedCall call = (SimulatedCall) session.getAttribute(CALL);
            FormErrors errors = FormErrors.none()
                    .add("callerId", problems.message("hotline.simulator.caller-id.invalid", null, locale));
            return show(model, call, callerId, errors);
        }
        SimulatedCall previous = (SimulatedCall) session.getAttribute(CALL);
        if (previous != null && !previous.ended()) {
            simulator.hangUp(previous);
        }
        session.setAttribute(CALL, simulator.start(officer, from.replaceAll("[ .-]", "")));
        return BACK;
    }

    @PostMapping("/keys")
    String keys(
            @RequestParam(defaultValue = "") String keys,
            @RequestParam(defaultValue = "") String key,
            HttpSession session) {
        return act(session, call -> simulator.press(call, keys + key));
    }

    @PostMapping("/send-keys")
    String sendKeys(HttpSession session) {
        return act(session, simulator::sendKeys);
    }

    @PostMapping("/say")
    String say(@RequestParam(defaultValue = "") String words, HttpSession session) {
        return act(session, call -> simulator.say(call, words));
    }

    @PostMapping("/record")
    String record(@RequestParam(defaultValue = "") String words, HttpSession session, Locale locale) {
        return act(session, call -> simulator.record(call, words, locale));
    }

    @PostMapping("/wait")
    String waitOn(HttpSession session) {
        return act(session, simulator::silence);
    }

    @PostMapping("/agent-done")
    String agentDone(HttpSession session) {
        return act(session, simulator::endAgentCall);
    }

    @PostMapping("/hang-up")
    String hangUp(HttpSession session) {
        return act(session, simulator::hangUp);
    }

    private String act(HttpSession session, UnaryOperator<SimulatedCall> action) {
        SimulatedCall call = (SimulatedCall) session.getAttribute(CALL);
        if (call != null) {
            session.setAttribute(CALL, action.apply(call));
        }
        return BACK;
    }

    private static String show(Model model, SimulatedCall call, String callerId, FormErrors errors) {
        model.addAttribute("call", call);
        model.addAttribute("callerId", callerId);
        model.addAttribute("formErrors", errors);
        model.addAttribute("keypad", new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"});
        return "hotline/simulator";
    }
}
