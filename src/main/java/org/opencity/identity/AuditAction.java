package org.opencity.identity;

/**
 * One kind of action the audit trail records. Each module lists its own in an enum and contributes them as an
 * {@link AuditActions} bean, so the audit log can be searched by a known list and shows each action by its name
 * ({@code audit.action.<NAME>} in the message bundles), not a code.
 */
public interface AuditAction {

    /** The stable name stored with each line, e.g. {@code REPORT_ASSIGNED}. */
    String name();
}
