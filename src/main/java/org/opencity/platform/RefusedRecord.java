package org.opencity.platform;

/**
 * A refusal that names the record it protected, so the audit trail can say which one was tried.
 */
public interface RefusedRecord {

    /** The kind of record, e.g. {@code account}, {@code report}, {@code dossier}; null when none is named. */
    String recordType();

    /** The record's id or public code; null when none is named. */
    String recordId();
}
