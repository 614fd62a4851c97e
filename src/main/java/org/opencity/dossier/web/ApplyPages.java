package org.opencity.dossier.web;

import java.util.Locale;
import java.util.Optional;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierView;
import org.opencity.identity.Actor;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the pages of applying share: the resident's dossier while it can still be changed and sent (a draft, or sent
 * back for supplement), its procedure in the catalogue, and the model every step page shows them with.
 */
@Component
class ApplyPages {

    /** Where a step page sends a dossier that has been sent meanwhile: its own page says where it stands. */
    static final String DOSSIER_PAGE = "redirect:/dossiers/{code}";

    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;

    ApplyPages(DossierManagement dossiers, ProcedureCatalogue catalogue) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
    }

    static boolean editable(DossierView dossier) {
        return dossier.status() == DossierStatus.DRAFT || dossier.status() == DossierStatus.RETURNED;
    }

    /** The resident's own dossier if it can still be changed; someone else's is not found. */
    Optional<DossierView> editable(Actor resident, String code, Locale locale) {
        DossierView dossier = dossiers.view(resident.id(), code, locale);
        return editable(dossier) ? Optional.of(dossier) : Optional.empty();
    }

    /** The dossier's procedure, or null when the catalogue no longer has it. */
    Procedure procedureOf(DossierView dossier) {
        return catalogue.find(ProcedureCode.of(dossier.procedureCode())).orElse(null);
    }

    /** The model of a step page: the dossier as {@code d}, its procedure and what it still lacks. */
    void describe(Model model, DossierView dossier, Locale locale) {
        Procedure procedure = procedureOf(dossier);
        model.addAttribute("d", dossier);
        model.addAttribute("procedure", procedure);
        model.addAttribute("missing", WhatIsMissing.of(dossier, procedure, locale));
    }
}
