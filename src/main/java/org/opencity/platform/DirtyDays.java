package org.opencity.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the days whose figures changed, for a module that keeps daily figures beside its own rows: writers
 * append the days they touched to a {@code dirty} table (id, day), and this takes them in order, a few at a time.
 *
 * <p>Writers are never blocked: they only insert new rows, and this deletes only the rows it has read (ids up to the
 * highest it saw), inside the transaction that wrote the new figures, so a crash loses nothing. A transaction-scoped
 * advisory lock lets one node work at a time; the others skip the turn.
 */
public final class DirtyDays {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String table;
    private final long lockKey;
    private final int daysPerTurn;

    /**
     * @param table the dirty table's name (columns {@code id bigserial, day date})
     * @param lockKey the advisory lock that keeps two nodes from recomputing at once
     * @param daysPerTurn how many days one transaction recomputes, so that a backlog of days (after a bulk load) is
     *     taken in short transactions
     */
    public DirtyDays(JdbcClient jdbc, TransactionTemplate transactions, String table, long lockKey, int daysPerTurn) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.lockKey = lockKey;
        this.daysPerTurn = daysPerTurn;
    }

    /**
     * The schedule's turn: recomputes every day noted so far, one transaction per {@code daysPerTurn} days, unless
     * another node is at it.
     *
     * @return how many days were recomputed; 0 when there was nothing to do or another node holds the lock
     */
    public int refresh(Consumer<List<LocalDate>> recompute) {
        return run(recompute, false);
    }

    /**
     * Recomputes every day noted so far, waiting for whoever holds the lock first: when this returns, every write
     * committed before the call is counted.
     */
    public int catchUp(Consumer<List<LocalDate>> recompute) {
        return run(recompute, true);
    }

    private int run(Consumer<List<LocalDate>> recompute, boolean wait) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> turn(recompute, wait));
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int turn(Consumer<List<LocalDate>> recompute, boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", lockKey).query().singleRow();
        } else {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", lockKey)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
        }
        Long highest = jdbc.sql("select max(id) from " + table)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (highest == null) {
            return 0;
        }
        List<LocalDate> days = jdbc.sql(
                        "select distinct day from " + table + " where id <= :highest order by day limit :n")
                .param("highest", highest)
                .param("n", daysPerTurn)
                .query(LocalDate.class)
                .list();
        if (days.isEmpty()) {
            return 0;
        }
        recompute.accept(days);
        jdbc.sql("delete from " + table + " where id <= :highest and day = any(cast(:days as date[]))")
                .param("highest", highest)
                .param("days", isoDays(days))
                .update();
        return days.size();
    }

    /** The days as ISO strings, which the driver sends as a text array and PostgreSQL casts to dates. */
    public static String[] isoDays(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).toArray(String[]::new);
    }
}
