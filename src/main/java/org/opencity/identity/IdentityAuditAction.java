package org.opencity.identity;

/**
 * What the identity module audits, and the refusals every module's protected records report.
 */
public enum IdentityAuditAction implements AuditAction {
    IDENTITY_VERIFIED,
    ACCOUNT_READ,
    ROLE_GRANTED,
    ROLE_REVOKED,
    SIGNED_IN,
    /** Someone signed in was refused a record or an operation (who, which record, why). */
    ACCESS_REFUSED
}
