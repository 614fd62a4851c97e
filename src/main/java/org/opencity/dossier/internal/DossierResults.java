package org.opencity.dossier.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.opencity.shared.Sha256;
import org.springframework.stereotype.Component;

/**
 * The result of a dossier: composed from its form values under the procedure's labels, signed by the unit handling
 * it and stored with it; then the resident's one rating of it.
 */
@Component
public class DossierResults {

    private final OneStopForms forms;
    private final DossierProcedures procedures;
    private final ResultRepository results;

    DossierResults(OneStopForms forms, DossierProcedures procedures, ResultRepository results) {
        this.forms = forms;
        this.procedures = procedures;
        this.results = results;
    }

    /** Composes the result, signs it with the handling unit's certificate and keeps it for the applicant. */
    public void issue(DossierRecord dossier, Instant now, Locale locale) {
        byte[] signed = forms.signedResult(dossier, procedures.labelled(dossier), locale);
        results.store(dossier.id(), signed, Sha256.hex(signed), now);
    }

    public Optional<byte[]> pdf(DossierRecord dossier) {
        return results.pdf(dossier.id());
    }

    /** @param scores the five criteria of a {@link org.opencity.dossier.Rating}, in its order; false when the dossier was already rated */
    public boolean rate(DossierRecord dossier, int[] scores, String comment, Instant at) {
        return results.rate(dossier.id(), scores, comment, at);
    }
}
