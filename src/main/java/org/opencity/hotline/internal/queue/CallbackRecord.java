package org.opencity.hotline.internal.queue;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.UUID;

/** A row of htl_callback: a caller to ring back, and who did. */
@RecordBuilder
public record CallbackRecord(
        UUID id,
        UUID callId,
        String phone,
        Instant requestedAt,
        Instant doneAt,
        UUID doneBy,
        String doneByName,
        String note) {}
