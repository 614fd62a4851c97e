package org.opencity.hotline.internal.console;

import java.util.List;
import org.opencity.hotline.internal.call.CallLine;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.voicereport.VoiceReportRecord;

/**
 * A call with everything said in it.
 *
 * @param number the caller's full number for an officer who handled the call, masked for everyone else; null when
 *     withheld
 * @param numberShown whether {@code number} is the full number
 * @param queueWait the caller's time in the queue for a person, or null when they never asked for one
 * @param callback the call-back the caller booked, or null
 * @param voiceReport the report the caller left by voice, or null
 * @param hasRecording whether the voice report's audio is kept
 */
public record CallDetail(
        CallSummary summary,
        String number,
        boolean numberShown,
        List<CallLine> lines,
        WaitRecord queueWait,
        CallbackView callback,
        VoiceReportRecord voiceReport,
        boolean hasRecording) {

    public CallDetail {
        lines = List.copyOf(lines);
    }

    /** A call-back without its number: the number is in {@link CallDetail#number()} for those who may see it. */
    public record CallbackView(
            java.time.Instant requestedAt, java.time.Instant doneAt, String doneByName, String note) {}
}
