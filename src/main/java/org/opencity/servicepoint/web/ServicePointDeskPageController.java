package org.opencity.servicepoint.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePointAdministration;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A centre's clerks (and the city's roles) keep its counters and opening hours right. */
@Controller
class ServicePointDeskPageController {

    private final ServicePoints points;
    private final ServicePointAdministration administration;
    private final ProblemWriter problems;

    ServicePointDeskPageController(
            ServicePoints points, ServicePointAdministration administration, ProblemWriter problems) {
        this.points = points;
        this.administration = administration;
        this.problems = problems;
    }

    @GetMapping("/officer/service-points")
    String workplaces(Actor officer, Model model) {
        model.addAttribute("workplaces", points.workplaces(officer));
        return "servicepoint/workplaces";
    }

    @GetMapping("/officer/service-points/{code}")
    String edit(Actor officer, @PathVariable String code, Model model) {
        ServicePoint point = points.get(code);
        points.requireStaff(officer, point);
        model.addAttribute("point", point);
        model.addAttribute("weekdays", DayOfWeek.values());
        return "servicepoint/edit";
    }

    @PostMapping("/officer/service-points/{code}/counters")
    String saveCounter(
            Actor officer,
            @PathVariable String code,
            @RequestParam int version,
            @RequestParam int number,
            @RequestParam(required = false) List<String> lines,
            @RequestParam(defaultValue = "0") int perSlot,
            @RequestParam(defaultValue = "false") boolean active,
            Locale locale,
            RedirectAttributes redirect) {
        return outcome(
                code,
                locale,
                redirect,
                () -> administration.saveCounter(officer, code, version, number, lines, perSlot, active));
    }

    @PostMapping("/officer/service-points/{code}/openings")
    String addOpening(
            Actor officer,
            @PathVariable String code,
            @RequestParam int version,
            @RequestParam DayOfWeek weekday,
            @RequestParam LocalTime opens,
            @RequestParam LocalTime closes,
            @RequestParam(required = false) String wardCode,
            @RequestParam(required = false) String place,
            Locale locale,
            RedirectAttributes redirect) {
        return outcome(
                code,
                locale,
                redirect,
                () -> administration.addOpening(officer, code, version, weekday, opens, closes, wardCode, place));
    }

    @PostMapping("/officer/service-points/{code}/openings/{id}/remove")
    String removeOpening(
            Actor officer,
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam int version,
            Locale locale,
            RedirectAttributes redirect) {
        return outcome(code, locale, redirect, () -> administration.removeOpening(officer, code, version, id));
    }

    private String outcome(String code, Locale locale, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedProblem problem) {
            if (problem.status().value() != 400 && problem.status().value() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/officer/service-points/" + code;
    }
}
