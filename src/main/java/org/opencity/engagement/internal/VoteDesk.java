package org.opencity.engagement.internal;

import java.util.concurrent.CompletableFuture;
import org.opencity.engagement.VoteReceipt;
import org.springframework.stereotype.Component;

/** What {@link org.opencity.engagement.Voting} needs of the module's inner parts: networks, limits, the writer. */
@Component
public class VoteDesk {

    private final NetworkKeys networks;
    private final VoteRateLimit limits;
    private final VoteWriter writer;

    VoteDesk(NetworkKeys networks, VoteRateLimit limits, VoteWriter writer) {
        this.networks = networks;
        this.limits = limits;
        this.writer = writer;
    }

    public String network(String remoteAddress) {
        return networks.of(remoteAddress);
    }

    /** Seconds to wait before trying again, or 0. */
    public long refusal(String voter, String network) {
        return limits.refusal(voter, network);
    }

    public CompletableFuture<VoteReceipt> submit(PendingBallot ballot) {
        return writer.submit(ballot);
    }
}
