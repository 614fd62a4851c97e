package org.opencity.identity;

import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.RefusedRecord;
import org.springframework.http.HttpStatus;

/**
 * The caller's roles and units do not cover the record. The refusal is audited (see {@code RefusalAuditor}).
 */
public class NotAllowed extends LocalizedProblem implements RefusedRecord {

    private final String recordType;
    private final String recordId;

    public NotAllowed() {
        this(null, null);
    }

    public NotAllowed(String recordType, String recordId) {
        super(HttpStatus.FORBIDDEN, "problem.not-allowed");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public String recordId() {
        return recordId;
    }
}
