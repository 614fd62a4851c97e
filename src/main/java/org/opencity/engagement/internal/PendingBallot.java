package org.opencity.engagement.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.opencity.engagement.BallotChoice;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.VoteReceipt;

/**
 * A checked vote waiting for the writer's next commit; {@code done} completes when it is committed (or refused by
 * the database, for a person who already voted on a poll whose votes cannot be changed).
 */
@RecordBuilder
public record PendingBallot(
        UUID pollId,
        String pollTitle,
        BallotKind ballot,
        boolean changeable,
        UUID voter,
        String receipt,
        String fingerprint,
        List<BallotChoice> choices,
        int identityLevel,
        String network,
        boolean newAccount,
        Instant castAt,
        CompletableFuture<VoteReceipt> done) {

    public PendingBallot {
        choices = List.copyOf(choices);
    }

    /** The candidates a choice adds to the running tally: a ranked ballot's first preference, else every one. */
    List<String> counted(BallotChoice choice) {
        return ballot == BallotKind.RANKED ? choice.candidates().subList(0, 1) : choice.candidates();
    }
}
