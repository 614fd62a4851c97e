package org.opencity.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.DossierStatusView;
import org.opencity.dossier.DossierStep;
import org.opencity.dossier.DossierSummary;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.Timeliness;
import org.springframework.stereotype.Component;

/**
 * Builds what people see of a dossier from its rows, its history and the catalogue.
 */
@Component
public class DossierViews {

    private final DossierSteps steps;
    private final DocumentRepository documents;
    private final ResultRepository results;
    private final DossierProcedures procedures;
    private final DossierParties parties;

    DossierViews(
            DossierSteps steps,
            DocumentRepository documents,
            ResultRepository results,
            DossierProcedures procedures,
            DossierParties parties) {
        this.steps = steps;
        this.documents = documents;
        this.results = results;
        this.procedures = procedures;
        this.parties = parties;
    }

    public static Timeliness timeliness(DossierRecord d, Instant now) {
        return Timeliness.of(
                d.dueAt(), d.pausedAt(), d.resultIssuedAt() != null ? d.resultIssuedAt() : d.decidedAt(), now);
    }

    public DossierSummary summary(DossierRecord d) {
        return new DossierSummary(
                d.code(),
                d.procedureName(),
                d.status(),
                timeliness(d, steps.now()),
                d.submittedAt(),
                d.dueAt(),
                d.wardCode());
    }

    /** What anyone with the receipt code and the phone's last digits may know. */
    public DossierStatusView status(DossierRecord d) {
        return new DossierStatusView(
                d.code(),
                d.procedureName(),
                d.status(),
                timeliness(d, steps.now()),
                d.receivedAt(),
                d.dueAt(),
                d.resultIssuedAt());
    }

    public DossierView view(DossierRecord d, boolean forOfficer, Locale locale) {
        List<DossierDocument> files = documents.of(d.id());
        List<DossierStep> history = steps.history(d).stream()
                .filter(s -> forOfficer || s.publicNote())
                .map(s -> forOfficer
                        ? s
                        : new DossierStep(s.at(), s.action(), s.from(), s.to(), s.note(), true, null, s.dueAt()))
                .toList();
        String assignee = d.assigneeId() == null ? null : parties.personName(d.assigneeId());
        return new DossierView(
                d.code(),
                d.procedureCode(),
                d.procedureName(),
                d.wardCode(),
                parties.unitName(d.unitId(), locale),
                d.unitId(),
                d.applicantName(),
                d.status(),
                timeliness(d, steps.now()),
                d.formData(),
                d.feeVnd(),
                d.payment(),
                d.paymentRef(),
                d.processingDays(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                d.resultIssuedAt(),
                d.closedReason(),
                assignee,
                results.exists(d.id()),
                results.rated(d.id()),
                DossierProcedures.requirements(procedures.documentsOf(d), files),
                files,
                history,
                d.version());
    }
}
