package org.opencity.report.web;

import org.opencity.report.ReportStatus;
import org.springframework.stereotype.Component;

/**
 * The tone of a report's status tag ({@code components :: tag}): blue while the city works on it, green once
 * solved, grey when it ended without a fix. Templates call it as {@code @reportTones.of(status)} in a th:with.
 */
@Component("reportTones")
public class ReportStatusTones {

    public String of(ReportStatus status) {
        return switch (status) {
            case RECEIVED, ASSIGNED, IN_PROGRESS -> "info";
            case RESOLVED -> "success";
            case CLOSED, REJECTED -> "neutral";
        };
    }
}
