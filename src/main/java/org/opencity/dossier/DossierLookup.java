package org.opencity.dossier;

import org.opencity.dossier.internal.DossierRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public status look-up: receipt code plus the last four digits of the applicant's phone. A wrong pair and an
 * unknown code get the same answer, so the look-up tells nothing about dossiers one cannot name.
 */
@Service
public class DossierLookup {

    private final DossierSteps steps;

    DossierLookup(DossierSteps steps) {
        this.steps = steps;
    }

    @Transactional(readOnly = true)
    public DossierStatusView status(String code, String phoneLast4) {
        String digits = phoneLast4 == null ? "" : phoneLast4.replaceAll("\\D", "");
        DossierRecord dossier = steps.dossiers().byCode(code == null ? "" : code.trim().toUpperCase())
                .filter(d -> d.status() != DossierStatus.DRAFT)
                .filter(d -> d.phoneLast4() != null && digits.length() == 4 && d.phoneLast4().equals(digits))
                .orElseThrow(() -> new DossierNotFound(code));
        return new DossierStatusView(dossier.code(), dossier.procedureName(), dossier.status(),
                DossierViews.timeliness(dossier), dossier.receivedAt(), dossier.dueAt(), dossier.resultIssuedAt());
    }
}
