package org.opencity.queue.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.queue.QueueCheckIns;
import org.opencity.queue.QueueDesk;
import org.opencity.queue.Ticket;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A clerk chooses their counter and works it: open, call, recall, skip, transfer, serve, finish, check in. */
@Controller
class CounterPageController {

    private static final Set<String> SIMPLE = Set.of("open", "close", "call-next", "recall", "skip", "serve");

    private final ServicePoints points;
    private final QueueDesk desk;
    private final QueueCheckIns checkIns;
    private final ProblemWriter problems;

    CounterPageController(ServicePoints points, QueueDesk desk, QueueCheckIns checkIns, ProblemWriter problems) {
        this.points = points;
        this.desk = desk;
        this.checkIns = checkIns;
        this.problems = problems;
    }

    @GetMapping("/officer/queue/{code}")
    String counters(Actor clerk, @PathVariable String code, Model model) {
        ServicePoint point = points.get(code);
        points.requireStaff(clerk, point);
        model.addAttribute("point", point);
        model.addAttribute("open", desk.openCounters(clerk, point.code()));
        return "queue/counters";
    }

    @GetMapping("/officer/queue/{code}/counters/{number}")
    String counter(Actor clerk, @PathVariable String code, @PathVariable int number, Model model) {
        model.addAttribute("view", desk.counter(clerk, code, number));
        return "queue/counter";
    }

    @PostMapping("/officer/queue/{code}/counters/{number}/{action}")
    String act(
            Actor clerk,
            @PathVariable String code,
            @PathVariable int number,
            @PathVariable String action,
            Locale locale,
            RedirectAttributes redirect) {
        if (!SIMPLE.contains(action)) {
            throw new InvalidRequest("problem.queue.action-unknown");
        }
        return outcome(code, number, locale, redirect, () -> switch (action) {
            case "open" -> {
                desk.open(clerk, code, number);
                yield null;
            }
            case "close" -> {
                desk.close(clerk, code, number);
                yield null;
            }
            case "call-next" -> desk.callNext(clerk, code, number);
            case "recall" -> desk.recall(clerk, code, number);
            case "skip" -> desk.skip(clerk, code, number);
            default -> desk.serve(clerk, code, number);
        });
    }

    @PostMapping("/officer/queue/{code}/counters/{number}/transfer")
    String transfer(
            Actor clerk,
            @PathVariable String code,
            @PathVariable int number,
            @RequestParam(required = false) String target,
            Locale locale,
            RedirectAttributes redirect) {
        String to = target == null ? "" : target;
        Integer toCounter = to.startsWith("counter:") ? parse(to.substring(8)) : null;
        String toLine = to.startsWith("line:") ? to.substring(5) : null;
        return outcome(code, number, locale, redirect, () -> desk.transfer(clerk, code, number, toCounter, toLine));
    }

    @PostMapping("/officer/queue/{code}/counters/{number}/finish")
    String finish(
            Actor clerk,
            @PathVariable String code,
            @PathVariable int number,
            @RequestParam(required = false) String dossierCode,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        return outcome(code, number, locale, redirect, () -> desk.finish(clerk, code, number, dossierCode, note));
    }

    @PostMapping("/officer/queue/{code}/counters/{number}/check-in")
    String checkIn(
            Actor clerk,
            @PathVariable String code,
            @PathVariable int number,
            @RequestParam(required = false) String appointmentCode,
            Locale locale,
            RedirectAttributes redirect) {
        return outcome(code, number, locale, redirect, () -> checkIns.checkIn(clerk, code, appointmentCode));
    }

    private String outcome(
            String code, int number, Locale locale, RedirectAttributes redirect, Supplier<Ticket> change) {
        try {
            Ticket ticket = change.get();
            redirect.addFlashAttribute("done", ticket == null ? "" : ticket.number());
        } catch (org.opencity.appointment.AppointmentNotFound unknownCode) {
            // A mistyped appointment code is told beside the form, like any other refusal of the desk's input.
            redirect.addFlashAttribute("problem", problems.message(unknownCode, locale));
        } catch (LocalizedProblem problem) {
            if (problem.status().value() != 400 && problem.status().value() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/officer/queue/" + code + "/counters/" + number;
    }

    private static Integer parse(String number) {
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException bad) {
            throw new InvalidRequest("problem.queue.transfer-target");
        }
    }
}
