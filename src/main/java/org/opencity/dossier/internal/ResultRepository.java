package org.opencity.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signed results and the residents' ratings of them.
 */
@Repository
class ResultRepository {

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID dossier, byte[] pdf, String sha256, Instant signedAt) {
        jdbc.sql("insert into dsr_result (dossier_id, pdf, sha256, signed_at) values (:id, :pdf, :sha, :at)")
                .param("id", dossier)
                .param("pdf", pdf)
                .param("sha", sha256)
                .param("at", Timestamp.from(signedAt))
                .update();
    }

    Optional<byte[]> pdf(UUID dossier) {
        return jdbc.sql("select pdf from dsr_result where dossier_id = :id")
                .param("id", dossier)
                .query(byte[].class)
                .optional();
    }

    /** Whether a signed result exists, without reading its bytes. */
    boolean exists(UUID dossier) {
        return jdbc.sql("select exists (select 1 from dsr_result where dossier_id = :id)")
                .param("id", dossier)
                .query(Boolean.class)
                .single();
    }

    /** False when the dossier was already rated. */
    boolean rate(UUID dossier, int[] scores, String comment, Instant at) {
        return jdbc.sql("""
                insert into dsr_rating (dossier_id, time_score, attitude_score, guidance_score, cost_score, result_score,
                    comment, rated_at)
                values (:id, :t, :a, :g, :c, :r, :comment, :at) on conflict do nothing""")
                        .param("id", dossier)
                        .param("t", scores[0])
                        .param("a", scores[1])
                        .param("g", scores[2])
                        .param("c", scores[3])
                        .param("r", scores[4])
                        .param("comment", comment)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean rated(UUID dossier) {
        return jdbc.sql("select count(*) from dsr_rating where dossier_id = :id")
                        .param("id", dossier)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
