package org.opencity.dossier.web;

import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Timeliness;
import org.springframework.stereotype.Component;

/**
 * The tone of the status tags on the resident's dossier pages ({@code components :: tag}): what needs the resident
 * is a warning, what went wrong an error, what is done a success, what is moving along information. Templates call
 * it as {@code @dossierTones} inside {@code th:with}; SpEL finds public methods only.
 */
@Component("dossierTones")
class DossierTones {

    public String status(DossierStatus status) {
        return switch (status) {
            case DRAFT, WITHDRAWN -> "neutral";
            case RETURNED -> "warning";
            case SUBMITTED, RECEIVED, IN_PROCESSING, APPROVED -> "info";
            case RESULT_ISSUED, DELIVERED -> "success";
            case REFUSED, NOT_ACCEPTED -> "error";
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
