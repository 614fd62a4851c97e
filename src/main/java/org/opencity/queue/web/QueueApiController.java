package org.opencity.queue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.opencity.queue.Priority;
import org.opencity.queue.QueueTickets;
import org.opencity.queue.Ticket;
import org.opencity.queue.internal.BoardBroadcaster;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Residents take tickets and follow them; boards follow a point's queue live. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Queues", description = "Queue tickets at service points and their live display boards")
class QueueApiController {

    private final QueueTickets tickets;
    private final ServicePoints points;
    private final BoardBroadcaster boards;

    QueueApiController(QueueTickets tickets, ServicePoints points, BoardBroadcaster boards) {
        this.tickets = tickets;
        this.points = points;
        this.boards = boards;
    }

    /**
     * @param service the line's code (A, B...)
     * @param priority self-declared priority, as the one-stop rules allow at the kiosk
     */
    record TakeTicket(
            @Schema(example = "A") String service,
            @Schema(nullable = true) Priority priority) {}

    @PostMapping(path = "/service-points/{id}/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Take a ticket on a line of an open point (a signed-in resident is told when their turn is near)")
    Ticket take(@PathVariable String id, @RequestBody TakeTicket request) {
        return tickets.take(id, request.service(), request.priority(), SignedIn.residentOrNull());
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "A ticket: number, line, status, tickets before it and the estimated wait")
    Ticket ticket(@PathVariable UUID id) {
        return tickets.ticket(id);
    }

    @GetMapping(path = "/service-points/{id}/board", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The point's display board as server-sent events named 'board' (JSON), on every change")
    SseEmitter board(@PathVariable String id) {
        return boards.subscribe(points.get(id).code());
    }
}
