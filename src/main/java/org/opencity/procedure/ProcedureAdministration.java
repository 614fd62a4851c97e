package org.opencity.procedure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.internal.ProcedureRepository;
import org.opencity.procedure.internal.RevisionRepository;
import org.opencity.procedure.internal.SearchText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators correct the catalogue. Every change is checked against the version the administrator read,
 * kept as a revision with the previous text, audited, and announced ({@link ProcedureCatalogueChanged}) so that
 * copies of the catalogue, such as a search index, follow.
 */
@Service
public class ProcedureAdministration {

    private final ProcedureRepository procedures;
    private final RevisionRepository revisions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcedureAdministration(
            ProcedureRepository procedures,
            RevisionRepository revisions,
            AuditTrail audit,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.procedures = procedures;
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
        this.events = events;
    }

    /** The module's audit actions, for the audit log's catalogue. */
    @Bean
    static AuditActions procedureAuditActions() {
        return AuditActions.of("audit.module.procedure", ProcedureAuditAction.class);
    }

    @Transactional
    public Procedure update(Actor admin, ProcedureCode code, ProcedureChange change) {
        requireAdministrator(admin);
        Procedure before = procedures.find(code.value()).orElseThrow(() -> new ProcedureNotFound(code.value()));
        if (before.version() != change.version()) {
            throw new ProcedureChangedMeanwhile();
        }
        Procedure after = apply(before, change);
        List<String> changed = changedParts(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        if (!procedures.update(after, change.version(), searchText(after))) {
            throw new ProcedureChangedMeanwhile();
        }
        Instant now = clock.instant();
        revisions.append(
                code.value(),
                change.version() + 1,
                now,
                admin.id(),
                admin.displayName(),
                changed,
                json.writeValueAsString(before));
        audit.record(
                admin,
                ProcedureAuditAction.PROCEDURE_CHANGED,
                "procedure",
                code.value(),
                null,
                Map.of("version", change.version() + 1, "changed", String.join(",", changed)));
        events.publishEvent(new ProcedureCatalogueChanged(code.value(), change.version() + 1, now));
        return procedures.find(code.value()).orElseThrow();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ProcedureRevision> history(Actor admin, ProcedureCode code) {
        requireAdministrator(admin);
        procedures.find(code.value()).orElseThrow(() -> new ProcedureNotFound(code.value()));
        return revisions.history(code.value());
    }

    private Procedure apply(Procedure before, ProcedureChange change) {
        if (!procedures.fieldExists(change.fieldCode())) {
            throw new InvalidRequest("problem.procedure.unknown-field", change.fieldCode());
        }
        var lifeEvents = procedures.lifeEvents().keySet().stream()
                .filter(e -> change.lifeEventCodes().contains(e.code()))
                .toList();
        if (lifeEvents.size() != change.lifeEventCodes().size()) {
            throw new InvalidRequest("problem.procedure.unknown-life-event");
        }
        List<FormField> fields = change.fields().isEmpty() ? before.formFields() : change.fields();
        return ProcedureBuilder.builder(before)
                .nameVi(change.nameVi().trim())
                .nameEn(ProcedureChange.orEmpty(change.nameEn()))
                .field(procedures.field(change.fieldCode()))
                .level(change.level())
                .managingBody(change.managingBodyOr(before.managingBody()))
                .implementingUnit(change.implementingUnit().trim())
                .unitKind(change.unitKind())
                .receivingAddress(change.receivingAddressOr(before.receivingAddress()))
                .processingDays(change.processingDays())
                .processingTimeText(ProcedureChange.orEmpty(change.processingTimeText()))
                .feeText(ProcedureChange.orEmpty(change.feeText()))
                .feeVnd(change.feeVnd())
                .onlineFeeVnd(change.onlineFeeVnd())
                .documents(change.requiredDocuments())
                .formFields(fields)
                .onlineLevel(change.onlineLevel())
                .legalBasis(ProcedureChange.orEmpty(change.legalBasis()))
                .result(ProcedureChange.orEmpty(change.result()))
                .lifeEvents(lifeEvents)
                .minimumIdentityLevel(change.minimumIdentityLevel())
                .build();
    }

    private String searchText(Procedure procedure) {
        List<String> parts = new ArrayList<>(List.of(
                procedure.nameVi(), procedure.nameEn(), procedure.field().nameVi(), procedure.result()));
        procedures.lifeEvents().forEach((event, phrases) -> {
            if (procedure.lifeEvents().contains(event)) {
                parts.addAll(phrases);
            }
        });
        return SearchText.of(parts.toArray(String[]::new));
    }

    private static List<String> changedParts(Procedure before, Procedure after) {
        Map<String, Function<Procedure, Object>> parts = new LinkedHashMap<>();
        parts.put("nameVi", Procedure::nameVi);
        parts.put("nameEn", Procedure::nameEn);
        parts.put("field", p -> p.field().code());
        parts.put("level", Procedure::level);
        parts.put("managingBody", Procedure::managingBody);
        parts.put("implementingUnit", Procedure::implementingUnit);
        parts.put("unitKind", Procedure::unitKind);
        parts.put("receivingAddress", Procedure::receivingAddress);
        parts.put("processingDays", Procedure::processingDays);
        parts.put("processingTimeText", Procedure::processingTimeText);
        parts.put("feeText", Procedure::feeText);
        parts.put("feeVnd", Procedure::feeVnd);
        parts.put("onlineFeeVnd", Procedure::onlineFeeVnd);
        parts.put("documents", Procedure::documents);
        parts.put("formFields", Procedure::formFields);
        parts.put("onlineLevel", Procedure::onlineLevel);
        parts.put("legalBasis", Procedure::legalBasis);
        parts.put("result", Procedure::result);
        parts.put("lifeEvents", Procedure::lifeEvents);
        parts.put("minimumIdentityLevel", Procedure::minimumIdentityLevel);
        return parts.entrySet().stream()
                .filter(part -> !Objects.equals(
                        part.getValue().apply(before), part.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
    }
}
