package org.opencity.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.report.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conditions on reports, built from the filters people choose; values are always bound, never concatenated.
 */
public final class ReportFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private String order = "created_at desc, id";

    public ReportFilter ward(String wardCode) {
        return add("ward_code = :ward", "ward", blank(wardCode));
    }

    public ReportFilter category(String category) {
        return add("category_code = :category", "category", blank(category));
    }

    public ReportFilter statuses(Collection<ReportStatus> statuses) {
        if (statuses != null && !statuses.isEmpty()) {
            conditions.add("status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        return this;
    }

    public ReportFilter units(Collection<UUID> units) {
        if (units != null) {
            conditions.add(units.isEmpty() ? "false" : "unit_id in (:units)");
            if (!units.isEmpty()) {
                params.put("units", List.copyOf(units));
            }
        }
        return this;
    }

    public ReportFilter reporter(UUID reporter) {
        return add("reporter_id = :reporter", "reporter", reporter);
    }

    public ReportFilter ids(Collection<UUID> ids) {
        if (ids != null) {
            conditions.add(ids.isEmpty() ? "false" : "id in (:ids)");
            if (!ids.isEmpty()) {
                params.put("ids", List.copyOf(ids));
            }
        }
        return this;
    }

    public ReportFilter numbers(Collection<String> numbers) {
        if (numbers != null) {
            conditions.add(numbers.isEmpty() ? "false" : "number in (:numbers)");
            if (!numbers.isEmpty()) {
                params.put("numbers", List.copyOf(numbers));
            }
        }
        return this;
    }

    public ReportFilter createdFrom(Instant from) {
        return add("created_at >= :from", "from", from == null ? null : Timestamp.from(from));
    }

    public ReportFilter createdBefore(Instant to) {
        return add("created_at < :to", "to", to == null ? null : Timestamp.from(to));
    }

    public ReportFilter updatedFrom(Instant from) {
        return add("updated_at >= :updatedFrom", "updatedFrom", from == null ? null : Timestamp.from(from));
    }

    public ReportFilter updatedBefore(Instant to) {
        return add("updated_at < :updatedTo", "updatedTo", to == null ? null : Timestamp.from(to));
    }

    public ReportFilter overdueAt(Instant now) {
        if (now != null) {
            conditions.add("status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        return this;
    }

    /** Work queues: the nearest deadline first. */
    public ReportFilter byDeadline() {
        order = "due_at asc, id";
        return this;
    }

    public ReportFilter byUpdate() {
        order = "updated_at asc, id";
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    String order() {
        return order;
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.params(params);
    }

    private ReportFilter add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
