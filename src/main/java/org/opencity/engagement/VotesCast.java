package org.opencity.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencity.identity.AccountId;

/**
 * Votes committed together (the writer groups concurrent votes into one commit, ADR 15): one event per commit, so
 * that a spike of votes does not become a spike of event publications.
 */
public record VotesCast(List<Cast> votes) {

    public VotesCast {
        votes = List.copyOf(votes);
    }

    /** One voter's counted vote, with the receipt for the confirmation. */
    public record Cast(AccountId voter, UUID pollId, String pollTitle, String receipt, Instant castAt) {}
}
