package org.opencity.dossier.web;

import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.Timeliness;
import org.springframework.stereotype.Component;

/**
 * The tones of a dossier's tags ({@code components :: tag}) on the desk pages: blue while it moves, amber when it
 * waits for the applicant or stands still, green when the result is there, red when it was refused or is late.
 * Templates call it as {@code @dossierTones.status(...)} in a th:with.
 */
@Component("dossierTones")
public class DossierTones {

    public String status(DossierStatus status) {
        return switch (status) {
            case SUBMITTED, RECEIVED, IN_PROCESSING -> "info";
            case RETURNED, DRAFT -> "warning";
            case APPROVED, RESULT_ISSUED, DELIVERED -> "success";
            case REFUSED, NOT_ACCEPTED -> "error";
            case WITHDRAWN -> "neutral";
        };
    }

    public String timeliness(Timeliness timeliness) {
        return switch (timeliness) {
            case OVERDUE, LATE -> "error";
            case PAUSED -> "warning";
            case EARLY, ON_TIME -> "success";
            case NOT_STARTED, ON_TRACK -> "neutral";
        };
    }
}
