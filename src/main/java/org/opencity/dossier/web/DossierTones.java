package org.opencity.dossier.web;

import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Timeliness;
import org.springframework.stereotype.Component;

/**
 * The tones of a dossier's status tags ({@code components :: tag}) on the resident's and the desk's pages: amber when
 * it waits for the applicant, blue while it moves along, green when the result is there, red when it was refused or
 * is late. Templates call it as {@code @dossierTones} inside {@code th:with}; SpEL finds public methods only.
 */
@Component("dossierTones")
public class DossierTones {

    public String status(DossierStatus status) {
        return switch (status) {
            case DRAFT, RETURNED -> "warning";
            case SUBMITTED, RECEIVED, IN_PROCESSING, APPROVED -> "info";
            case RESULT_ISSUED, DELIVERED -> "success";
            case REFUSED, NOT_ACCEPTED -> "error";
            case WITHDRAWN -> "neutral";
        };
    }

    public String timeliness(Timeliness timeliness) {
        return switch (timeliness) {
            case NOT_STARTED -> "neutral";
            case PAUSED -> "warning";
            case ON_TRACK -> "info";
            case EARLY, ON_TIME -> "success";
            case OVERDUE, LATE -> "error";
        };
    }
}
