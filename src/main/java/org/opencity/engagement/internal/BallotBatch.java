package org.opencity.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opencity.engagement.BallotChoice;
import org.opencity.engagement.EngagementProblem;
import org.opencity.engagement.VoteReceipt;
import org.opencity.engagement.VoteReceiptBuilder;
import org.opencity.engagement.VotesCast;
import org.opencity.identity.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One commit of the {@link VoteWriter}: inserts every row of the group in one statement; a row that already exists
 * (the person voted on that criterion before) replaces the earlier vote where the poll allows it, or refuses the whole
 * ballot; then moves the running tallies by the group's net change, in key order (two nodes never deadlock), and
 * publishes one {@link VotesCast}. Voters are answered after the commit. If the group fails as a whole, each ballot
 * is tried alone, so one bad ballot cannot refuse its neighbours.
 */
@Component
class BallotBatch {

    private static final Logger log = LoggerFactory.getLogger(BallotBatch.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final EngagementProperties properties;

    BallotBatch(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            EngagementProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.properties = properties;
    }

    void commit(List<PendingBallot> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            Outcomes outcomes = transactions.execute(status -> write(group));
            outcomes.answer();
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                log.warn("A vote could not be written", groupFailed);
                group.get(0).done().completeExceptionally(groupFailed);
                return;
            }
            log.warn("A group of {} votes failed; trying each alone", group.size(), groupFailed);
            group.forEach(ballot -> commit(List.of(ballot)));
        }
    }

    private Outcomes write(List<PendingBallot> group) {
        Outcomes outcomes = new Outcomes();
        List<Row> rows = new ArrayList<>();
        for (PendingBallot ballot : group) {
            for (BallotChoice choice : ballot.choices()) {
                rows.add(Row.of(ballot, choice));
            }
        }
        rows.sort(Comparator.comparing(Row::key));
        Set<String> inserted = insert(rows);
        Map<PendingBallot, List<Row>> conflicts = new HashMap<>();
        for (Row row : rows) {
            if (!inserted.contains(row.key())) {
                conflicts.computeIfAbsent(row.ballot(), b -> new ArrayList<>()).add(row);
            }
        }
        Tallies tallies = new Tallies();
        List<String[]> replacedReceipts = new ArrayList<>();
        for (PendingBallot ballot : group) {
            List<Row> conflicting = conflicts.getOrDefault(ballot, List.of());
            if (!conflicting.isEmpty() && !ballot.changeable()) {
                deleteInserted(ballot);
                outcomes.refuse(ballot, conflicting.get(0).choice().criterion());
                continue;
            }
            for (BallotChoice choice : ballot.choices()) {
                tallies.add(ballot, choice, ballot.counted(choice), ballot.identityLevel(), 1);
            }
            for (Row row : conflicting) {
                Earlier earlier = replace(row);
                tallies.add(ballot, row.choice(), earlier.counted(ballot), earlier.identityLevel(), -1);
                replacedReceipts.add(new String[] {ballot.pollId().toString(), earlier.fingerprint()});
            }
            outcomes.accept(ballot, !conflicting.isEmpty());
        }
        tallies.apply(jdbc);
        markReplaced(replacedReceipts, group.get(0).castAt());
        if (properties.confirmations() && !outcomes.accepted.isEmpty()) {
            events.publishEvent(new VotesCast(outcomes.accepted.stream()
                    .map(ballot -> new VotesCast.Cast(
                            new AccountId(ballot.voter()),
                            ballot.pollId(),
                            ballot.pollTitle(),
                            ballot.receipt(),
                            ballot.castAt()))
                    .toList()));
        }
        return outcomes;
    }

    private Set<String> insert(List<Row> rows) {
        int n = rows.size();
        String[] polls = new String[n];
        String[] criteria = new String[n];
        String[] voters = new String[n];
        String[] fingerprints = new String[n];
        String[] choices = new String[n];
        String[] levels = new String[n];
        String[] networks = new String[n];
        String[] fresh = new String[n];
        String[] times = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            PendingBallot ballot = row.ballot();
            polls[i] = ballot.pollId().toString();
            criteria[i] = row.choice().criterion();
            voters[i] = ballot.voter().toString();
            fingerprints[i] = ballot.fingerprint();
            choices[i] = String.join(",", row.choice().candidates());
            levels[i] = Integer.toString(ballot.identityLevel());
            networks[i] = ballot.network();
            fresh[i] = Boolean.toString(ballot.newAccount());
            times[i] = ballot.castAt().toString();
        }
        return new HashSet<>(jdbc.sql("""
                        insert into eng_vote (poll_id, criterion, voter, fingerprint, choices, identity_level, network,
                            new_account, cast_at)
                        select p, c, v, f, string_to_array(ch, ','), l, n, na, t
                        from unnest(cast(:polls as uuid[]), cast(:criteria as text[]), cast(:voters as uuid[]),
                            cast(:fingerprints as text[]), cast(:choices as text[]), cast(:levels as smallint[]),
                            cast(:networks as text[]), cast(:fresh as boolean[]), cast(:times as timestamptz[]))
                            as u(p, c, v, f, ch, l, n, na, t)
                        on conflict do nothing
                        returning poll_id || '/' || criterion || '/' || voter""")
                .param("polls", polls)
                .param("criteria", criteria)
                .param("voters", voters)
                .param("fingerprints", fingerprints)
                .param("choices", choices)
                .param("levels", levels)
                .param("networks", networks)
                .param("fresh", fresh)
                .param("times", times)
                .query(String.class)
                .list());
    }

    private void deleteInserted(PendingBallot ballot) {
        jdbc.sql("delete from eng_vote where poll_id = :poll and voter = :voter and fingerprint = :fingerprint")
                .param("poll", ballot.pollId())
                .param("voter", ballot.voter())
                .param("fingerprint", ballot.fingerprint())
                .update();
    }

    /** Locks the earlier vote on the row's criterion, reads what it counted, and puts the new one in its place. */
    private Earlier replace(Row row) {
        PendingBallot ballot = row.ballot();
        Earlier earlier = jdbc.sql("""
                        select fingerprint, choices, identity_level from eng_vote
                        where poll_id = :poll and criterion = :criterion and voter = :voter for update""")
                .param("poll", ballot.pollId())
                .param("criterion", row.choice().criterion())
                .param("voter", ballot.voter())
                .query((rs, i) -> new Earlier(
                        rs.getString("fingerprint"),
                        PollRepository.strings(rs.getArray("choices")),
                        rs.getInt("identity_level")))
                .single();
        jdbc.sql("""
                        update eng_vote set fingerprint = :fingerprint, choices = string_to_array(:choices, ','),
                            identity_level = :level, network = :network, new_account = :fresh, cast_at = :at,
                            changes = changes + 1
                        where poll_id = :poll and criterion = :criterion and voter = :voter""")
                .param("fingerprint", ballot.fingerprint())
                .param("choices", String.join(",", row.choice().candidates()))
                .param("level", ballot.identityLevel())
                .param("network", ballot.network())
                .param("fresh", ballot.newAccount())
                .param("at", Timestamp.from(ballot.castAt()))
                .param("poll", ballot.pollId())
                .param("criterion", row.choice().criterion())
                .param("voter", ballot.voter())
                .update();
        return earlier;
    }

    /** A receipt no row holds any more was replaced; one still holding another criterion is still counted. */
    private void markReplaced(List<String[]> receipts, Instant at) {
        for (String[] receipt : receipts) {
            jdbc.sql("""
                            insert into eng_replaced_receipt (poll_id, fingerprint, replaced_at)
                            select cast(:poll as uuid), :fingerprint, :at
                            where not exists (select 1 from eng_vote
                                              where poll_id = cast(:poll as uuid) and fingerprint = :fingerprint)
                            on conflict do nothing""")
                    .param("poll", receipt[0])
                    .param("fingerprint", receipt[1])
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** One row of the group; its key (poll/criterion/voter) is built once, as the sort compares it many times. */
    private record Row(PendingBallot ballot, BallotChoice choice, String key) {

        static Row of(PendingBallot ballot, BallotChoice choice) {
            return new Row(ballot, choice, ballot.pollId() + "/" + choice.criterion() + "/" + ballot.voter());
        }
    }

    private record Earlier(String fingerprint, List<String> choices, int identityLevel) {

        List<String> counted(PendingBallot ballot) {
            return ballot.counted(new BallotChoice(null, choices));
        }
    }

    /** The group's net change of every tally row, in key order. */
    private static final class Tallies {

        private final TreeMap<String, long[]> candidates = new TreeMap<>();
        private final TreeMap<String, long[]> levels = new TreeMap<>();

        void add(PendingBallot ballot, BallotChoice choice, List<String> counted, int level, int sign) {
            String prefix = ballot.pollId() + "\t" + choice.criterion() + "\t";
            for (String candidate : counted) {
                candidates.computeIfAbsent(prefix + candidate, k -> new long[1])[0] += sign;
            }
            levels.computeIfAbsent(prefix + level, k -> new long[1])[0] += sign;
        }

        void apply(JdbcClient jdbc) {
            upsert(jdbc, "eng_tally", "candidate", "text", candidates);
            upsert(jdbc, "eng_level_tally", "identity_level", "smallint", levels);
        }

        private static void upsert(
                JdbcClient jdbc, String table, String column, String type, TreeMap<String, long[]> m) {
            m.values().removeIf(delta -> delta[0] == 0);
            if (m.isEmpty()) {
                return;
            }
            List<String> polls = new ArrayList<>();
            List<String> criteria = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<String> deltas = new ArrayList<>();
            m.forEach((key, delta) -> {
                String[] parts = key.split("\t", 3);
                polls.add(parts[0]);
                criteria.add(parts[1]);
                keys.add(parts[2]);
                deltas.add(Long.toString(delta[0]));
            });
            jdbc.sql("insert into " + table + " (poll_id, criterion, " + column + ", votes)"
                            + " select p, c, k, d from unnest(cast(:polls as uuid[]), cast(:criteria as text[]),"
                            + " cast(:keys as " + type + "[]), cast(:deltas as bigint[])) as u(p, c, k, d)"
                            + " on conflict (poll_id, criterion, " + column + ")"
                            + " do update set votes = " + table + ".votes + excluded.votes")
                    .param("polls", polls.toArray(String[]::new))
                    .param("criteria", criteria.toArray(String[]::new))
                    .param("keys", keys.toArray(String[]::new))
                    .param("deltas", deltas.toArray(String[]::new))
                    .update();
        }
    }

    /** What each voter of the group is told once the commit is done. */
    private static final class Outcomes {

        private final List<PendingBallot> accepted = new ArrayList<>();
        private final Map<PendingBallot, Boolean> replaced = new HashMap<>();
        private final Map<PendingBallot, String> refused = new HashMap<>();

        void accept(PendingBallot ballot, boolean replacedEarlier) {
            accepted.add(ballot);
            replaced.put(ballot, replacedEarlier);
        }

        void refuse(PendingBallot ballot, String criterion) {
            refused.put(ballot, criterion);
        }

        void answer() {
            for (PendingBallot ballot : accepted) {
                VoteReceipt receipt = VoteReceiptBuilder.builder()
                        .receipt(ballot.receipt())
                        .fingerprint(ballot.fingerprint())
                        .pollId(ballot.pollId())
                        .criteria(ballot.choices().stream()
                                .map(BallotChoice::criterion)
                                .toList())
                        .castAt(ballot.castAt())
                        .replaced(replaced.get(ballot))
                        .build();
                ballot.done().complete(receipt);
            }
            refused.forEach((ballot, criterion) -> ballot.done()
                    .completeExceptionally(EngagementProblem.conflict("problem.engagement.already-voted", criterion)));
        }
    }
}
