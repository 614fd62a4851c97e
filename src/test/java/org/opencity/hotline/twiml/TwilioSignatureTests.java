package org.opencity.hotline.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's signature is Twilio's: Twilio's own validator accepts what the platform computes, and vice versa. */
class TwilioSignatureTests {

    static final String TOKEN = "12345678901234567890123456789012";
    static final String URL = "https://hotline.example.vn/hotline/twiml/menu";

    @Test
    void twiliosOwnValidatorAcceptsTheSignatureThePlatformComputes() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", "CA1234567890ABCDE");
        parameters.put("From", "+84912345678");
        parameters.put("To", "+842439999999");
        parameters.put("SpeechResult", "làm lại căn cước mất bao lâu & phí?");
        parameters.put("Digits", "1");

        String signature = TwilioSignature.of(TOKEN, URL, lists(parameters));

        assertThat(new RequestValidator(TOKEN).validate(URL, parameters, signature))
                .isTrue();
        assertThat(TwilioSignature.valid(TOKEN, URL, lists(parameters), signature))
                .isTrue();
    }

    @Test
    void aChangedParameterUrlOrTokenBreaksTheSignature() {
        Map<String, String> parameters = Map.of("CallSid", "CA1", "Digits", "1");
        String signature = TwilioSignature.of(TOKEN, URL, lists(parameters));

        assertThat(TwilioSignature.valid(TOKEN, URL, lists(Map.of("CallSid", "CA1", "Digits", "2")), signature))
                .isFalse();
        assertThat(TwilioSignature.valid(TOKEN, URL + "x", lists(parameters), signature))
                .isFalse();
        assertThat(TwilioSignature.valid("another-token", URL, lists(parameters), signature))
                .isFalse();
        assertThat(TwilioSignature.valid(TOKEN, URL, lists(parameters), "")).isFalse();
        assertThat(TwilioSignature.valid(TOKEN, URL, lists(parameters), null)).isFalse();
        assertThat(new RequestValidator(TOKEN).validate(URL, Map.of("CallSid", "CA1", "Digits", "2"), signature))
                .isFalse();
    }

    private static Map<String, List<String>> lists(Map<String, String> parameters) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, value) -> lists.put(name, List.of(value)));
        return lists;
    }
}
