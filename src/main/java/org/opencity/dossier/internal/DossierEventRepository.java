package org.opencity.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The full history of each dossier: every step, who took it, the deadline after it.
 */
@Repository
class DossierEventRepository {

    private final JdbcClient jdbc;

    DossierEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the id of the new entry, which identifies the step in the events it causes */
    long append(
            UUID dossier,
            Instant at,
            DossierAction action,
            DossierStatus from,
            DossierStatus to,
            String note,
            boolean publicNote,
            UUID actor,
            String actorName,
            UUID unit,
            Instant due) {
        return jdbc.sql("""
                insert into dsr_event (dossier_id, at, action, from_status, to_status, note, public_note, actor_id,
                    actor_name, unit_id, due_at)
                values (:dossier, :at, :action, :from, :to, :note, :public, :actor, :actorName, :unit, :due)
                returning id""")
                .param("dossier", dossier)
                .param("at", Timestamp.from(at))
                .param("action", action.name())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("note", note)
                .param("public", publicNote)
                .param("actor", actor)
                .param("actorName", actorName)
                .param("unit", unit)
                .param("due", due == null ? null : Timestamp.from(due))
                .query(Long.class)
                .single();
    }

    List<DossierStep> of(UUID dossier) {
        return jdbc.sql("select * from dsr_event where dossier_id = :id order by at, id")
                .param("id", dossier)
                .query((rs, n) -> new DossierStep(
                        rs.getTimestamp("at").toInstant(),
                        DossierAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")),
                        rs.getString("note"),
                        rs.getBoolean("public_note"),
                        rs.getString("actor_name"),
                        rs.getTimestamp("due_at") == null
                                ? null
                                : rs.getTimestamp("due_at").toInstant()))
                .list();
    }
}
