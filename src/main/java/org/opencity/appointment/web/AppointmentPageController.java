package org.opencity.appointment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.appointment.Appointment;
import org.opencity.appointment.AppointmentBooking;
import org.opencity.appointment.BookingRequestBuilder;
import org.opencity.appointment.Slot;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ProblemWriter;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.ProcedureSearch;
import org.opencity.procedure.ProcedureSummary;
import org.opencity.servicepoint.PointKind;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking in three plain steps, each a GET form that works without JavaScript: the point, the procedure, then a slot
 * of a day; then the confirmation with its QR code and calendar file, the resident's list, cancel and move.
 */
@Controller
class AppointmentPageController {

    static final int PROCEDURE_CHOICES = 10;

    private final AppointmentBooking booking;
    private final ServicePoints points;
    private final ProcedureCatalogue catalogue;
    private final ProblemWriter problems;

    AppointmentPageController(
            AppointmentBooking booking, ServicePoints points, ProcedureCatalogue catalogue, ProblemWriter problems) {
        this.booking = booking;
        this.points = points;
        this.catalogue = catalogue;
        this.problems = problems;
    }

    @GetMapping("/appointments")
    String mine(Actor resident, Locale locale, Model model) {
        model.addAttribute("appointments", booking.mine(resident, locale));
        return "appointment/mine";
    }

    @GetMapping("/appointments/new")
    String choose(
            Actor resident,
            @RequestParam(required = false) String point,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) UUID reschedule,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Appointment moving = reschedule == null ? null : booking.view(resident, reschedule, locale);
        String pointCode = moving != null ? moving.pointCode() : point;
        String procedureCode = moving != null ? moving.procedureCode() : procedure;
        model.addAttribute("moving", moving);
        model.addAttribute("q", q);
        if (pointCode == null || pointCode.isBlank()) {
            model.addAttribute("step", 1);
            model.addAttribute("points", searchPoints(q));
            return "appointment/new";
        }
        ServicePoint chosenPoint = points.get(pointCode);
        model.addAttribute("point", chosenPoint);
        if (procedureCode == null || procedureCode.isBlank()) {
            model.addAttribute("step", 2);
            model.addAttribute("procedures", searchProcedures(chosenPoint, q, locale));
            return "appointment/new";
        }
        Procedure chosenProcedure = catalogue.get(procedureCode);
        model.addAttribute("procedure", chosenProcedure);
        model.addAttribute("step", 3);
        LocalDate day = date == null ? points.today().plusDays(1) : date;
        model.addAttribute("date", day);
        try {
            model.addAttribute("line", booking.lineFor(chosenPoint, chosenProcedure));
            List<Slot> slots = booking.slots(chosenPoint.code(), chosenProcedure.code(), day);
            model.addAttribute("slots", slots);
        } catch (LocalizedProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.message(problem, locale));
            model.addAttribute("slots", List.of());
        }
        return "appointment/new";
    }

    @PostMapping("/appointments")
    String book(
            Actor resident,
            @RequestParam(required = false) String slotId,
            @RequestParam String procedure,
            @RequestParam(required = false) String dossierCode,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Appointment booked = booking.book(
                    resident,
                    BookingRequestBuilder.builder()
                            .slotId(slotId)
                            .procedureCode(procedure)
                            .dossierCode(dossierCode)
                            .note(note)
                            .build(),
                    locale);
            redirect.addFlashAttribute("booked", true);
            return "redirect:/appointments/" + booked.id();
        } catch (LocalizedProblem problem) {
            if (problem.status().is4xxClientError() && problem.status().value() != 404) {
                redirect.addFlashAttribute("problem", problems.message(problem, locale));
                return backToSlots(slotId, procedure, redirect);
            }
            throw problem;
        }
    }

    @GetMapping("/appointments/{id}")
    String one(Actor resident, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("appointment", booking.view(resident, id, locale));
        return "appointment/appointment";
    }

    @GetMapping(value = "/appointments/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(Actor resident, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(booking.qrCode(resident, id));
    }

    @GetMapping(value = "/appointments/{id}/calendar.ics", produces = AppointmentApiController.CALENDAR)
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, Locale locale) {
        return CalendarResponse.of(booking.calendar(id, locale));
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(Actor resident, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            booking.cancel(resident, id, locale);
            redirect.addFlashAttribute("cancelled", true);
        } catch (LocalizedProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
        }
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/appointments/{id}/reschedule")
    String reschedule(
            Actor resident,
            @PathVariable UUID id,
            @RequestParam(required = false) String slotId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            booking.reschedule(
                    resident, id, BookingRequestBuilder.builder().slotId(slotId).build(), locale);
            redirect.addFlashAttribute("moved", true);
            return "redirect:/appointments/" + id;
        } catch (LocalizedProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problems.message(problem, locale));
            redirect.addAttribute("reschedule", id);
            return "redirect:/appointments/new";
        }
    }

    private List<ServicePoint> searchPoints(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        try {
            return points.search(q, null, null);
        } catch (InvalidRequest empty) {
            return List.of();
        }
    }

    private List<ProcedureSummary> searchProcedures(ServicePoint point, String q, Locale locale) {
        ProcedureLevel level = point.kind() == PointKind.CITY_CENTRE ? ProcedureLevel.PROVINCE : ProcedureLevel.WARD;
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return catalogue
                .search(new ProcedureSearch(q, null, level, null), PageQuery.of(0, PROCEDURE_CHOICES), locale)
                .items();
    }

    private static String backToSlots(String slotId, String procedure, RedirectAttributes redirect) {
        try {
            org.opencity.appointment.SlotId slot = org.opencity.appointment.SlotId.parse(slotId);
            redirect.addAttribute("point", slot.pointCode());
            redirect.addAttribute(
                    "date",
                    slot.start()
                            .atZone(org.opencity.shared.WorkingCalendar.VIETNAM)
                            .toLocalDate());
        } catch (LocalizedProblem malformed) {
            // No slot chosen: back to the start of the form.
        }
        redirect.addAttribute("procedure", procedure);
        return "redirect:/appointments/new";
    }
}
