package org.opencity.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Voting on real PostgreSQL through the grouped writer: one vote per person and criterion whatever the concurrency,
 * changes replace, refusals say why and write nothing, and the running tally always equals a recount.
 */
@SpringBootTest
class VotingTests {

    @Autowired
    Voting voting;

    @Autowired
    Results results;

    @Autowired
    TestPolls fixtures;

    @Autowired
    JdbcClient jdbc;

    private static List<BallotChoice> choose(String criterion, String... candidates) {
        return List.of(new BallotChoice(criterion, List.of(candidates)));
    }

    @Test
    void concurrentVotesOfOnePersonCountOnceAndTheTallyEqualsTheRecount() throws Exception {
        Poll poll = fixtures.open();
        List<Actor> voters = fixtures.verified(40);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (Actor voter : voters) {
            // Each person sends the same vote three times at once, and a different one too.
            for (int i = 0; i < 3; i++) {
                attempts.add(() -> outcome(() -> voting.vote(voter, poll.id(), choose("a", "x"), "203.0.113.9")));
            }
            attempts.add(() -> outcome(() -> voting.vote(voter, poll.id(), choose("a", "y"), "203.0.113.9")));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : pool.invokeAll(attempts)) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        long accepted = outcomes.stream().filter(VoteReceipt.class::isInstance).count();
        long refused = outcomes.stream()
                .filter(o -> o instanceof EngagementProblem p && p.status() == HttpStatus.CONFLICT)
                .count();
        assertThat(accepted).isEqualTo(40);
        assertThat(refused).isEqualTo(120);
        long rows = jdbc.sql("select count(*) from eng_vote where poll_id = :p")
                .param("p", poll.id())
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(40);
        assertThat(results.tally(poll.id())).isEqualTo(results.recount(poll.id()));
        PollResults count = results.of(poll.id(), null);
        assertThat(count.criteria().get(0).votes()).isEqualTo(40);
        assertThat(count.criteria().get(0).votesByIdentityLevel()).containsEntry(2, 40L);
    }

    @Test
    void aChangedVoteReplacesTheEarlierOneAndItsReceiptSaysReplaced() {
        Poll poll = fixtures.create(fixtures.base().changeable(true).build());
        Actor voter = fixtures.verified();
        VoteReceipt first = voting.vote(
                voter,
                poll.id(),
                List.of(new BallotChoice("a", List.of("x")), new BallotChoice("b", List.of("x"))),
                "203.0.113.9");
        VoteReceipt second = voting.vote(voter, poll.id(), choose("a", "z"), "203.0.113.9");
        assertThat(second.replaced()).isTrue();
        assertThat(results.tally(poll.id())).isEqualTo(Map.of("a", Map.of("z", 1L), "b", Map.of("x", 1L)));
        assertThat(results.tally(poll.id())).isEqualTo(results.recount(poll.id()));
        // The first receipt still holds criterion b; a third vote on b leaves it with nothing: replaced.
        assertThat(results.check(poll.id(), first.receipt()).criteria()).containsExactly("b");
        voting.vote(voter, poll.id(), choose("b", "y"), "203.0.113.9");
        assertThat(results.check(poll.id(), first.receipt()).status()).isEqualTo(ReceiptStatus.REPLACED);
        assertThat(results.check(poll.id(), second.receipt()).status()).isEqualTo(ReceiptStatus.COUNTED);
    }

    @Test
    void receiptsVerifyAndAForgedOneDoesNot() {
        Poll poll = fixtures.open();
        VoteReceipt receipt = voting.vote(fixtures.verified(), poll.id(), choose("a", "y"), "203.0.113.9");
        ReceiptCheck check =
                results.check(poll.id(), receipt.receipt().toLowerCase().replace("-", " "));
        assertThat(check.status()).isEqualTo(ReceiptStatus.COUNTED);
        assertThat(check.criteria()).containsExactly("a");
        assertThat(results.bulletin(poll.id(), null, 1000)).contains(check.fingerprint());
        String forged = "BV-" + "ABCDE-FGHJK-MNPQR-STVWX";
        assertThat(results.check(poll.id(), forged).status()).isEqualTo(ReceiptStatus.UNKNOWN);
        assertThatThrownBy(() -> results.check(poll.id(), "not a receipt"))
                .isInstanceOfSatisfying(
                        EngagementProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void ineligiblePeopleAreRefusedWithTheReasonAndNothingIsWritten() {
        Poll poll = fixtures.open();
        Actor unverified = fixtures.voter(1, "00070");
        assertThatThrownBy(() -> voting.vote(unverified, poll.id(), choose("a", "x"), "203.0.113.9"))
                .isInstanceOfSatisfying(EngagementProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(p.messageKey()).isEqualTo("problem.engagement.identity-level");
                });
        Poll wardPoll = fixtures.create(fixtures.base()
                .audience(Audience.WARD_RESIDENTS)
                .wardCode("00166")
                .build());
        assertThatThrownBy(() -> voting.vote(fixtures.verified(), wardPoll.id(), choose("a", "x"), "203.0.113.9"))
                .isInstanceOfSatisfying(
                        EngagementProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("problem.engagement.ward-residents"));
        assertThat(voting.vote(fixtures.voter(2, "00166"), wardPoll.id(), choose("a", "x"), "203.0.113.9"))
                .isNotNull();
        assertThat(votes(poll)).isZero();
    }

    @Test
    void badBallotsAreRefusedAndNothingIsWritten() {
        Poll poll = fixtures.open();
        Poll ranked = fixtures.create(
                fixtures.base().ballot(BallotKind.RANKED).maxChoices(3).build());
        Poll multiple = fixtures.create(
                fixtures.base().ballot(BallotKind.MULTIPLE).maxChoices(2).build());
        Actor voter = fixtures.verified();
        assertBad(() -> voting.vote(voter, poll.id(), choose("a", "nobody"), "203.0.113.9"), "unknown-candidate");
        assertBad(() -> voting.vote(voter, poll.id(), choose("zz", "x"), "203.0.113.9"), "unknown-criterion");
        assertBad(() -> voting.vote(voter, poll.id(), choose("a", "x", "y"), "203.0.113.9"), "too-many");
        assertBad(() -> voting.vote(voter, poll.id(), List.of(), "203.0.113.9"), "no-choice");
        assertBad(
                () -> voting.vote(
                        voter,
                        poll.id(),
                        List.of(new BallotChoice("a", List.of("x")), new BallotChoice("a", List.of("y"))),
                        "203.0.113.9"),
                "criterion-twice");
        assertBad(() -> voting.vote(voter, ranked.id(), choose("a", "x", "y", "z", "x"), "203.0.113.9"), "too-many");
        assertBad(() -> voting.vote(voter, ranked.id(), choose("a", "x", "x"), "203.0.113.9"), "candidate-twice");
        assertBad(() -> voting.vote(voter, multiple.id(), choose("a", "x", "y", "z"), "203.0.113.9"), "too-many");
        assertThat(votes(poll) + votes(ranked) + votes(multiple)).isZero();
        // The same person's well-formed ballots are then counted.
        assertThat(voting.vote(voter, ranked.id(), choose("a", "z", "x"), "203.0.113.9")
                        .criteria())
                .containsExactly("a");
        assertThat(voting.vote(voter, multiple.id(), choose("a", "x", "y"), "203.0.113.9")
                        .criteria())
                .containsExactly("a");
        assertThat(results.tally(multiple.id())).isEqualTo(Map.of("a", Map.of("x", 1L, "y", 1L)));
        assertThat(results.tally(ranked.id())).isEqualTo(Map.of("a", Map.of("z", 1L)));
    }

    @Test
    void closedAndUpcomingPollsRefuseVotesInTheVotersLanguage() {
        Poll poll = fixtures.open();
        fixtures.close(poll.id());
        assertThatThrownBy(() -> voting.vote(fixtures.verified(), poll.id(), choose("a", "x"), "203.0.113.9"))
                .isInstanceOfSatisfying(EngagementProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(p.messageKey()).isEqualTo("problem.engagement.closed");
                });
        Poll later = fixtures.create(fixtures.base()
                .opensAt(java.time.Instant.now().plusSeconds(3600))
                .closesAt(java.time.Instant.now().plusSeconds(7200))
                .build());
        assertThatThrownBy(() -> voting.vote(fixtures.verified(), later.id(), choose("a", "x"), "203.0.113.9"))
                .isInstanceOfSatisfying(
                        EngagementProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("problem.engagement.not-yet-open"));
    }

    @Test
    void aRankedPollIsWonByInstantRunoffAfterTheClose() {
        Poll poll = fixtures.create(fixtures.base()
                .ballot(BallotKind.RANKED)
                .maxChoices(3)
                .criteria(List.of(new Criterion("a", "A", "A")))
                .build());
        // First preferences: x 4, y 3, z 2; z's voters prefer y next: y wins in round 2.
        vote(poll, 4, "x", "y");
        vote(poll, 3, "y", "x");
        vote(poll, 2, "z", "y");
        fixtures.close(poll.id());
        PollResults.CriterionResult a = results.of(poll.id(), null).criteria().get(0);
        assertThat(a.candidates().get(0).candidate()).isEqualTo("x");
        assertThat(a.runoff()).hasSize(2);
        assertThat(a.runoff().get(0).eliminated()).isEqualTo("z");
        assertThat(a.runoff().get(1).votes()).containsEntry("y", 5L).containsEntry("x", 4L);
        assertThat(a.winner()).isEqualTo("y");
    }

    private void vote(Poll poll, int times, String... ranking) {
        for (int i = 0; i < times; i++) {
            voting.vote(fixtures.verified(), poll.id(), choose("a", ranking), "203.0.113.9");
        }
    }

    private long votes(Poll poll) {
        return jdbc.sql("select count(*) from eng_vote where poll_id = :p")
                .param("p", poll.id())
                .query(Long.class)
                .single();
    }

    private static void assertBad(Runnable call, String problem) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(EngagementProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(p.messageKey()).isEqualTo("problem.engagement." + problem);
        });
    }

    private static Object outcome(Callable<Object> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }
}
