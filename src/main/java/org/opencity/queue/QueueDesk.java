package org.opencity.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.platform.InvalidRequest;
import org.opencity.queue.internal.CounterRepository;
import org.opencity.queue.internal.DeskAudit;
import org.opencity.queue.internal.QueueMoves;
import org.opencity.queue.internal.Ranked;
import org.opencity.queue.internal.TicketRepository;
import org.opencity.queue.internal.TicketRow;
import org.opencity.queue.internal.WaitEstimates;
import org.opencity.servicepoint.Counter;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk's counter: open and close it, call the next ticket, recall, skip, transfer, serve and finish. Every action
 * is the point's staff's only and is audited.
 * <p>
 * <b>Calling order.</b> A counter calls, among the WAITING tickets of the lines it serves (not sent to another counter)
 * and those transferred to it, whose grace period is over:
 * <ol>
 *   <li>checked-in appointments whose start is due (start − 5 min ≤ now), by start;
 *   <li>then priority tickets (elderly, disability, pregnancy, small child), by their queue time;
 *   <li>then the rest by queue time (an appointment checked in early waits here until it is due).
 * </ol>
 * The queue time is when the ticket was taken; a skip (no-show) sends it to the back of its line and keeps it from
 * being called for the grace period ({@code opencity.queue.skip-grace}, 5 min); a second skip ends it as NO_SHOW. A
 * transfer to another line or counter keeps its queue time, so it keeps its place. The next ticket is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so two clerks calling at once never get the same ticket.
 */
@Service
public class QueueDesk {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_DOSSIER_CODE = 40;

    private final ServicePoints points;
    private final TicketRepository tickets;
    private final CounterRepository counters;
    private final QueueMoves moves;
    private final DeskAudit audit;
    private final WaitEstimates estimates;

    // Six collaborators, one over the house's five: the counters' open state and the estimates are separate concerns
    // that each action needs, and merging them into one helper would only hide the dependency.
    QueueDesk(
            ServicePoints points,
            TicketRepository tickets,
            CounterRepository counters,
            QueueMoves moves,
            DeskAudit audit,
            WaitEstimates estimates) {
        this.points = points;
        this.tickets = tickets;
        this.counters = counters;
        this.moves = moves;
        this.audit = audit;
        this.estimates = estimates;
    }

    @Bean
    static AuditActions queueAuditActions() {
        return AuditActions.of("audit.module.queue", QueueAuditAction.class);
    }

    @Transactional
    public void open(Actor clerk, String pointCode, int number) {
        setOpen(clerk, pointCode, number, true);
    }

    @Transactional
    public void close(Actor clerk, String pointCode, int number) {
        setOpen(clerk, pointCode, number, false);
    }

    /** Calls the next ticket to the counter; refused while the counter is closed or still has a ticket. */
    @Transactional
    public Ticket callNext(Actor clerk, String pointCode, int number) {
        Desk desk = desk(clerk, pointCode, number);
        if (!counters.lockOpen(desk.point().code(), number)) {
            throw new QueueRefused("problem.queue.counter-closed");
        }
        if (tickets.lockCurrent(desk.point().code(), desk.day(), number).isPresent()) {
            throw new QueueRefused("problem.queue.counter-busy");
        }
        Instant now = moves.now();
        TicketRow next = tickets.lockNext(
                        desk.point().code(), desk.day(), desk.counter().lineCodes(), number, now, moves.due(now))
                .orElseThrow(() -> new QueueRefused("problem.queue.nobody-waiting"));
        tickets.update(
                next.id(),
                "status = 'CALLED', counter_number = :counter, called_at = :now",
                "counter",
                number,
                "now",
                now);
        return done(clerk, desk, next, QueueAuditAction.QUEUE_TICKET_CALLED, Map.of());
    }

    /** Calls the counter's ticket again (the board shows it and chimes once more). */
    @Transactional
    public Ticket recall(Actor clerk, String pointCode, int number) {
        Desk desk = desk(clerk, pointCode, number);
        TicketRow current = current(desk, TicketStatus.CALLED);
        tickets.update(current.id(), "called_at = :now", "now", moves.now());
        return done(clerk, desk, current, QueueAuditAction.QUEUE_TICKET_RECALLED, Map.of());
    }

    /** The resident did not come: back of the line after a grace period; the second time, NO_SHOW. */
    @Transactional
    public Ticket skip(Actor clerk, String pointCode, int number) {
        Desk desk = desk(clerk, pointCode, number);
        TicketRow current = current(desk, TicketStatus.CALLED);
        Instant now = moves.now();
        if (current.skips() == 0) {
            tickets.update(
                    current.id(),
                    "status = 'WAITING', skips = 1, counter_number = null, queued_at = :now, eligible_at = :until",
                    "now",
                    now,
                    "until",
                    now.plus(moves.settings().skipGrace()));
        } else {
            tickets.update(current.id(), "status = 'NO_SHOW', skips = skips + 1, finished_at = :now", "now", now);
        }
        return done(clerk, desk, current, QueueAuditAction.QUEUE_TICKET_SKIPPED, Map.of("skips", current.skips() + 1));
    }

    /** Sends the counter's ticket to another counter or another line; it keeps its place (its queue time). */
    @Transactional
    public Ticket transfer(Actor clerk, String pointCode, int number, Integer toCounter, String toLine) {
        Desk desk = desk(clerk, pointCode, number);
        boolean line = toLine != null && !toLine.isBlank();
        if ((toCounter == null) == !line) {
            throw new InvalidRequest("problem.queue.transfer-target");
        }
        TicketRow current = current(desk, null);
        if (line) {
            if (desk.point().line(toLine).isEmpty()) {
                throw new InvalidRequest("problem.queue.line-unknown", toLine);
            }
            tickets.update(
                    current.id(),
                    "status = 'WAITING', counter_number = null, to_counter = null, line_code = :line",
                    "line",
                    toLine);
        } else {
            Counter target = desk.point()
                    .counter(toCounter)
                    .filter(Counter::active)
                    .orElseThrow(() -> new InvalidRequest("problem.queue.transfer-counter", toCounter));
            tickets.update(
                    current.id(), "status = 'WAITING', counter_number = null, to_counter = :to", "to", target.number());
        }
        return done(
                clerk,
                desk,
                current,
                QueueAuditAction.QUEUE_TICKET_TRANSFERRED,
                line ? Map.of("toLine", toLine) : Map.of("toCounter", toCounter));
    }

    /** The resident has come: service starts now (its duration feeds the wait estimates). */
    @Transactional
    public Ticket serve(Actor clerk, String pointCode, int number) {
        Desk desk = desk(clerk, pointCode, number);
        TicketRow current = current(desk, TicketStatus.CALLED);
        tickets.update(current.id(), "status = 'SERVING', serving_at = :now", "now", moves.now());
        return done(clerk, desk, current, QueueAuditAction.QUEUE_TICKET_SERVING, Map.of());
    }

    /** Ends the service, with the dossier received or a note (at most {@value #MAX_NOTE} characters). */
    @Transactional
    public Ticket finish(Actor clerk, String pointCode, int number, String dossierCode, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidRequest("problem.queue.note-too-long", MAX_NOTE);
        }
        if ((note != null && note.indexOf('\u0000') >= 0)
                || (dossierCode != null && dossierCode.indexOf('\u0000') >= 0)) {
            throw new InvalidRequest("problem.queue.nul-character");
        }
        if (dossierCode != null && dossierCode.length() > MAX_DOSSIER_CODE) {
            throw new InvalidRequest("problem.queue.dossier-code-too-long", MAX_DOSSIER_CODE);
        }
        Desk desk = desk(clerk, pointCode, number);
        TicketRow current = current(desk, null);
        Instant now = moves.now();
        tickets.update(
                current.id(),
                "status = 'DONE', serving_at = coalesce(serving_at, :now), finished_at = :now, dossier_code = :dossier,"
                        + " note = :note",
                "now",
                now,
                "dossier",
                blankToNull(dossierCode),
                "note",
                blankToNull(note));
        Map<String, Object> details = new LinkedHashMap<>();
        if (blankToNull(dossierCode) != null) {
            details.put("dossier", dossierCode.strip());
        }
        return done(clerk, desk, current, QueueAuditAction.QUEUE_TICKET_FINISHED, details);
    }

    /** The counter as its clerk sees it: open or not, its ticket, and the numbers waiting for it. */
    @Transactional(readOnly = true)
    public CounterView counter(Actor clerk, String pointCode, int number) {
        Desk desk = desk(clerk, pointCode, number);
        Ticket current = tickets.current(desk.point().code(), desk.day(), number)
                .map(row -> view(desk.point(), row))
                .orElse(null);
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        for (Ranked r : tickets.ranked(desk.point().code(), desk.day(), moves.due(moves.now()))) {
            boolean mine =
                    r.toCounter() == null ? desk.counter().lineCodes().contains(r.lineCode()) : r.toCounter() == number;
            if (mine) {
                waiting.computeIfAbsent(r.lineCode(), k -> new ArrayList<>()).add(r.number());
            }
        }
        boolean open = counters.open(desk.point().code()).contains(number);
        return new CounterView(desk.point(), desk.counter(), open, current, waiting);
    }

    /** The numbers of the point's open counters. */
    @Transactional(readOnly = true)
    public java.util.Set<Integer> openCounters(Actor clerk, String pointCode) {
        ServicePoint point = points.get(pointCode);
        points.requireStaff(clerk, point);
        return counters.open(point.code());
    }

    private void setOpen(Actor clerk, String pointCode, int number, boolean open) {
        Desk desk = desk(clerk, pointCode, number);
        counters.set(desk.point().code(), number, open, moves.now());
        moves.changed(desk.point(), desk.day());
        audit.record(
                clerk,
                open ? QueueAuditAction.QUEUE_COUNTER_OPENED : QueueAuditAction.QUEUE_COUNTER_CLOSED,
                desk.point(),
                number,
                null,
                Map.of());
    }

    private Desk desk(Actor clerk, String pointCode, int number) {
        ServicePoint point = points.get(pointCode);
        points.requireStaff(clerk, point);
        Counter counter = point.counter(number).orElseThrow(() -> new CounterNotFound(number));
        return new Desk(point, counter, moves.today());
    }

    private TicketRow current(Desk desk, TicketStatus wanted) {
        Optional<TicketRow> current = tickets.lockCurrent(
                desk.point().code(), desk.day(), desk.counter().number());
        if (current.isEmpty() || (wanted != null && current.get().status() != wanted)) {
            throw new QueueRefused(
                    wanted == TicketStatus.CALLED ? "problem.queue.nothing-called" : "problem.queue.nothing-current");
        }
        return current.get();
    }

    private Ticket done(Actor clerk, Desk desk, TicketRow row, QueueAuditAction action, Map<String, Object> details) {
        moves.changed(desk.point(), desk.day());
        audit.record(clerk, action, desk.point(), desk.counter().number(), row.number(), details);
        return view(desk.point(), tickets.find(row.id()).orElseThrow());
    }

    private Ticket view(ServicePoint point, TicketRow row) {
        return estimates.view(point, row);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Desk(ServicePoint point, Counter counter, LocalDate day) {}
}
