package org.opencity.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signs of organised voting for the people who run a poll to look into: networks from which unusually many people
 * voted within ten minutes, and votes of accounts made shortly before. A network is shown only as a keyed hash.
 *
 * @param newAccountVoters voters whose account was younger than the configured age when they voted
 * @param peakMinute the busiest minute, with {@code peakMinuteVoters} votes
 */
@RecordBuilder
public record VotePatterns(
        UUID pollId,
        long voters,
        long newAccountVoters,
        Instant peakMinute,
        long peakMinuteVoters,
        List<NetworkBurst> bursts) {

    public VotePatterns {
        bursts = List.copyOf(bursts);
    }

    /** More than the threshold of voters from one network in ten minutes. */
    public record NetworkBurst(String network, Instant windowStart, long voters, long newAccountVoters) {}
}
