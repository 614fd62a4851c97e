package org.opencity.queue;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A queue ticket as the resident's page and the API show it: nothing personal.
 *
 * @param id random and unguessable: the ticket page's address
 * @param number as printed, e.g. {@code A-017}
 * @param lineCode the line it waits on now
 * @param appointment true for a checked-in appointment
 * @param ticketsBefore waiting tickets of its line called before it (0 while it is not waiting)
 * @param estimatedMinutes how long it should still wait (0 while it is not waiting)
 * @param counter the counter that called it, while it is called or served
 */
@RecordBuilder
public record Ticket(
        UUID id,
        String number,
        String pointCode,
        String lineCode,
        LocalDate day,
        TicketStatus status,
        Priority priority,
        boolean appointment,
        int ticketsBefore,
        int estimatedMinutes,
        Integer counter,
        Instant takenAt) {}
