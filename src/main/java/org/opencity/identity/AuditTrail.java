package org.opencity.identity;

import java.util.List;
import java.util.Map;
import org.opencity.identity.internal.AuditRepository;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.platform.ProblemWriter;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every officer and administrator action in the caller's transaction, so an action and its
 * audit line are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditRepository repository;
    private final List<AuditActions> catalogue;

    AuditTrail(AuditRepository repository, List<AuditActions> catalogue) {
        this.repository = repository;
        this.catalogue = List.copyOf(catalogue);
    }

    /** Identity's own actions, in the catalogue with every module's. */
    @Bean
    static AuditActions identityAuditActions() {
        return AuditActions.of("audit.module.identity", IdentityAuditAction.class);
    }

    @Transactional
    public void record(
            Actor actor,
            AuditAction action,
            String targetType,
            String targetId,
            UnitId unit,
            Map<String, Object> details) {
        repository.append(
                actor == null ? null : actor.id(),
                actor == null ? "system" : actor.displayName(),
                action.name(),
                targetType,
                targetId,
                unit,
                details == null ? Map.of() : details,
                MDC.get(ProblemWriter.REQUEST_ID));
    }

    /** Every module's actions, for the audit log's filter (administrators). */
    public List<AuditActions> catalogue(Actor viewer) {
        if (!viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
        return catalogue;
    }

    /** True for an action some module records; a search for any other is refused rather than answered empty. */
    public boolean isKnown(String action) {
        return catalogue.stream()
                .flatMap(group -> group.actions().stream())
                .anyMatch(a -> a.name().equals(action));
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntry> search(Actor viewer, AuditQuery query, PageQuery page) {
        if (!viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
        if (query.action() != null && !isKnown(query.action())) {
            throw new InvalidRequest("problem.audit.unknown-action", query.action());
        }
        return PageResponse.of(repository.search(query, page), page, repository.count(query));
    }
}
