package org.opencity.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencity.dossier.internal.DocumentRepository;
import org.opencity.dossier.internal.DossierClock;
import org.opencity.dossier.internal.DossierEventRepository;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.ResultRepository;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.procedure.RequiredDocument;
import org.springframework.stereotype.Component;

/**
 * Builds what people see of a dossier from its rows and the catalogue.
 */
@Component
class DossierViews {

    private final DocumentRepository documents;
    private final DossierEventRepository history;
    private final ResultRepository results;
    private final Units units;
    private final Collaborators with;
    private final DossierClock clock;

    DossierViews(DocumentRepository documents, DossierEventRepository history, ResultRepository results, Units units,
            Collaborators with, DossierClock clock) {
        this.clock = clock;
        this.documents = documents;
        this.history = history;
        this.results = results;
        this.units = units;
        this.with = with;
    }

    /** The catalogue and the accounts, which views and steps both need. */
    @Component
    record Collaborators(ProcedureCatalogue procedures, AccountManagement accounts) {
    }

    Collaborators with() {
        return with;
    }

    DocumentRepository documents() {
        return documents;
    }

    ResultRepository results() {
        return results;
    }

    static Timeliness timeliness(DossierRecord d, Instant now) {
        return Timeliness.of(d.dueAt(), d.pausedAt(), d.resultIssuedAt() != null ? d.resultIssuedAt() : d.decidedAt(),
                now);
    }

    DossierSummary summary(DossierRecord d) {
        return new DossierSummary(d.code(), d.procedureName(), d.status(), timeliness(d, clock.now()), d.submittedAt(),
                d.dueAt(), d.wardCode());
    }

    DossierView view(DossierRecord d, boolean forOfficer, Locale locale) {
        List<DossierDocument> files = documents.of(d.id());
        List<DossierStep> steps = history.of(d.id()).stream().filter(s -> forOfficer || s.publicNote())
                .map(s -> forOfficer ? s : new DossierStep(s.at(), s.action(), s.from(), s.to(), s.note(), true, null,
                        s.dueAt()))
                .toList();
        String unitName = units.byId(new UnitId(d.unitId())).map(u -> u.name(locale)).orElse("");
        String assignee = d.assigneeId() == null ? null
                : with.accounts().account(new AccountId(d.assigneeId())).displayName();
        return new DossierView(d.code(), d.procedureCode(), d.procedureName(), d.wardCode(), unitName,
                d.unitId(), d.applicantName(), d.status(), timeliness(d, clock.now()), d.formData(), d.feeVnd(), d.payment(),
                d.paymentRef(), d.processingDays(), d.submittedAt(), d.receivedAt(), d.dueAt(), d.resultIssuedAt(),
                d.closedReason(), assignee, results.exists(d.id()), results.rated(d.id()),
                requirements(documentsOf(d), files), files, steps, d.version());
    }

    /** The papers the dossier's procedure asks for (none if the catalogue no longer has it). */
    List<RequiredDocument> documentsOf(DossierRecord d) {
        return with.procedures().find(ProcedureCode.of(d.procedureCode())).map(Procedure::documents).orElse(List.of());
    }

    static List<DossierView.Requirement> requirements(List<RequiredDocument> required, List<DossierDocument> files) {
        List<DossierView.Requirement> list = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            int index = i;
            RequiredDocument document = required.get(i);
            list.add(new DossierView.Requirement(i, document.name(), document.copies(), isRequired(document),
                    files.stream().anyMatch(f -> f.requirement() != null && f.requirement() == index)));
        }
        return list;
    }

    /**
     * The catalogue lists conditional papers too ("Trường hợp…", "… trong trường hợp ủy quyền", "(nếu có)", "Đối
     * với…"); only the others are required. Papers of which no copy is asked for are never required.
     */
    static boolean isRequired(RequiredDocument document) {
        String name = document.name().toLowerCase(Locale.ROOT);
        return document.copies() > 0 && !(name.contains("trường hợp") || name.contains("nếu")
                || name.contains("đối với"));
    }
}
