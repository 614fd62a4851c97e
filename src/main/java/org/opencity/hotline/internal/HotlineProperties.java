package org.opencity.hotline.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hotline's settings ({@code opencity.hotline.*}).
 *
 * @param authToken the telephony provider's auth token: every webhook request must carry the provider's signature made
 *     with it; empty (the demo) leaves the webhook open
 * @param accountSid the provider's account id, the user name for fetching recordings (with the auth token)
 * @param retries prompts a caller may leave unanswered or misanswer before a person or a call-back is offered
 * @param maxWait how long a caller waits for a person before a call-back is offered
 * @param holdSeconds silence between two hold messages
 * @param answerMaxChars the longest answer read on the phone; longer answers are cut at a sentence and point to the
 *     web page, because nobody remembers a spoken list of twenty documents
 * @param recordingMaxSeconds the longest voice report
 * @param transcriptWait how long a voice report waits for the provider's transcript before it is filed without one
 * @param recordingHosts the only hosts recordings are fetched from (the provider's), so a forged request cannot make
 *     the platform fetch an address of an attacker's choosing
 * @param recordingMaxBytes the largest recording kept
 * @param agentsAlways agents answer at any hour (a staffed 24/7 centre); otherwise only in office hours
 * @param warmUp synthesise the fixed prompts at start
 * @param retention how long a call (the caller's number, transcript and recording) is kept
 */
@ConfigurationProperties("opencity.hotline")
public record HotlineProperties(
        String authToken,
        String accountSid,
        int retries,
        Duration maxWait,
        int holdSeconds,
        int answerMaxChars,
        int recordingMaxSeconds,
        Duration transcriptWait,
        List<String> recordingHosts,
        long recordingMaxBytes,
        boolean agentsAlways,
        boolean warmUp,
        Duration retention) {

    public HotlineProperties {
        recordingHosts = recordingHosts == null ? List.of() : List.copyOf(recordingHosts);
    }

    public boolean signed() {
        return authToken != null && !authToken.isBlank();
    }
}
