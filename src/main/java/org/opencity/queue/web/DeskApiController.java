package org.opencity.queue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencity.identity.Actor;
import org.opencity.queue.CounterView;
import org.opencity.queue.QueueCheckIns;
import org.opencity.queue.QueueDesk;
import org.opencity.queue.Ticket;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A clerk's counter actions, for the point's staff (the unit is checked) and the city's roles. */
@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "Queue desk", description = "Counter actions of a service point's clerks")
class DeskApiController {

    private final QueueDesk desk;
    private final QueueCheckIns checkIns;

    DeskApiController(QueueDesk desk, QueueCheckIns checkIns) {
        this.desk = desk;
        this.checkIns = checkIns;
    }

    record Transfer(Integer toCounter, String toLine) {}

    record Finish(String dossierCode, String note) {}

    record CheckIn(String code) {}

    @GetMapping("/counters/{pointCode}/{number}")
    @Operation(summary = "The counter: open or not, its current ticket and the numbers waiting for it")
    CounterView counter(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        return desk.counter(clerk, pointCode, number);
    }

    @PostMapping("/counters/{pointCode}/{number}/open")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open the counter (it counts for the wait estimates)")
    void open(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        desk.open(clerk, pointCode, number);
    }

    @PostMapping("/counters/{pointCode}/{number}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the counter")
    void close(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        desk.close(clerk, pointCode, number);
    }

    @PostMapping("/counters/{pointCode}/{number}/call-next")
    @Operation(summary = "Call the next ticket: due appointments, then priorities, then by queue time")
    Ticket callNext(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        return desk.callNext(clerk, pointCode, number);
    }

    @PostMapping("/counters/{pointCode}/{number}/recall")
    @Operation(summary = "Call the counter's ticket again")
    Ticket recall(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        return desk.recall(clerk, pointCode, number);
    }

    @PostMapping("/counters/{pointCode}/{number}/skip")
    @Operation(summary = "No-show: back of the line after a grace period; the second time the ticket ends")
    Ticket skip(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        return desk.skip(clerk, pointCode, number);
    }

    @PostMapping(path = "/counters/{pointCode}/{number}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send the counter's ticket to another counter or line; it keeps its place")
    Ticket transfer(
            Actor clerk, @PathVariable String pointCode, @PathVariable int number, @RequestBody Transfer request) {
        return desk.transfer(clerk, pointCode, number, request.toCounter(), request.toLine());
    }

    @PostMapping("/counters/{pointCode}/{number}/serve")
    @Operation(summary = "The resident has come: service starts")
    Ticket serve(Actor clerk, @PathVariable String pointCode, @PathVariable int number) {
        return desk.serve(clerk, pointCode, number);
    }

    @PostMapping(path = "/counters/{pointCode}/{number}/finish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End the service with the dossier received or a note (at most 1000 characters)")
    Ticket finish(Actor clerk, @PathVariable String pointCode, @PathVariable int number, @RequestBody Finish request) {
        return desk.finish(clerk, pointCode, number, request.dossierCode(), request.note());
    }

    @PostMapping(path = "/points/{pointCode}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check an appointment in by its code: its ticket is called first from its time")
    Ticket checkIn(Actor clerk, @PathVariable String pointCode, @RequestBody CheckIn request) {
        return checkIns.checkIn(clerk, pointCode, request.code());
    }
}
