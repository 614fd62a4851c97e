package org.opencity.identity.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.AuditEntry;
import org.opencity.identity.AuditQuery;
import org.opencity.identity.UnitId;
import org.opencity.platform.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and reads the audit log. There is no update or delete: the table refuses both.
 */
@Repository
public class AuditRepository {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(
            AccountId actorId,
            String actorName,
            String action,
            String targetType,
            String targetId,
            UnitId unitId,
            Map<String, Object> details,
            String requestId) {
        jdbc.sql("""
                insert into audit_entry (actor_id, actor_name, action, target_type, target_id, unit_id, details, request_id)
                values (:actor, :actorName, :action, :targetType, :targetId, :unit, cast(:details as jsonb), :requestId)""")
                .param("actor", actorId == null ? null : actorId.value())
                .param("actorName", actorName)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("unit", unitId == null ? null : unitId.value())
                .param("details", json.writeValueAsString(details))
                .param("requestId", requestId)
                .update();
    }

    public List<AuditEntry> search(AuditQuery query, PageQuery page) {
        Filter filter = filter(query);
        return filter.apply(jdbc.sql("select * from audit_entry" + filter.where()
                        + " order by occurred_at desc, id desc limit :limit offset :offset"))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("actor_id") == null ? null : new AccountId(rs.getObject("actor_id", UUID.class)),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getObject("unit_id") == null ? null : new UnitId(rs.getObject("unit_id", UUID.class)),
                        json.readValue(rs.getString("details"), DETAILS),
                        rs.getString("request_id")))
                .list();
    }

    public long count(AuditQuery query) {
        Filter filter = filter(query);
        return filter.apply(jdbc.sql("select count(*) from audit_entry" + filter.where()))
                .query(Long.class)
                .single();
    }

    private static Filter filter(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        add(conditions, params, "actor_id = :actorId", "actorId", q.actorId());
        add(conditions, params, "action = :action", "action", blankToNull(q.action()));
        add(conditions, params, "target_type = :targetType", "targetType", blankToNull(q.targetType()));
        add(conditions, params, "target_id = :targetId", "targetId", blankToNull(q.targetId()));
        add(conditions, params, "occurred_at >= :from", "from", q.from() == null ? null : Timestamp.from(q.from()));
        add(conditions, params, "occurred_at < :to", "to", q.to() == null ? null : Timestamp.from(q.to()));
        return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record Filter(String where, Map<String, Object> params) {

        JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }
}
