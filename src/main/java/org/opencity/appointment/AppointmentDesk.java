package org.opencity.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.appointment.internal.AppointmentCodes;
import org.opencity.appointment.internal.AppointmentProperties;
import org.opencity.appointment.internal.AppointmentRecord;
import org.opencity.appointment.internal.AppointmentRepository;
import org.opencity.appointment.internal.AppointmentViews;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.Units;
import org.opencity.servicepoint.Counter;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clerks' side of appointments: the day's list per line and counter, and check-in by code or QR code. */
@Service
public class AppointmentDesk {

    private final ServicePoints points;
    private final AppointmentRepository repository;
    private final AppointmentViews views;
    private final AccountManagement accounts;
    private final AuditTrail audit;
    private final Units units;
    private final AppointmentProperties rules;
    private final Clock clock;

    AppointmentDesk(
            ServicePoints points,
            AppointmentRepository repository,
            AppointmentViews views,
            AccountManagement accounts,
            AuditTrail audit,
            Units units,
            AppointmentProperties rules,
            Clock clock) {
        this.points = points;
        this.repository = repository;
        this.views = views;
        this.accounts = accounts;
        this.audit = audit;
        this.units = units;
        this.rules = rules;
        this.clock = clock;
    }

    @Bean
    static AuditActions appointmentAuditActions() {
        return AuditActions.of("audit.module.appointment", AppointmentAuditAction.class);
    }

    /** A point's appointments of a day (not the cancelled ones), by time; for the point's staff only. */
    public List<DeskAppointment> day(Actor clerk, String pointCode, LocalDate day, Locale locale) {
        ServicePoint point = points.get(pointCode);
        points.requireStaff(clerk, point);
        LocalDate shown = day == null ? points.today() : day;
        return repository.ofPointDay(point.code(), shown).stream()
                .map(record -> new DeskAppointment(
                        views.of(record, locale),
                        accounts.account(new AccountId(record.resident())).displayName(),
                        point.countersServing(record.lineCode()).stream()
                                .map(Counter::number)
                                .toList()))
                .toList();
    }

    /**
     * Checks a resident in at the point's desk, by the code on their confirmation (or its QR code): from a little
     * before the slot until its end. Refused (audited) for anyone but the point's staff.
     */
    @Transactional
    public CheckedInAppointment checkIn(Actor clerk, String pointCode, String code) {
        ServicePoint point = points.get(pointCode);
        points.requireStaff(clerk, point);
        String normalised = AppointmentCodes.normalise(code);
        AppointmentRecord record =
                repository.lockByCode(point.code(), normalised).orElseThrow(() -> new AppointmentNotFound(normalised));
        if (record.status() == AppointmentStatus.CHECKED_IN) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.already-checked-in", record.code());
        }
        if (record.status() != AppointmentStatus.BOOKED) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.not-booked");
        }
        Instant now = clock.instant();
        if (now.isBefore(record.startsAt().minus(rules.checkInEarly()))) {
            throw new AppointmentProblem(
                    HttpStatus.CONFLICT,
                    "problem.appointment.check-in-early",
                    rules.checkInEarly().toMinutes());
        }
        if (!now.isBefore(record.endsAt())) {
            throw new AppointmentProblem(HttpStatus.CONFLICT, "problem.appointment.check-in-late");
        }
        repository.setStatus(record.id(), AppointmentStatus.CHECKED_IN, now);
        audit.record(
                clerk,
                AppointmentAuditAction.APPOINTMENT_CHECKED_IN,
                "appointment",
                record.code(),
                units.byCode(point.unitCode()).id(),
                Map.of("point", point.code()));
        return CheckedInAppointmentBuilder.builder()
                .id(record.id())
                .code(record.code())
                .pointCode(record.pointCode())
                .lineCode(record.lineCode())
                .start(record.startsAt())
                .end(record.endsAt())
                .resident(new AccountId(record.resident()))
                .procedureCode(record.procedureCode())
                .dossierCode(record.dossierCode())
                .build();
    }
}
