package org.opencity.dossier.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong guesses per receipt code within a window (dsr_lookup_failure), counted in the database so that every node
 * sees the same count.
 */
@Repository
public class LookupFailures {

    private final JdbcClient jdbc;

    LookupFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Wrong guesses at the code since the window began, if the window is still open. */
    @Transactional(readOnly = true)
    public int within(String code, Duration window, Instant now) {
        return jdbc.sql("select failures from dsr_lookup_failure where code = :code and window_start > :since")
                .param("code", code)
                .param("since", Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** One more wrong guess; a window that has run out starts again at one. */
    @Transactional
    public void count(String code, Duration window, Instant now) {
        jdbc.sql("""
                insert into dsr_lookup_failure (code, failures, window_start) values (:code, 1, :now)
                on conflict (code) do update set
                    failures = case when dsr_lookup_failure.window_start > :since
                                    then dsr_lookup_failure.failures + 1 else 1 end,
                    window_start = case when dsr_lookup_failure.window_start > :since
                                        then dsr_lookup_failure.window_start else :now end""")
                .param("code", code)
                .param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(window)))
                .update();
    }

    /** Windows that ran out tell nothing any more. */
    @Transactional
    public int forgetBefore(Instant cutOff) {
        return jdbc.sql("delete from dsr_lookup_failure where window_start < :cutOff")
                .param("cutOff", Timestamp.from(cutOff))
                .update();
    }
}
