package org.opencity.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencity.DemoPeople;
import org.opencity.engagement.internal.PollCache;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What vote tests share: voters made straight in the database (verified or not, with a home ward), and polls of
 * their own, created through the service as an administrator would.
 */
@Component
public class TestPolls {

    private final JdbcClient jdbc;
    private final Actors actors;
    private final Polls polls;
    private final DemoPeople people;
    private final Clock clock;
    private final PollCache cache;

    TestPolls(JdbcClient jdbc, Actors actors, Polls polls, DemoPeople people, Clock clock, PollCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.actors = actors;
        this.polls = polls;
        this.people = people;
        this.clock = clock;
    }

    /** A person with a checked citizen ID (level 2) living in Hoàn Kiếm. */
    public Actor verified() {
        return voter(2, "00070");
    }

    public Actor voter(int level, String homeWard) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idn_account (id, email, display_name, password_hash, home_ward_code, identity_level,
                    citizen_id_hash, created_at)
                values (:id, :email, 'Người Bình Chọn', '{noop}unused', :ward, :level, :hash, now() - interval '30 days')""")
                .param("id", id)
                .param("email", "voter-" + id + "@example.vn")
                .param("ward", homeWard)
                .param("level", level)
                .param("hash", level == 2 ? "test-" + id : null)
                .update();
        return actors.actor(new AccountId(id)).orElseThrow();
    }

    public List<Actor> verified(int count) {
        return IntStream.range(0, count).mapToObj(i -> verified()).toList();
    }

    /** An open poll (single choice, level 2, votes final) with criteria a, b and candidates x, y, z. */
    public Poll open() {
        return create(base().build());
    }

    public PollBuilder base() {
        Instant now = clock.instant();
        return PollBuilder.builder()
                .kind(PollKind.POLL)
                .titleVi("Bình chọn thử " + UUID.randomUUID())
                .titleEn("Test vote")
                .descriptionVi("")
                .descriptionEn("")
                .ballot(BallotKind.SINGLE)
                .maxChoices(1)
                .opensAt(now.minus(Duration.ofHours(1)))
                .closesAt(now.plus(Duration.ofDays(1)))
                .audience(Audience.EVERYONE)
                .minIdentityLevel(2)
                .changeable(false)
                .liveResults(true)
                .criteria(List.of(
                        new Criterion("a", "Tiêu chí A", "Criterion A"),
                        new Criterion("b", "Tiêu chí B", "Criterion B")))
                .candidates(List.of(
                        new Candidate("x", "Lựa chọn X", "Option X", "", "", null),
                        new Candidate("y", "Lựa chọn Y", "Option Y", "", "", null),
                        new Candidate("z", "Lựa chọn Z", "Option Z", "", "", null)))
                .questions(List.of());
    }

    public Poll create(Poll draft) {
        return polls.create(people.actor(DemoPeople.ADMIN), draft);
    }

    /** Moves a poll's close into the past, as if its time had come (and forgets the cached poll). */
    public void close(UUID poll) {
        jdbc.sql("update eng_poll set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute'"
                        + " where id = :id")
                .param("id", poll)
                .update();
        forget(poll);
    }

    private void forget(UUID poll) {
        cache.forgetAfterCommit(poll);
    }
}
