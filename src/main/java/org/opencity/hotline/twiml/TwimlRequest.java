package org.opencity.hotline.twiml;

import java.util.List;
import java.util.Map;
import org.opencity.hotline.internal.call.CallEvent;
import org.opencity.hotline.internal.call.CallEventBuilder;
import org.opencity.platform.InvalidRequest;

/**
 * A provider's form-encoded call event as the platform's {@link CallEvent}. Every value is bounded and cleaned of
 * control characters: it comes from the network, and in the demo (no auth token) from anyone.
 */
final class TwimlRequest {

    static final int MAX_ID = 64;
    static final int MAX_DIGITS = 32;
    static final int MAX_SPEECH = 1_000;
    static final int MAX_URL = 1_000;

    private TwimlRequest() {}

    static CallEvent event(Map<String, List<String>> parameters) {
        String callId = value(parameters, "CallSid", MAX_ID);
        if (callId == null || !callId.matches("[A-Za-z0-9_-]{2,64}")) {
            throw new InvalidRequest("problem.hotline.call-sid");
        }
        return CallEventBuilder.builder()
                .callId(callId)
                .from(value(parameters, "From", MAX_ID))
                .to(value(parameters, "To", MAX_ID))
                .digits(value(parameters, "Digits", MAX_DIGITS))
                .speech(value(parameters, "SpeechResult", MAX_SPEECH))
                .speechConfidence(number(value(parameters, "Confidence", MAX_ID)))
                .recordingUrl(value(parameters, "RecordingUrl", MAX_URL))
                .recordingSeconds(whole(value(parameters, "RecordingDuration", MAX_ID)))
                .transcript(value(parameters, "TranscriptionText", MAX_SPEECH * 4))
                .connectStatus(value(parameters, "DialCallStatus", MAX_ID))
                .build();
    }

    static String value(Map<String, List<String>> parameters, String name, int max) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String value = values.get(0).replaceAll("[\\p{Cntrl}\\uFFFD]", " ").strip();
        if (value.isEmpty()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Integer whole(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
