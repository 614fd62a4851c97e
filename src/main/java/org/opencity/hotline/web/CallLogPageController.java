package org.opencity.hotline.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.opencity.hotline.HotlineFigures;
import org.opencity.hotline.internal.console.CallLog;
import org.opencity.hotline.internal.console.HotlineRecordNotFound;
import org.opencity.hotline.internal.voicereport.Recording;
import org.opencity.identity.Actor;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ProblemWriter;
import org.opencity.shared.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The call log (newest first, with the day's figures), one call with its transcript, and a voice report's audio. */
@Controller
class CallLogPageController {

    private static final ZoneId CITY = WorkingCalendar.VIETNAM;

    private final CallLog log;
    private final HotlineFigures figures;
    private final ProblemWriter problems;

    CallLogPageController(CallLog log, HotlineFigures figures, ProblemWriter problems) {
        this.log = log;
        this.figures = figures;
        this.problems = problems;
    }

    @GetMapping("/officer/hotline/calls")
    String calls(
            Actor officer,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        LocalDate shown = day == null ? LocalDate.now(CITY) : day;
        model.addAttribute("calls", log.page(officer, PageQuery.of(page, PageQuery.DEFAULT_SIZE)));
        model.addAttribute("day", shown);
        model.addAttribute(
                "figures",
                figures.between(
                        shown.atStartOfDay(CITY).toInstant(),
                        shown.plusDays(1).atStartOfDay(CITY).toInstant()));
        return "hotline/calls";
    }

    @GetMapping("/officer/hotline/calls/{id}")
    String call(Actor officer, @PathVariable UUID id, Model model) {
        model.addAttribute("c", log.call(officer, id));
        return "hotline/call";
    }

    /** The stored audio with its type; a problem document when the call kept none. */
    @GetMapping("/officer/hotline/calls/{id}/recording")
    @ResponseBody
    ResponseEntity<?> recording(Actor officer, @PathVariable UUID id, Locale locale) {
        Recording recording;
        try {
            recording = log.recording(officer, id);
        } catch (HotlineRecordNotFound none) {
            ProblemDetail problem = problems.problem(HttpStatus.NOT_FOUND, none.messageKey(), null, locale);
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok()
                .contentType(audioType(recording.contentType()))
                .header("Cache-Control", "private, no-store")
                .body(recording.audio());
    }

    /** The provider's type when it is audio; anything else is served as bytes, never as something a browser runs. */
    private static MediaType audioType(String given) {
        try {
            MediaType type = MediaType.parseMediaType(given);
            return "audio".equals(type.getType()) ? type : MediaType.APPLICATION_OCTET_STREAM;
        } catch (RuntimeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
