package org.opencity.hotline.internal.queue;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;

/** A row of htl_handover: a caller in the queue for a person, and what became of it. */
@RecordBuilder
public record WaitRecord(
        UUID id,
        UUID callId,
        WaitStatus status,
        Instant queuedAt,
        Instant acceptedAt,
        UUID acceptedBy,
        String acceptedByName,
        String dialAddress,
        Instant connectedAt,
        Instant closedAt,
        String closingOutcome,
        String closingNote) {}
