package org.opencity.procedure;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * One administrator change: the version it produced, who made it, which parts changed, and the whole
 * procedure as it was before (JSON), so any earlier wording can be recovered.
 */
public record ProcedureRevision(
        int version,
        Instant changedAt,
        String changedBy,
        List<String> changedFields,
        @JsonRawValue String previous) {}
