package org.opencity.procedure.internal;

import java.util.List;
import org.opencity.procedure.ProcedureLevel;

/**
 * A search as the database runs it: the meaningful words, the life events the query named (their procedures
 * match and rank high even without the words), and the filters.
 */
public record SearchPlan(
        QueryWords words, List<String> eventsInQuery, String fieldCode, ProcedureLevel level, String lifeEventCode) {

    public SearchPlan {
        eventsInQuery = List.copyOf(eventsInQuery);
    }
}
