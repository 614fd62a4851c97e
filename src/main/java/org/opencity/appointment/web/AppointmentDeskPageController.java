package org.opencity.appointment.web;

import java.time.LocalDate;
import java.util.Locale;
import org.opencity.appointment.AppointmentDesk;
import org.opencity.identity.Actor;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The desk's day: appointments by time with their line and counters, the attached dossier, and check-in. */
@Controller
class AppointmentDeskPageController {

    private final AppointmentDesk desk;
    private final ServicePoints points;

    AppointmentDeskPageController(AppointmentDesk desk, ServicePoints points) {
        this.desk = desk;
        this.points = points;
    }

    @GetMapping("/officer/appointments/{point}")
    String day(
            Actor clerk,
            @PathVariable String point,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale,
            Model model) {
        LocalDate day = date == null ? points.today() : date;
        model.addAttribute("appointments", desk.day(clerk, point, day, locale));
        model.addAttribute("point", points.get(point));
        model.addAttribute("date", day);
        model.addAttribute("today", points.today());
        return "appointment/desk";
    }
}
