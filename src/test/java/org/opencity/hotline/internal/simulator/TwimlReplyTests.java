package org.opencity.hotline.internal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator reads TwiML as the provider does: up to the first verb that waits, and the redirect after it. */
class TwimlReplyTests {

    @Test
    void aGatherWaitsForKeysOrSpeechAndItsRedirectIsTheSilence() {
        TwimlReply reply = TwimlReply.parse("""
                <?xml version="1.0" encoding="UTF-8"?><Response><Say language="vi-VN">Xin chào</Say>\
                <Gather input="dtmf speech" action="https://x.vn/hotline/twiml/menu" numDigits="1" timeout="5">\
                <Play>https://x.vn/hotline/audio/ab.wav</Play></Gather>\
                <Redirect method="POST">https://x.vn/hotline/twiml/menu</Redirect><Say>never</Say></Response>""");

        assertThat(reply.heard())
                .containsExactly(
                        new TwimlReply.Heard("Xin chào", null),
                        new TwimlReply.Heard(null, "https://x.vn/hotline/audio/ab.wav"));
        assertThat(reply.pending().kind()).isEqualTo(Pending.Kind.LISTEN);
        assertThat(reply.pending().keys()).isTrue();
        assertThat(reply.pending().speech()).isTrue();
        assertThat(reply.pending().digits()).isEqualTo(1);
        assertThat(reply.pending().finishOnKey()).as("Twilio's default").isEqualTo("#");
        assertThat(reply.pending().action()).isEqualTo("https://x.vn/hotline/twiml/menu");
        assertThat(reply.pending().redirect()).isEqualTo("https://x.vn/hotline/twiml/menu");
        assertThat(reply.hangUp()).isFalse();
    }

    @Test
    void aRedirectAloneIsFollowedADialWaitsAndAHangupEnds() {
        TwimlReply hold = TwimlReply.parse(
                "<Response><Pause length=\"8\"/><Redirect>https://x.vn/hotline/twiml/wait</Redirect></Response>");
        assertThat(hold.pending()).isEqualTo(Pending.redirect("https://x.vn/hotline/twiml/wait"));

        TwimlReply dial = TwimlReply.parse("<Response><Say>Đang kết nối</Say><Dial action=\"https://x.vn/hotline/twiml/"
                + "after-agent\"><Sip>sip:agent@pbx.vn</Sip></Dial></Response>");
        assertThat(dial.pending().dialling()).isTrue();
        assertThat(dial.pending().dialled()).isEqualTo("sip:agent@pbx.vn");

        TwimlReply bye = TwimlReply.parse("<Response><Say>Xin chào</Say><Hangup/><Say>never</Say></Response>");
        assertThat(bye.hangUp()).isTrue();
        assertThat(bye.heard()).hasSize(1);
    }

    @Test
    void aDoctypeOrSomethingElseThanTwimlIsRefused() {
        assertThatThrownBy(() -> TwimlReply.parse("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><Response><Say>&x;</Say></Response>"))
                .isInstanceOf(SimulatorFailure.class);
        assertThatThrownBy(() -> TwimlReply.parse("<html/>")).isInstanceOf(SimulatorFailure.class);
        assertThatThrownBy(() -> TwimlReply.parse("not xml")).isInstanceOf(SimulatorFailure.class);
    }

    @Test
    void theSimulatorsSignatureIsAcceptedByTwiliosOwnValidator() {
        String url = "https://hotline.example.vn/hotline/twiml/menu";
        Map<String, String> form = Map.of(
                "CallSid", "CA1234567890ABCDE",
                "From", "+84900000001",
                "To", CallSimulator.LINE,
                "SpeechResult", "làm lại căn cước mất bao lâu & phí?",
                "Digits", "1");
        String signature = LoopbackWebhook.signature("12345678901234567890123456789012", url, form);

        assertThat(new RequestValidator("12345678901234567890123456789012").validate(url, form, signature))
                .isTrue();
        assertThat(new RequestValidator("another").validate(url, form, signature))
                .isFalse();
    }
}
