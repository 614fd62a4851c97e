package org.opencity.queue.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.queue.Priority;
import org.opencity.queue.TicketStatus;

/** A row of q_ticket. */
@RecordBuilder
public record TicketRow(
        UUID id,
        String pointCode,
        String lineCode,
        LocalDate day,
        int seq,
        String number,
        boolean appointment,
        Priority priority,
        UUID appointmentId,
        Instant appointmentStart,
        AccountId resident,
        TicketStatus status,
        Instant takenAt,
        Instant queuedAt,
        Instant eligibleAt,
        int skips,
        Integer counterNumber,
        Integer toCounter,
        Instant calledAt,
        Instant servingAt,
        Instant finishedAt) {}
