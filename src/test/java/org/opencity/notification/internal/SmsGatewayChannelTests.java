package org.opencity.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A provider that echoes the number in its answer does not put the whole number in front of administrators.
 */
class SmsGatewayChannelTests {

    @Test
    void theNumberInAProvidersAnswerIsMaskedInEveryForm() {
        String answer = "HTTP 400"
                + " {\"error\":\"blocked\",\"to\":\"+84912345678\",\"alt\":\"0912345678\",\"raw\":\"84912345678\"}";

        String kept = SmsGatewayChannel.withoutNumber(answer, "0912345678");

        assertThat(kept).doesNotContain("912345").contains("+84******678").contains("0******678");
        assertThat(SmsGatewayChannel.withoutNumber("HTTP 200 ok", "0912345678")).isEqualTo("HTTP 200 ok");
    }
}
