package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a voter keeps: the receipt code (shown once; the platform keeps only its fingerprint), the criteria it
 * covers and when the vote was counted. {@code replaced} is true when it replaced the voter's earlier vote.
 * Serializable: the receipt page gets it as a flash attribute, which lives in the session (kept in PostgreSQL).
 */
@RecordBuilder
public record VoteReceipt(
        String receipt, String fingerprint, UUID pollId, List<String> criteria, Instant castAt, boolean replaced)
        implements Serializable {

    public VoteReceipt {
        criteria = List.copyOf(criteria);
    }
}
