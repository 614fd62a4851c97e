package org.opencity.dossier.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.servlet.http.HttpServletRequest;
import org.opencity.dossier.DossierDesk;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The officer's home page (identity's {@code /officer}) shows how many dossiers wait at their desk. The identity
 * module cannot ask the dossier module, so the dossier module adds the count to that page's model, as
 * {@code dossierWork}.
 */
@ControllerAdvice(annotations = Controller.class)
class DossierWorkAdvice {

    private static final String OFFICER_HOME = "/officer";
    private static final PageQuery ONE = new PageQuery(0, 1);

    /** The unfinished dossiers of the officer's units, and how many of them are past their deadline. */
    @RecordBuilder
    record DossierWork(long open, long overdue) {}

    private final DossierDesk desk;
    private final Actors actors;

    DossierWorkAdvice(DossierDesk desk, Actors actors) {
        this.desk = desk;
        this.actors = actors;
    }

    @ModelAttribute("dossierWork")
    DossierWork dossierWork(HttpServletRequest request) {
        if (!OFFICER_HOME.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return null;
        }
        Actor officer = actors.signedIn().orElse(null);
        if (officer == null || !officer.isOfficer()) {
            return null;
        }
        try {
            return DossierWorkAdviceDossierWorkBuilder.builder()
                    .open(desk.queue(officer, null, false, ONE).totalItems())
                    .overdue(desk.queue(officer, null, true, ONE).totalItems())
                    .build();
        } catch (LocalizedProblem noDesk) {
            // A department officer with no dossier unit has no queue: the card then shows no count.
            return null;
        }
    }
}
