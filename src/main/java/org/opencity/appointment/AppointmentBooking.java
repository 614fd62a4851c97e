package org.opencity.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.appointment.internal.AppointmentCodes;
import org.opencity.appointment.internal.AppointmentProperties;
import org.opencity.appointment.internal.AppointmentRecord;
import org.opencity.appointment.internal.AppointmentRecordBuilder;
import org.opencity.appointment.internal.AppointmentRepository;
import org.opencity.appointment.internal.AppointmentViews;
import org.opencity.appointment.internal.SlotPlanner;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierView;
import org.opencity.identity.Actor;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.servicepoint.PointKind;
import org.opencity.servicepoint.ServiceLine;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents book, see, cancel and move appointments. Every rule is checked here and the capacity once more by the
 * database, so a page or a client that skips a step cannot overfill a slot.
 */
@Service
public class AppointmentBooking {

    public static final int MAX_NOTE = 500;
    static final int MAX_LISTED = 100;

    private final ServicePoints points;
    private final ProcedureCatalogue catalogue;
    private final DossierManagement dossiers;
    private final AppointmentRepository repository;
    private final SlotPlanner planner;
    private final AppointmentCodes codes;
    private final AppointmentViews views;
    private final AppointmentProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentBooking(
            ServicePoints points,
            ProcedureCatalogue catalogue,
            DossierManagement dossiers,
            AppointmentRepository repository,
            SlotPlanner planner,
            AppointmentCodes codes,
            AppointmentViews views,
            AppointmentProperties rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.points = points;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.repository = repository;
        this.planner = planner;
        this.codes = codes;
        this.views = views;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The slots of a day for a procedure at a point, with what is left in each; none on a closed day. */
    public List<Slot> slots(String pointCode, String procedureCode, LocalDate day) {
        ServicePoint point = points.get(pointCode);
        ServiceLine line = lineFor(point, procedure(procedureCode));
        if (day == null) {
            throw new InvalidRequest("problem.appointment.date-missing");
        }
        if (day.isBefore(points.today())) {
            throw new InvalidRequest("problem.appointment.date-past");
        }
        if (day.isAfter(points.today().plusDays(rules.horizon().toDays()))) {
            throw new InvalidRequest(
                    "problem.appointment.date-too-far", rules.horizon().toDays());
        }
        return planner.slots(point, line.code(), day);
    }

    /** The line of a point that serves a procedure; refused when the procedure is not done at such a point. */
    public ServiceLine lineFor(ServicePoint point, Procedure procedure) {
        ProcedureLevel servedHere =
                point.kind() == PointKind.CITY_CENTRE ? ProcedureLevel.PROVINCE : ProcedureLevel.WARD;
        if (procedure.level() != servedHere) {
            throw new InvalidRequest("problem.appointment.procedure-not-here", procedure.code());
        }
        return point.lineForField(procedure.field().code())
                .orElseThrow(() -> new InvalidRequest("problem.appointment.procedure-not-here", procedure.code()));
    }

    @Transactional
    public Appointment book(Actor resident, BookingRequest request, Locale locale) {
        Instant now = clock.instant();
        String note = note(request.note());
        Procedure procedure = procedure(request.procedureCode());
        SlotId slot = slotOf(request, procedure);
        ServicePoint point = points.get(slot.pointCode());
        ServiceLine line = lineFor(point, procedure);
        if (!slot.lineCode().equals(line.code())) {
            throw new InvalidRequest("problem.appointment.slot-other-line");
        }
        requireBookableSlot(point, slot.start(), now);
        waitAfterMissed(resident, now);
        String dossierCode = dossier(resident, request.dossierCode(), procedure, locale);
        if (!repository.takeSeat(point.code(), line.code(), slot.start(), planner.capacity(point, line.code()))) {
            throw AppointmentProblem.slotFull();
        }
        AppointmentRecord record = AppointmentRecordBuilder.builder()
                .id(UUID.randomUUID())
                .code(codes.fresh())
                .pointCode(point.code())
                .lineCode(line.code())
                .procedureCode(procedure.code())
                .startsAt(slot.start())
                .endsAt(slot.start().plus(rules.slotLength()))
                .localDay(slot.start().atZone(points.windowsZone()).toLocalDate())
                .resident(resident.id().value())
                .dossierCode(dossierCode)
                .note(note)
                .createdAt(now)
                .build();
        try {
            repository.insert(record);
        } catch (DuplicateKeyException secondOnTheDay) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.already-booked");
        }
        events.publishEvent(new AppointmentBooked(
                record.id(), record.code(), resident.id(), point.nameVi(), record.startsAt(), false));
        return views.of(repository.find(record.id()).orElseThrow(), locale);
    }

    /** The resident's own appointment; someone else's is "not found". The point's staff see it too. */
    public Appointment view(Actor actor, UUID id, Locale locale) {
        return views.of(readable(actor, id), locale);
    }

    public List<Appointment> mine(Actor resident, Locale locale) {
        return repository.ofResident(resident.id().value(), MAX_LISTED).stream()
                .map(record -> views.of(record, locale))
                .toList();
    }

    @Transactional
    public Appointment cancel(Actor resident, UUID id, Locale locale) {
        AppointmentRecord record = ownAndChangeable(resident, id);
        repository.setStatus(record.id(), AppointmentStatus.CANCELLED, clock.instant());
        repository.releaseSeat(record.pointCode(), record.lineCode(), record.startsAt());
        return views.of(repository.find(id).orElseThrow(), locale);
    }

    /** Moves an appointment to another slot of the same point and procedure; the old seat is freed, the new taken. */
    @Transactional
    public Appointment reschedule(Actor resident, UUID id, BookingRequest to, Locale locale) {
        Instant now = clock.instant();
        AppointmentRecord record = ownAndChangeable(resident, id);
        Procedure procedure = procedure(record.procedureCode());
        SlotId slot = slotOf(
                BookingRequestBuilder.builder()
                        .servicePointId(to.servicePointId() == null ? record.pointCode() : to.servicePointId())
                        .start(to.start())
                        .slotId(to.slotId())
                        .build(),
                procedure);
        if (!slot.pointCode().equals(record.pointCode())) {
            throw new InvalidRequest("problem.appointment.reschedule-other-point");
        }
        if (slot.start().equals(record.startsAt())) {
            throw new InvalidRequest("problem.appointment.reschedule-same-slot");
        }
        ServicePoint point = points.get(record.pointCode());
        ServiceLine line = lineFor(point, procedure);
        requireBookableSlot(point, slot.start(), now);
        if (!repository.takeSeat(point.code(), line.code(), slot.start(), planner.capacity(point, line.code()))) {
            throw AppointmentProblem.slotFull();
        }
        repository.releaseSeat(record.pointCode(), record.lineCode(), record.startsAt());
        try {
            repository.move(
                    id,
                    line.code(),
                    slot.start(),
                    slot.start().plus(rules.slotLength()),
                    slot.start().atZone(points.windowsZone()).toLocalDate(),
                    now);
        } catch (DuplicateKeyException secondOnTheDay) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.already-booked");
        }
        events.publishEvent(
                new AppointmentBooked(record.id(), record.code(), resident.id(), point.nameVi(), slot.start(), true));
        return views.of(repository.find(id).orElseThrow(), locale);
    }

    /** The appointment as an iCalendar file; the id is the key (random, unguessable), as for a calendar feed. */
    public byte[] calendar(UUID id, Locale locale) {
        AppointmentRecord record = repository.find(id).orElseThrow(() -> new AppointmentNotFound(id.toString()));
        return views.calendar(record, locale);
    }

    /** The QR code of the appointment's code, as PNG, for the desk's scanner. */
    public byte[] qrCode(Actor actor, UUID id) {
        return views.qrCode(readable(actor, id));
    }

    private AppointmentRecord readable(Actor actor, UUID id) {
        AppointmentRecord record = repository.find(id).orElseThrow(() -> new AppointmentNotFound(id.toString()));
        if (record.resident().equals(actor.id().value())) {
            return record;
        }
        if (actor.isOfficer()) {
            points.requireStaff(actor, points.get(record.pointCode()));
            return record;
        }
        throw new AppointmentNotFound(id.toString());
    }

    private AppointmentRecord ownAndChangeable(Actor resident, UUID id) {
        AppointmentRecord record = repository
                .lock(id)
                .filter(r -> r.resident().equals(resident.id().value()))
                .orElseThrow(() -> new AppointmentNotFound(id.toString()));
        if (record.status() != AppointmentStatus.BOOKED) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.not-booked");
        }
        if (clock.instant().isAfter(record.startsAt().minus(rules.cutOff()))) {
            throw new AppointmentProblem(
                    HttpStatus.CONFLICT,
                    "problem.appointment.past-cut-off",
                    rules.cutOff().toHours());
        }
        return record;
    }

    /** The slot a request names: its id, or the slot of the procedure's line at the point and start it gives. */
    private SlotId slotOf(BookingRequest request, Procedure procedure) {
        if (request.slotId() != null && !request.slotId().isBlank()) {
            return SlotId.parse(request.slotId());
        }
        if (request.servicePointId() == null || request.servicePointId().isBlank() || request.start() == null) {
            throw new InvalidRequest("problem.appointment.slot-missing");
        }
        ServicePoint point = points.get(request.servicePointId());
        return new SlotId(
                point.code(), lineFor(point, procedure).code(), request.start().toInstant());
    }

    private void requireBookableSlot(ServicePoint point, Instant start, Instant now) {
        if (start.isBefore(now)) {
            throw new InvalidRequest("problem.appointment.start-past");
        }
        if (start.isBefore(now.plus(rules.minLead()))) {
            throw new InvalidRequest(
                    "problem.appointment.too-soon", rules.minLead().toMinutes());
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            throw new InvalidRequest(
                    "problem.appointment.date-too-far", rules.horizon().toDays());
        }
        if (!planner.isSlotStart(point, start)) {
            LocalDate day = start.atZone(points.windowsZone()).toLocalDate();
            throw new InvalidRequest(
                    points.windowsOn(point, day).isEmpty()
                            ? "problem.appointment.closed-day"
                            : "problem.appointment.not-a-slot");
        }
    }

    /** After {@code noShowLimit} missed appointments within the window, booking waits after the last one. */
    private void waitAfterMissed(Actor resident, Instant now) {
        List<Instant> missed = repository.missedSince(resident.id().value(), now.minus(rules.noShowWindow()));
        if (missed.size() >= rules.noShowLimit()) {
            Instant until = missed.get(0).plus(rules.noShowWait());
            if (now.isBefore(until)) {
                throw new AppointmentProblem(
                        HttpStatus.CONFLICT,
                        "problem.appointment.no-show-wait",
                        rules.noShowLimit(),
                        views.localDate(until));
            }
        }
    }

    private String dossier(Actor resident, String code, Procedure procedure, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        DossierView dossier = dossiers.view(resident.id(), code.strip(), locale);
        if (!dossier.procedureCode().equals(procedure.code())) {
            throw new InvalidRequest("problem.appointment.dossier-other-procedure", dossier.code());
        }
        return dossier.code();
    }

    private Procedure procedure(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequest("problem.appointment.procedure-missing");
        }
        return catalogue.get(code.strip());
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidRequest("problem.appointment.note-too-long", MAX_NOTE);
        }
        if (note.indexOf('\0') >= 0) {
            throw new InvalidRequest("problem.appointment.note-invalid");
        }
        return note.strip();
    }
}
