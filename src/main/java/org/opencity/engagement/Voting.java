package org.opencity.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opencity.engagement.internal.EngagementProperties;
import org.opencity.engagement.internal.PendingBallotBuilder;
import org.opencity.engagement.internal.PollCache;
import org.opencity.engagement.internal.ReceiptCodes;
import org.opencity.engagement.internal.VoteDesk;
import org.opencity.identity.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Casting a vote: checks the poll is open, the person eligible and the ballot well-formed (each criterion once, known
 * candidates, as many as the ballot allows, a ranking without repeats), then hands it to the writer and waits for
 * the commit that holds it (ADR 15). The database decides whether it is the person's first vote on each criterion.
 */
@Service
public class Voting {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PollCache polls;
    private final Eligibility eligibility;
    private final VoteDesk desk;
    private final EngagementProperties properties;
    private final Clock clock;

    Voting(PollCache polls, Eligibility eligibility, VoteDesk desk, EngagementProperties properties, Clock clock) {
        this.polls = polls;
        this.eligibility = eligibility;
        this.desk = desk;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param remoteAddress the voter's address, kept only as its network's keyed hash (patterns report)
     * @throws EngagementProblem why the vote was not counted (nothing was written)
     * @throws VotesThrottled too many attempts from this account or network
     */
    public VoteReceipt vote(Actor voter, UUID pollId, List<BallotChoice> choices, String remoteAddress) {
        Poll poll = polls.find(pollId).orElseThrow(PollNotFound::new);
        if (poll.kind() != PollKind.POLL) {
            throw EngagementProblem.invalid("problem.engagement.not-a-poll");
        }
        Instant now = clock.instant();
        requireOpen(poll, now);
        eligibility.check(poll, voter);
        checkBallot(poll, choices);
        String network = desk.network(remoteAddress);
        long wait = desk.refusal(voter.id().toString(), network);
        if (wait > 0) {
            throw new VotesThrottled(wait);
        }
        String receipt = ReceiptCodes.next();
        Actor.Standing standing = voter.standing();
        CompletableFuture<VoteReceipt> done = desk.submit(PendingBallotBuilder.builder()
                .pollId(poll.id())
                .pollTitle(poll.titleVi())
                .ballot(poll.ballot())
                .changeable(poll.changeable())
                .voter(voter.id().value())
                .receipt(receipt)
                .fingerprint(ReceiptCodes.fingerprint(receipt))
                .choices(choices)
                .identityLevel(standing.identityLevel())
                .network(network)
                .newAccount(standing.accountCreatedAt() != null
                        && standing.accountCreatedAt().isAfter(now.minus(properties.newAccountAge())))
                .castAt(now)
                .done(new CompletableFuture<>())
                .build());
        return await(poll, done);
    }

    static void requireOpen(Poll poll, Instant now) {
        switch (poll.status(now)) {
            case UPCOMING ->
                throw EngagementProblem.conflict("problem.engagement.not-yet-open", WHEN.format(poll.opensAt()));
            case CLOSED, PUBLISHED ->
                throw EngagementProblem.conflict("problem.engagement.closed", WHEN.format(poll.closesAt()));
            case OPEN -> {}
        }
    }

    private static void checkBallot(Poll poll, List<BallotChoice> choices) {
        if (choices == null || choices.isEmpty()) {
            throw EngagementProblem.invalid("problem.engagement.no-choice");
        }
        Set<String> criteria = new HashSet<>();
        for (BallotChoice choice : choices) {
            if (choice == null
                    || choice.criterion() == null
                    || poll.criterion(choice.criterion()).isEmpty()) {
                throw EngagementProblem.invalid("problem.engagement.unknown-criterion", safe(choice));
            }
            if (!criteria.add(choice.criterion())) {
                throw EngagementProblem.invalid("problem.engagement.criterion-twice", choice.criterion());
            }
            List<String> candidates = choice.candidates();
            int max = poll.ballot() == BallotKind.SINGLE ? 1 : poll.maxChoices();
            if (candidates.isEmpty()) {
                throw EngagementProblem.invalid("problem.engagement.no-candidate", criterionName(poll, choice));
            }
            if (candidates.size() > max) {
                throw EngagementProblem.invalid("problem.engagement.too-many", max, criterionName(poll, choice));
            }
            if (new HashSet<>(candidates).size() != candidates.size()) {
                throw EngagementProblem.invalid("problem.engagement.candidate-twice", criterionName(poll, choice));
            }
            for (String candidate : candidates) {
                if (candidate == null || poll.candidate(candidate).isEmpty()) {
                    throw EngagementProblem.invalid(
                            "problem.engagement.unknown-candidate", criterionName(poll, choice));
                }
            }
        }
    }

    private VoteReceipt await(Poll poll, CompletableFuture<VoteReceipt> done) {
        try {
            return done.get(properties.voteTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            throw new EngagementProblem(HttpStatus.SERVICE_UNAVAILABLE, "problem.engagement.busy");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EngagementProblem(HttpStatus.SERVICE_UNAVAILABLE, "problem.engagement.busy");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof EngagementProblem problem
                    && "problem.engagement.already-voted".equals(problem.messageKey())) {
                String code = String.valueOf(problem.arguments()[0]);
                Locale locale = LocaleContextHolder.getLocale();
                throw EngagementProblem.conflict(
                        "problem.engagement.already-voted",
                        poll.criterion(code).map(c -> c.name(locale)).orElse(code));
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private static String criterionName(Poll poll, BallotChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        return poll.criterion(choice.criterion()).map(c -> c.name(locale)).orElse(choice.criterion());
    }

    private static String safe(BallotChoice choice) {
        String code = choice == null ? null : choice.criterion();
        return code == null ? "–" : code.length() > 40 ? code.substring(0, 40) : code;
    }
}
