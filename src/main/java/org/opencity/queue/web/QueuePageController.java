package org.opencity.queue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.queue.Priority;
import org.opencity.queue.QueueTickets;
import org.opencity.queue.Ticket;
import org.opencity.queue.TicketNotFound;
import org.opencity.queue.internal.BoardReader;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents' side: the kiosk (at the point or on a phone), a ticket's own page and the point's display board.
 * Each works without JavaScript; the ticket page and the board update live with it.
 */
@Controller
class QueuePageController {

    static final int BOARD_REFRESH_SECONDS = 15;

    private final ServicePoints points;
    private final QueueTickets tickets;
    private final BoardReader boards;
    private final ProblemWriter problems;

    QueuePageController(ServicePoints points, QueueTickets tickets, BoardReader boards, ProblemWriter problems) {
        this.points = points;
        this.tickets = tickets;
        this.boards = boards;
        this.problems = problems;
    }

    @GetMapping("/service-points/{code}/kiosk")
    String kiosk(@PathVariable String code, Model model) {
        return kioskPage(points.get(code), model);
    }

    @PostMapping("/service-points/{code}/kiosk")
    String take(
            @PathVariable String code,
            @RequestParam(required = false) String line,
            @RequestParam(required = false) String priority,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        ServicePoint point = points.get(code);
        try {
            Ticket ticket = tickets.take(point.code(), line, priority(priority), SignedIn.residentOrNull());
            return "redirect:/tickets/" + ticket.id();
        } catch (LocalizedProblem problem) {
            if (problem.status().is5xxServerError()) {
                throw problem;
            }
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.message(problem, locale));
            model.addAttribute("chosenLine", line);
            return kioskPage(point, model);
        }
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable String id, Model model) {
        Ticket ticket = tickets.ticket(uuid(id));
        model.addAttribute("ticket", ticket);
        model.addAttribute("point", points.get(ticket.pointCode()));
        return "queue/ticket";
    }

    @GetMapping("/service-points/{code}/board")
    String board(@PathVariable String code, Model model) {
        ServicePoint point = points.get(code);
        model.addAttribute("point", point);
        model.addAttribute("board", boards.state(point.code()));
        model.addAttribute("refreshSeconds", BOARD_REFRESH_SECONDS);
        return "queue/board";
    }

    private String kioskPage(ServicePoint point, Model model) {
        model.addAttribute("point", point);
        model.addAttribute("openNow", points.isOpenNow(point));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("board", boards.state(point.code()));
        return "queue/kiosk";
    }

    private static Priority priority(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Priority.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new org.opencity.platform.InvalidRequest("problem.queue.priority-unknown");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new TicketNotFound();
        }
    }
}
