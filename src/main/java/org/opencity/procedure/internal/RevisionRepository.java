package org.opencity.procedure.internal;

import java.time.Instant;
import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.procedure.ProcedureRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(
            String code,
            int version,
            Instant at,
            AccountId by,
            String byName,
            List<String> changedFields,
            String previousJson) {
        jdbc.sql("""
                insert into prc_revision (procedure_code, version, changed_at, changed_by, changed_by_name, changed_fields, previous)
                values (:code, :version, :at, :by, :byName, :fields, cast(:previous as jsonb))""")
                .param("code", code)
                .param("version", version)
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by == null ? null : by.value())
                .param("byName", byName)
                .param("fields", String.join(",", changedFields))
                .param("previous", previousJson)
                .update();
    }

    /** Newest first. */
    public List<ProcedureRevision> history(String code) {
        return jdbc.sql("select * from prc_revision where procedure_code = :code order by version desc")
                .param("code", code)
                .query((rs, n) -> new ProcedureRevision(
                        rs.getInt("version"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by_name"),
                        List.of(rs.getString("changed_fields").split(",")),
                        rs.getString("previous")))
                .list();
    }
}
