package org.opencity.identity;

import java.util.Map;
import org.opencity.identity.internal.AuditRepository;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.platform.ProblemWriter;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every officer and administrator action in the caller's transaction, so an action and its
 * audit line are committed together or not at all.
 */
@Service
public class AuditTrail {

    private final AuditRepository repository;

    AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void record(Actor actor, String action, String targetType, String targetId, UnitId unit,
            Map<String, Object> details) {
        repository.append(actor == null ? null : actor.id(), actor == null ? "system" : actor.displayName(),
                action, targetType, targetId, unit, details == null ? Map.of() : details, MDC.get(ProblemWriter.REQUEST_ID));
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntry> search(Actor viewer, AuditQuery query, PageQuery page) {
        if (!viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed();
        }
        return PageResponse.of(repository.search(query, page), page, repository.count(query));
    }
}
