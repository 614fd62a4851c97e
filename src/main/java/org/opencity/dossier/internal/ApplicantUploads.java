package org.opencity.dossier.internal;

import java.util.List;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.UploadedDocument;
import org.opencity.identity.AccountId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several files the applicant sends at once to their own dossier, while it is a draft or sent back for
 * supplement. One transaction: if any file is refused, or the dossier would hold too many, none is kept.
 */
@Component
public class ApplicantUploads {

    private final DossierSteps steps;
    private final Attachments attachments;

    ApplicantUploads(DossierSteps steps, Attachments attachments) {
        this.steps = steps;
        this.attachments = attachments;
    }

    @Transactional
    public List<DossierDocument> attachAll(AccountId applicant, String code, List<UploadedDocument> uploads) {
        DossierRecord dossier = steps.ownedBy(applicant, code);
        if (!DossierAction.RESUBMIT.allowedFrom(dossier.status())) {
            // Refused as sending it would be, with the same problem: a draft may be sent, anything else not.
            DossierAction.SUBMIT.next(dossier.status(), false);
        }
        return attachments.attachAll(dossier, uploads);
    }
}
