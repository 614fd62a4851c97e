package org.opencity.hotline.internal.call;

import org.opencity.assistant.Assistant;
import org.opencity.hotline.CallOutcome;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.internal.voicereport.VoiceReports;
import org.springframework.stereotype.Component;

/**
 * A report by voice: where (said, the provider's transcript), then what (recorded after a beep). The recording is
 * kept for a later step that fetches it and files the citizen report; the call goes on at once, and the caller gets
 * the report's number by SMS, since the report is filed when the provider's transcript of the recording arrives.
 */
@Component
class ReportTurns {

    private final VoiceReports reports;
    private final Assistant privacy;
    private final Menu menu;
    private final HotlineProperties settings;

    ReportTurns(VoiceReports reports, Assistant privacy, Menu menu, HotlineProperties settings) {
        this.reports = reports;
        this.privacy = privacy;
        this.menu = menu;
        this.settings = settings;
    }

    Turn askPlace(CallRecord call) {
        return new Turn(
                call.withState(CallStep.REPORT_PLACE),
                Reply.in(call.locale())
                        .listen(CallStep.REPORT_PLACE, QuestionTurns.SPEECH_TIMEOUT, menu.say(call, "report-place"))
                        .build());
    }

    /** The place as said (masked: a caller may give their own phone number), then the recording. */
    Turn place(CallRecord call, String said) {
        String place = said == null ? null : privacy.masked(said.strip());
        if (place != null && place.length() > 500) {
            place = place.substring(0, 500);
        }
        return describe(call.withReportPlace(place).withRetries(0));
    }

    Turn describe(CallRecord call, String... before) {
        Reply.Builder reply = Reply.in(call.locale());
        for (String text : before) {
            reply.say(text);
        }
        return new Turn(
                call.withState(CallStep.REPORT_RECORDED),
                reply.say(menu.say(call, "report-describe"))
                        .record(settings.recordingMaxSeconds(), CallStep.REPORT_RECORDED)
                        .goTo(CallStep.REPORT_RECORDED)
                        .build());
    }

    /** @return the thanks, or null when nothing was recorded (a miss for the caller) */
    Turn recorded(CallRecord call, CallEvent event) {
        if (event.recordingUrl() == null
                || event.recordingUrl().isBlank()
                || (event.recordingSeconds() != null && event.recordingSeconds() <= 0)) {
            return null;
        }
        if (!reports.recorded(
                call.id(), call.reportPlace(), event.recordingUrl(), event.recordingSeconds(), event.transcript())) {
            return null;
        }
        CallRecord left = call.withRetries(0).achieved(CallOutcome.REPORT_LEFT);
        return menu.afterAction(
                left, menu.say(call, call.callerPhone() == null ? "report-thanks-no-sms" : "report-thanks"));
    }
}
