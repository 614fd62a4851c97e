package org.opencity.hotline.internal.call;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * What the provider tells about the call in one request, in the platform's words rather than a dialect's.
 *
 * @param callId the provider's id of the call (Twilio's CallSid)
 * @param from the caller's number as the provider gives it, or null when withheld
 * @param digits the keys pressed, or null
 * @param speech the provider's transcript of what the caller said, or null
 * @param speechConfidence the provider's confidence in that transcript, 0–1, or null
 * @param recordingUrl where the provider keeps a recording it just made, or null
 * @param recordingSeconds that recording's length
 * @param transcript the provider's transcript of that recording, or null
 * @param connectStatus how a connection to an agent ended (completed, busy, no-answer, failed), or null
 */
@RecordBuilder
public record CallEvent(
        String callId,
        String from,
        String to,
        String digits,
        String speech,
        Double speechConfidence,
        String recordingUrl,
        Integer recordingSeconds,
        String transcript,
        String connectStatus) {

    public boolean silent() {
        return (digits == null || digits.isBlank()) && (speech == null || speech.isBlank());
    }

    public boolean pressed(String key) {
        return digits != null && digits.strip().equals(key);
    }

    public boolean spoke() {
        return speech != null && !speech.isBlank();
    }
}
