package org.opencity.appointment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.appointment.Appointment;
import org.opencity.appointment.AppointmentBooking;
import org.opencity.appointment.AppointmentDesk;
import org.opencity.appointment.BookingRequest;
import org.opencity.appointment.DeskAppointment;
import org.opencity.appointment.Slot;
import org.opencity.identity.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Slots, bookings and their calendar files; the desk's day list. */
@RestController
@Tag(name = "Appointments", description = "Booking appointments at public-service centres and mobile vehicles")
class AppointmentApiController {

    static final String CALENDAR = "text/calendar;charset=UTF-8";

    private final AppointmentBooking booking;
    private final AppointmentDesk desk;

    AppointmentApiController(AppointmentBooking booking, AppointmentDesk desk) {
        this.booking = booking;
        this.desk = desk;
    }

    @GetMapping("/api/v1/service-points/{id}/slots")
    @Operation(summary = "A day's slots for a procedure at a point, with what is left in each (empty on a closed day)")
    List<Slot> slots(
            @PathVariable String id,
            @RequestParam String procedure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return booking.slots(id, procedure, date);
    }

    @PostMapping("/api/v1/appointments")
    @Operation(
            summary = "Book a slot: {slotId} or {servicePointId, start}, with procedureCode; optional dossierCode, "
                    + "note (≤ 500 characters). 409 when the slot is full or the person already has one that day")
    ResponseEntity<Appointment> book(Actor resident, @RequestBody BookingRequest request, Locale locale) {
        Appointment booked = booking.book(resident, request, locale);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id()))
                .body(booked);
    }

    @GetMapping("/api/v1/appointments")
    @Operation(summary = "My appointments, latest first")
    List<Appointment> mine(Actor resident, Locale locale) {
        return booking.mine(resident, locale);
    }

    @GetMapping("/api/v1/appointments/{id}")
    Appointment one(Actor actor, @PathVariable UUID id, Locale locale) {
        return booking.view(actor, id, locale);
    }

    @DeleteMapping("/api/v1/appointments/{id}")
    @Operation(summary = "Cancel, until the cut-off before the start; answers the cancelled appointment")
    Appointment cancel(Actor resident, @PathVariable UUID id, Locale locale) {
        return booking.cancel(resident, id, locale);
    }

    @PostMapping("/api/v1/appointments/{id}/reschedule")
    @Operation(summary = "Move to another slot of the same point and procedure: {slotId} or {start}")
    Appointment reschedule(Actor resident, @PathVariable UUID id, @RequestBody BookingRequest to, Locale locale) {
        return booking.reschedule(resident, id, to, locale);
    }

    @GetMapping(value = "/api/v1/appointments/{id}/calendar.ics", produces = CALENDAR)
    @Operation(
            summary = "The appointment as an iCalendar (RFC 5545) event; the id is the key, as for a calendar feed",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, Locale locale) {
        return CalendarResponse.of(booking.calendar(id, locale));
    }

    @GetMapping("/api/v1/desk/appointments")
    @Operation(summary = "A point's appointments of a day (today by default), for the point's staff")
    List<DeskAppointment> day(
            Actor clerk,
            @RequestParam String point,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale) {
        return desk.day(clerk, point, date, locale);
    }
}
