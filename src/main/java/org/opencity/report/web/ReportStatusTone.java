package org.opencity.report.web;

import org.opencity.report.ReportStatus;

/** The design system's tag tone for a report's status, so a status reads the same on every page. */
final class ReportStatusTone {

    private ReportStatusTone() {}

    static String of(ReportStatus status) {
        return switch (status) {
            case RECEIVED, ASSIGNED, IN_PROGRESS -> "info";
            case RESOLVED -> "success";
            case CLOSED, REJECTED -> "neutral";
        };
    }
}
