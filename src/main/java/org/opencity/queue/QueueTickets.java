package org.opencity.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opencity.appointment.CheckedInAppointment;
import org.opencity.identity.AccountId;
import org.opencity.platform.InvalidRequest;
import org.opencity.queue.internal.QueueMoves;
import org.opencity.queue.internal.TicketRepository;
import org.opencity.queue.internal.TicketRow;
import org.opencity.queue.internal.TicketRowBuilder;
import org.opencity.queue.internal.WaitEstimates;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets: a walk-in's from the kiosk or a phone, while the point is open, and a checked-in appointment's. Numbers run
 * per point, line and day (A-001, A-002...) from one counter row per line and day, taken in the ticket's transaction:
 * concurrent takes wait for each other on that row, so there are neither twins nor gaps.
 */
@Service
public class QueueTickets {

    private final ServicePoints points;
    private final TicketRepository tickets;
    private final WaitEstimates estimates;
    private final QueueMoves moves;

    QueueTickets(ServicePoints points, TicketRepository tickets, WaitEstimates estimates, QueueMoves moves) {
        this.points = points;
        this.tickets = tickets;
        this.estimates = estimates;
        this.moves = moves;
    }

    /**
     * A walk-in ticket on a line of an open point.
     *
     * @param priority self-declared at a public kiosk (the one-stop rules allow it) or ticked by the clerk; may be null
     * @param resident the signed-in resident who took it, told when their turn is near; null for an anonymous kiosk
     */
    @Transactional
    public Ticket take(String pointCode, String lineCode, Priority priority, AccountId resident) {
        ServicePoint point = points.get(pointCode);
        if (lineCode == null || point.line(lineCode).isEmpty()) {
            throw new InvalidRequest("problem.queue.line-unknown", String.valueOf(lineCode));
        }
        if (!points.isOpenNow(point)) {
            throw new QueueRefused("problem.queue.point-closed");
        }
        TicketRow row = create(point, lineCode, priority, resident, null, null);
        return estimates.view(point, row);
    }

    /**
     * A checked-in appointment joins the queue of its line: from a little before its start it is called before every
     * other ticket (see {@link QueueDesk}). Admitting the same appointment again returns its ticket.
     */
    @Transactional
    public Ticket admitAppointment(CheckedInAppointment appointment) {
        ServicePoint point = points.get(appointment.pointCode());
        if (point.line(appointment.lineCode()).isEmpty()) {
            throw new InvalidRequest("problem.queue.line-unknown", appointment.lineCode());
        }
        TicketRow row = tickets.ofAppointment(appointment.id())
                .orElseGet(() -> create(
                        point,
                        appointment.lineCode(),
                        null,
                        appointment.resident(),
                        appointment.id(),
                        appointment.start()));
        return estimates.view(point, row);
    }

    @Transactional(readOnly = true)
    public Ticket ticket(UUID id) {
        TicketRow row = tickets.find(id).orElseThrow(TicketNotFound::new);
        return estimates.view(points.get(row.pointCode()), row);
    }

    private TicketRow create(
            ServicePoint point,
            String line,
            Priority priority,
            AccountId resident,
            UUID appointmentId,
            Instant appointmentStart) {
        Instant now = moves.now();
        LocalDate day = moves.today();
        int seq = tickets.nextNumber(point.code(), line, day);
        TicketRow row = TicketRowBuilder.builder()
                .id(UUID.randomUUID())
                .pointCode(point.code())
                .lineCode(line)
                .day(day)
                .seq(seq)
                .number(number(line, seq))
                .appointment(appointmentId != null)
                .priority(priority)
                .appointmentId(appointmentId)
                .appointmentStart(appointmentStart)
                .resident(resident)
                .status(TicketStatus.WAITING)
                .takenAt(now)
                .queuedAt(now)
                .eligibleAt(now)
                .build();
        tickets.insert(row);
        moves.changed(point, day);
        return row;
    }

    /** A ticket's printed number: the line and at least three digits, e.g. A-017. */
    public static String number(String line, int seq) {
        return line + "-" + (seq < 1000 ? String.format("%03d", seq) : String.valueOf(seq));
    }
}
