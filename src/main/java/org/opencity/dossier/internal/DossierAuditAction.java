package org.opencity.dossier.internal;

import org.opencity.dossier.DossierAction;
import org.opencity.identity.AuditAction;

/**
 * What the dossier module audits: every officer's step on a dossier, one action per {@link DossierAction}.
 */
enum DossierAuditAction implements AuditAction {
    DOSSIER_SUBMIT,
    DOSSIER_RESUBMIT,
    DOSSIER_WITHDRAW,
    DOSSIER_RECEIVE,
    DOSSIER_RETURN_FOR_SUPPLEMENT,
    DOSSIER_NOT_ACCEPT,
    DOSSIER_ASSIGN,
    DOSSIER_FORWARD,
    DOSSIER_REQUEST_OPINION,
    DOSSIER_APPROVE,
    DOSSIER_REFUSE,
    DOSSIER_ISSUE_RESULT,
    DOSSIER_DELIVER,
    DOSSIER_APOLOGISE;

    static DossierAuditAction of(DossierAction step) {
        return valueOf("DOSSIER_" + step.name());
    }
}
