package org.opencity.assistant.internal.retrieval;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.opencity.procedure.Procedure;

/**
 * How far the catalogue has got, as far as its public API shows it: an administrator's edit raises a version and
 * the update time, a new procedure raises the count.
 */
record CatalogueState(long procedures, long versions, Instant newest) {

    static CatalogueState of(List<Procedure> procedures) {
        return new CatalogueState(
                procedures.size(),
                procedures.stream().mapToLong(Procedure::version).sum(),
                procedures.stream()
                        .map(Procedure::updatedAt)
                        .max(Comparator.naturalOrder())
                        .orElse(Instant.EPOCH));
    }
}
