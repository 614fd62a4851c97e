package org.opencity.queue;

import java.util.Map;
import org.opencity.appointment.AppointmentDesk;
import org.opencity.appointment.CheckedInAppointment;
import org.opencity.identity.Actor;
import org.opencity.queue.internal.DeskAudit;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk checks a resident's appointment in by its code: the appointment module checks it (the slot, the point),
 * the queue gives it a ticket that is called first from a little before its start ({@link QueueTickets#admitAppointment}).
 */
@Service
public class QueueCheckIns {

    private final ServicePoints points;
    private final AppointmentDesk appointments;
    private final QueueTickets tickets;
    private final DeskAudit audit;

    QueueCheckIns(ServicePoints points, AppointmentDesk appointments, QueueTickets tickets, DeskAudit audit) {
        this.points = points;
        this.appointments = appointments;
        this.tickets = tickets;
        this.audit = audit;
    }

    @Transactional
    public Ticket checkIn(Actor clerk, String pointCode, String code) {
        ServicePoint point = points.get(pointCode);
        points.requireStaff(clerk, point);
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new org.opencity.platform.InvalidRequest("problem.queue.appointment-code");
        }
        CheckedInAppointment appointment = appointments.checkIn(clerk, point.code(), code.strip());
        Ticket ticket = tickets.admitAppointment(appointment);
        audit.record(
                clerk,
                QueueAuditAction.QUEUE_APPOINTMENT_CHECKED_IN,
                point,
                0,
                ticket.number(),
                Map.of("appointment", appointment.code()));
        return ticket;
    }
}
