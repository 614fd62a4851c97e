package org.opencity.procedure;

import org.opencity.identity.AuditAction;

/**
 * What the procedure module audits: administrators' changes to the catalogue.
 */
public enum ProcedureAuditAction implements AuditAction {
    PROCEDURE_CHANGED
}
