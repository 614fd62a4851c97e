package org.opencity.assistant.internal.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.assistant.AssistantAuditAction;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.ProcedureCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' words attached to a procedure from the review page, so the next resident who asks that way finds it.
 * Each attachment is audited and makes the index take the words in.
 */
@Component
public class ProcedureAliases {

    static final int MAX_PHRASE = 500;

    private final JdbcClient jdbc;
    private final ProcedureCatalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcedureAliases(
            JdbcClient jdbc,
            ProcedureCatalogue catalogue,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every procedure's attached words, by procedure code. */
    public Map<String, List<String>> byProcedure() {
        Map<String, List<String>> aliases = new HashMap<>();
        jdbc.sql("select procedure_code, phrase from ast_procedure_alias order by added_at")
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .forEach(entry -> aliases.computeIfAbsent(entry.getKey(), code -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return aliases;
    }

    /**
     * Attaches the phrases (already masked questions from the log) to the procedure; phrases it has already are
     * skipped.
     *
     * @return how many phrases were new
     */
    @Transactional
    public int attach(Actor administrator, String procedureCode, List<String> phrases) {
        String code = procedureCode == null ? "" : procedureCode.strip();
        catalogue.get(code); // ProcedureNotFound (404) for a code the catalogue does not have
        List<String> cleaned = phrases.stream()
                .map(String::strip)
                .filter(phrase -> !phrase.isEmpty())
                .distinct()
                .toList();
        if (cleaned.isEmpty() || cleaned.stream().anyMatch(phrase -> phrase.length() > MAX_PHRASE)) {
            throw new InvalidRequest("assistant.review.problem.phrases");
        }
        int added = 0;
        for (String phrase : cleaned) {
            added += jdbc.sql("""
                            insert into ast_procedure_alias (id, procedure_code, phrase, added_by, added_at)
                            values (:id, :code, :phrase, :by, :at)
                            on conflict (procedure_code, phrase) do nothing
                            """)
                    .param("id", UUID.randomUUID())
                    .param("code", code)
                    .param("phrase", phrase)
                    .param("by", administrator.id().value())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(
                administrator,
                AssistantAuditAction.ASSISTANT_ALIAS_ADDED,
                "procedure",
                code,
                null,
                Map.of("phrases", cleaned.size(), "added", added));
        events.publishEvent(new ProcedureAliasesChanged(code));
        return added;
    }
}
