package org.opencity.queue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which counters of a point are open (q_counter_state). */
@Repository
public class CounterRepository {

    private final JdbcClient jdbc;

    CounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void set(String point, int number, boolean open, Instant at) {
        jdbc.sql("""
                insert into q_counter_state (point_code, number, open, changed_at) values (:point, :number, :open, :at)
                on conflict (point_code, number) do update set open = :open, changed_at = :at""")
                .param("point", point)
                .param("number", number)
                .param("open", open)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Whether the counter is open, locking its row so one counter's calls happen one after the other. */
    public boolean lockOpen(String point, int number) {
        return jdbc.sql("select open from q_counter_state where point_code = :point and number = :number for update")
                .param("point", point)
                .param("number", number)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public Set<Integer> open(String point) {
        return new TreeSet<>(jdbc.sql("select number from q_counter_state where point_code = :point and open")
                .param("point", point)
                .query(Integer.class)
                .list());
    }
}
