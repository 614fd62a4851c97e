package org.opencity.report.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.Role;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.PageQuery;
import org.opencity.report.QueueQuery;
import org.opencity.report.ReportDesk;
import org.opencity.report.ReportStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The officer's home page (identity's {@code /officer}) shows how many reports wait for them. The identity module
 * cannot ask the report module, so the report module adds the count to that page's model, as {@code reportWork}.
 */
@ControllerAdvice(annotations = Controller.class)
class ReportWorkAdvice {

    static final String OFFICER_HOME = "/officer";

    private static final Set<Role> HANDLERS =
            Set.of(Role.WARD_OFFICER, Role.DEPARTMENT_OFFICER, Role.CITY_OPERATOR, Role.ADMINISTRATOR);
    private static final Set<ReportStatus> OPEN =
            Set.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS);
    private static final PageQuery ONE = new PageQuery(0, 1);

    /** The open reports of the officer's units, and how many of them are past their deadline. */
    @RecordBuilder
    record ReportWork(long open, long overdue) {}

    private final ReportDesk desk;
    private final Actors actors;

    ReportWorkAdvice(ReportDesk desk, Actors actors) {
        this.desk = desk;
        this.actors = actors;
    }

    @ModelAttribute("reportWork")
    ReportWork reportWork(HttpServletRequest request, Locale locale) {
        if (!OFFICER_HOME.equals(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return null;
        }
        Actor officer = actors.signedIn().orElse(null);
        if (officer == null || HANDLERS.stream().noneMatch(officer::hasRole)) {
            return null;
        }
        try {
            return ReportWorkAdviceReportWorkBuilder.builder()
                    .open(desk.queue(officer, new QueueQuery(null, OPEN, null, false), ONE, locale)
                            .totalItems())
                    .overdue(desk.queue(officer, new QueueQuery(null, OPEN, null, true), ONE, locale)
                            .totalItems())
                    .build();
        } catch (LocalizedProblem noQueue) {
            return null;
        }
    }
}
