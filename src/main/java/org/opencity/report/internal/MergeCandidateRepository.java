package org.opencity.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opencity.shared.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the open reports a duplicate could be merged into: by number, by words of the description (with or without
 * diacritics, as officers type them) or near a point. Only ids come back; the caller reads the reports themselves
 * through {@link ReportRepository}, so there is one way of mapping a row.
 */
@Repository
public class MergeCandidateRepository {

    /** Enough words to narrow the search; more only cost conditions. */
    private static final int MAX_WORDS = 6;

    private static final String OPEN_IN_SCOPE = """
            status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and id <> :self
              and (:everyUnit or unit_id in (:units))""";

    private final JdbcClient jdbc;

    MergeCandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open reports whose number contains the query, or whose description holds every word of it.
     *
     * @param units the units whose reports may be listed; empty means every unit (city-wide roles)
     */
    public List<UUID> matching(UUID self, List<UUID> units, String query, int limit) {
        List<String> words = words(query);
        String numberLike = numberLike(query);
        if (words.isEmpty() && numberLike == null) {
            return List.of();
        }
        List<String> wordConditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            wordConditions.add("position(:w" + i + " in " + FoldedColumn.DESCRIPTION + ") > 0");
        }
        String byWords = wordConditions.isEmpty() ? "false" : String.join(" and ", wordConditions);
        var spec = jdbc.sql("select id from rpt_report where " + OPEN_IN_SCOPE
                        + " and (number ilike :numberLike or (" + byWords + "))"
                        + " order by created_at desc, id limit :limit")
                .param("numberLike", numberLike == null ? "" : numberLike)
                .param("from", FoldedColumn.FROM)
                .param("to", FoldedColumn.TO)
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, words.get(i));
        }
        return scoped(spec, self, units).query(UUID.class).list();
    }

    /** Open reports of the category within {@code metres} of the point, nearest first. */
    public List<UUID> near(
            UUID self, List<UUID> units, String category, double lat, double lon, double metres, int limit) {
        double dLat = metres / 111_320.0;
        double dLon = metres / (111_320.0 * Math.cos(Math.toRadians(lat)));
        var spec = jdbc.sql("select id from rpt_report where " + OPEN_IN_SCOPE + """
                         and category_code = :category
                         and lat between :lat - :dLat and :lat + :dLat and lon between :lon - :dLon and :lon + :dLon
                        order by (lat - :lat) * (lat - :lat) + (lon - :lon) * (lon - :lon), id limit :limit""")
                .param("category", category)
                .param("lat", lat)
                .param("lon", lon)
                .param("dLat", dLat)
                .param("dLon", dLon)
                .param("limit", limit);
        return scoped(spec, self, units).query(UUID.class).list();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, UUID self, List<UUID> units) {
        // An empty list cannot be bound to "in (...)": a placeholder id stands in and everyUnit decides.
        return spec.param("self", self)
                .param("everyUnit", units.isEmpty())
                .param("units", units.isEmpty() ? List.of(new UUID(0, 0)) : units);
    }

    private static List<String> words(String query) {
        String folded = VietnameseText.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(folded.split(" "))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /** "PA-2026-000123", "000123" or "123": a number, or part of one, when the query has digits and nothing else. */
    private static String numberLike(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (!trimmed.matches("[A-Za-z]{0,3}-?[0-9-]*[0-9][0-9-]*")) {
            return null;
        }
        return "%" + trimmed.replace("%", "").replace("_", "") + "%";
    }
}
