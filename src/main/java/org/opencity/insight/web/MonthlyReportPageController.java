package org.opencity.insight.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.insight.MonthlyReports;
import org.opencity.platform.LocalizedProblem;
import org.opencity.platform.ProblemWriter;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive of monthly progress reports for the operators: download, and produce a month again. */
@Controller
class MonthlyReportPageController {

    private final MonthlyReports reports;
    private final MessageSource messages;
    private final ProblemWriter problems;
    private final Clock clock;

    MonthlyReportPageController(MonthlyReports reports, MessageSource messages, ProblemWriter problems, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/operations/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute(
                "lastMonth",
                YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM)).minusMonths(1));
        return "insight/reports";
    }

    @PostMapping("/operations/reports")
    String produce(Actor operator, @RequestParam String month, RedirectAttributes redirect, Locale locale) {
        try {
            YearMonth chosen = MonthlyReportFiles.month(month);
            reports.produce(operator, chosen);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("ins.reports.produced", new Object[] {chosen.toString()}, locale));
        } catch (LocalizedProblem refused) {
            redirect.addFlashAttribute("problem", problems.message(refused, locale));
        }
        return "redirect:/operations/reports";
    }

    @GetMapping("/operations/reports/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String month) {
        return MonthlyReportFiles.pdf(reports, MonthlyReportFiles.month(month));
    }

    @GetMapping("/operations/reports/{month}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String month) {
        return MonthlyReportFiles.csv(reports, MonthlyReportFiles.month(month));
    }
}
