package org.opencity.engagement.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The votes' settings ({@code opencity.engagement.*}).
 *
 * @param batchSize the most votes the writer commits together (ADR 15)
 * @param voteTimeout how long a voter's request waits for its commit before it is told to check its receipt later
 * @param personLimit vote attempts one account may make per {@code limitWindow}
 * @param networkLimit vote attempts one network (/24 or /48) may make per {@code limitWindow}
 * @param limitWindow the rate limits' window
 * @param newAccountAge an account younger than this when it votes counts as new in the patterns report
 * @param burstVoters a network with more voters than this in ten minutes shows in the patterns report
 * @param confirmations whether each voter gets a confirmation with the receipt (inbox, and the channels they chose)
 * @param resultsInterval how often a node reads the tallies of the polls someone follows live
 */
@ConfigurationProperties("opencity.engagement")
public record EngagementProperties(
        @DefaultValue("512") int batchSize,
        @DefaultValue("10s") Duration voteTimeout,
        @DefaultValue("20") int personLimit,
        @DefaultValue("3000") int networkLimit,
        @DefaultValue("1m") Duration limitWindow,
        @DefaultValue("1h") Duration newAccountAge,
        @DefaultValue("100") int burstVoters,
        @DefaultValue("true") boolean confirmations,
        @DefaultValue("1s") Duration resultsInterval) {}
