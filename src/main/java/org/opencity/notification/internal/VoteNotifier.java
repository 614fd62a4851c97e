package org.opencity.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.opencity.engagement.PollResultPublished;
import org.opencity.engagement.Results;
import org.opencity.engagement.VotesCast;
import org.opencity.identity.AccountId;
import org.opencity.shared.WorkingCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms each counted vote with its receipt, and tells a poll's voters when its final result is published. Keys
 * hold the receipt's fingerprint and the poll, so a redelivered event tells no one twice.
 */
@Component
class VoteNotifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int PAGE = 500;

    private final Notifier notifier;
    private final Results results;

    VoteNotifier(Notifier notifier, Results results) {
        this.notifier = notifier;
        this.results = results;
    }

    @ApplicationModuleListener
    void on(VotesCast event) {
        for (VotesCast.Cast vote : event.votes()) {
            notifier.notify(
                    vote.voter(),
                    "vote:" + vote.pollId() + ":" + vote.receipt(),
                    "vote.confirmed",
                    List.of(
                            vote.pollTitle(),
                            WHEN.format(vote.castAt().atZone(WorkingCalendar.VIETNAM)),
                            vote.receipt()),
                    "/polls/" + vote.pollId() + "/check");
        }
    }

    @ApplicationModuleListener
    void on(PollResultPublished event) {
        UUID after = null;
        List<UUID> voters;
        do {
            voters = results.voters(event.pollId(), after, PAGE);
            for (UUID voter : voters) {
                notifier.notify(
                        new AccountId(voter),
                        "vote:" + event.pollId() + ":result",
                        "vote.result",
                        List.of(event.pollTitle()),
                        "/polls/" + event.pollId() + "/results");
            }
            after = voters.isEmpty() ? null : voters.get(voters.size() - 1);
        } while (voters.size() == PAGE);
    }
}
