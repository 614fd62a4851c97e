package org.opencity.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A counted vote reaches the voter's inbox with its receipt; a published result reaches every voter once. */
@SpringBootTest
class VoteNotificationTests {

    @Autowired
    Voting voting;

    @Autowired
    Polls polls;

    @Autowired
    TestPolls fixtures;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVoterIsToldTheReceiptAndLaterTheResult() {
        Poll poll = fixtures.open();
        Actor voter = fixtures.verified();
        VoteReceipt receipt =
                voting.vote(voter, poll.id(), List.of(new BallotChoice("a", List.of("x"))), "198.51.100.7");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inbox(voter))
                        .anySatisfy(body ->
                                assertThat(body).contains(receipt.receipt()).contains(poll.titleVi())));
        fixtures.close(poll.id());
        polls.publish(people.actor(DemoPeople.ADMIN), poll.id());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(inbox(voter))
                        .anySatisfy(body -> assertThat(body).contains("Kết quả cuối cùng")));
        assertThat(inbox(voter)).hasSize(2);
    }

    private List<String> inbox(Actor person) {
        return jdbc.sql("select body from ntf_inbox where account_id = :id")
                .param("id", person.id().value())
                .query(String.class)
                .list();
    }
}
