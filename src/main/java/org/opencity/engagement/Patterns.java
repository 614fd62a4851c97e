package org.opencity.engagement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opencity.engagement.internal.EngagementProperties;
import org.opencity.engagement.internal.PatternRepository;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.UnitId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The suspicious-patterns report of a poll, for those who run it (audited). */
@Service
public class Patterns {

    private final Polls polls;
    private final PatternRepository patterns;
    private final EngagementProperties properties;
    private final AuditTrail audit;

    Patterns(Polls polls, PatternRepository patterns, EngagementProperties properties, AuditTrail audit) {
        this.polls = polls;
        this.patterns = patterns;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional
    public VotePatterns of(UUID pollId, Actor officer) {
        Poll poll = polls.get(pollId);
        polls.requireRuns(officer, poll);
        long[] voters = patterns.voters(pollId);
        Object[] peak = patterns.peakMinute(pollId);
        audit.record(
                officer,
                EngagementAuditAction.POLL_PATTERNS_READ,
                "poll",
                pollId.toString(),
                poll.ownerUnitId() == null ? null : new UnitId(poll.ownerUnitId()),
                Map.of());
        return VotePatternsBuilder.builder()
                .pollId(pollId)
                .voters(voters[0])
                .newAccountVoters(voters[1])
                .peakMinute(peak == null ? null : (Instant) peak[0])
                .peakMinuteVoters(peak == null ? 0 : (Long) peak[1])
                .bursts(patterns.bursts(pollId, poll.opensAt(), properties.burstVoters()))
                .build();
    }
}
