package org.opencity.hotline.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.xml.parsers.DocumentBuilderFactory;
import org.opencity.hotline.HotlineSpringTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Plays the telephony provider against the webhook, as Twilio does: signed form posts with the call's parameters, the
 * TwiML reply parsed, and each {@code <Gather action>}, {@code <Record action>} and {@code <Redirect>} followed.
 */
final class ProviderStandIn {

    static final String HOTLINE_NUMBER = "+842439999999";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    ProviderStandIn(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /**
     * What the caller hears from a {@code <Play>}: the WAV is fetched as the provider would, checked to be a valid
     * WAV of a length that fits its text, and told by the text it was synthesised from.
     */
    String played(String url) throws Exception {
        String path = URI.create(url).getPath();
        MockHttpServletResponse audio =
                mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        assertThat(audio.getStatus()).as(path).isEqualTo(200);
        assertThat(audio.getContentType()).startsWith("audio/wav");
        String hash = path.substring(path.lastIndexOf('/') + 1, path.length() - ".wav".length());
        String text = jdbc.sql("select text from htl_prompt_audio where hash = :hash")
                .param("hash", hash)
                .query(String.class)
                .single();
        try (AudioInputStream wav =
                AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio.getContentAsByteArray()))) {
            double seconds = wav.getFrameLength() / wav.getFormat().getFrameRate();
            // espeak-ng at 150 words a minute: roughly 0.02 to 0.2 seconds a character, whatever the language.
            assertThat(seconds).as(text).isBetween(0.3, Math.max(2.0, text.length() * 0.2));
        }
        return text;
    }

    Call call(String from) {
        return new Call("CA" + UUID.randomUUID().toString().replace("-", ""), from);
    }

    Call callWithId(String sid, String from) {
        return new Call(sid, from);
    }

    static String sign(String url, Map<String, String> parameters) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, value) -> lists.put(name, List.of(value)));
        return TwilioSignature.of(HotlineSpringTest.AUTH_TOKEN, url, lists);
    }

    /** One call, remembering the reply it is at. */
    final class Call {

        final String sid;
        final String from;
        Twiml last;

        private Call(String sid, String from) {
            this.sid = sid;
            this.from = from;
        }

        Twiml start() throws Exception {
            return post(HotlineSpringTest.BASE_URL + "/hotline/twiml/voice", Map.of("CallStatus", "ringing"));
        }

        Twiml press(String digits) throws Exception {
            return post(last.gatherAction(), Map.of("Digits", digits, "CallStatus", "in-progress"));
        }

        Twiml say(String speech) throws Exception {
            return post(
                    last.gatherAction(),
                    Map.of("SpeechResult", speech, "Confidence", "0.91", "CallStatus", "in-progress"));
        }

        /** The caller said nothing: the provider goes on to the {@code <Redirect>} after the {@code <Gather>}. */
        Twiml silence() throws Exception {
            return post(last.redirect(), Map.of("CallStatus", "in-progress"));
        }

        Twiml record(String recordingUrl, int seconds, String transcript) throws Exception {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("RecordingUrl", recordingUrl);
            parameters.put("RecordingDuration", Integer.toString(seconds));
            parameters.put("RecordingSid", "RE" + UUID.randomUUID().toString().replace("-", ""));
            if (transcript != null) {
                parameters.put("TranscriptionText", transcript);
            }
            return post(last.recordAction(), parameters);
        }

        Twiml dialEnded(String status) throws Exception {
            return post(last.dialAction(), Map.of("DialCallStatus", status, "CallStatus", "in-progress"));
        }

        void transcription(String text) throws Exception {
            send(
                    HotlineSpringTest.BASE_URL + "/hotline/twiml/transcription",
                    Map.of("TranscriptionText", text, "TranscriptionStatus", "completed"));
        }

        void hangUp() throws Exception {
            send(HotlineSpringTest.BASE_URL + "/hotline/twiml/status", Map.of("CallStatus", "completed"));
        }

        Twiml post(String url, Map<String, String> extra) throws Exception {
            MockHttpServletResponse response = send(url, extra);
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            assertThat(response.getContentType()).startsWith("text/xml");
            last = Twiml.parse(response.getContentAsString(StandardCharsets.UTF_8), ProviderStandIn.this);
            return last;
        }

        MockHttpServletResponse send(String url, Map<String, String> extra) throws Exception {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("CallSid", sid);
            parameters.put("AccountSid", "AC00000000000000000000000000000001");
            parameters.put("From", from);
            parameters.put("To", HOTLINE_NUMBER);
            parameters.put("Direction", "inbound");
            parameters.putAll(extra);
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(
                            URI.create(url).getPath())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header("X-Twilio-Signature", sign(url, parameters));
            parameters.forEach(request::param);
            return mvc.perform(request).andReturn().getResponse();
        }
    }

    /** A TwiML reply, parsed. */
    record Twiml(Document document, String text, ProviderStandIn provider) {

        static Twiml parse(String xml, ProviderStandIn provider) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("Response");
            return new Twiml(document, xml, provider);
        }

        /** Everything the caller hears, in order: what is said and what is played. */
        String heard() throws Exception {
            List<String> said = new ArrayList<>();
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element verb = (Element) all.item(i);
                if (verb.getTagName().equals("Say")) {
                    said.add(verb.getTextContent());
                } else if (verb.getTagName().equals("Play")) {
                    said.add(provider.played(verb.getTextContent().strip()));
                }
            }
            return String.join(" | ", said);
        }

        Element gather() {
            return only("Gather");
        }

        String gatherAction() {
            return gather().getAttribute("action");
        }

        String redirect() {
            return only("Redirect").getTextContent().strip();
        }

        String recordAction() {
            return only("Record").getAttribute("action");
        }

        String dialAction() {
            return only("Dial").getAttribute("action");
        }

        String dialled() {
            return only("Dial").getTextContent().strip();
        }

        boolean has(String verb) {
            return document.getElementsByTagName(verb).getLength() > 0;
        }

        private Element only(String verb) {
            NodeList found = document.getElementsByTagName(verb);
            assertThat(found.getLength()).as("<%s> in %s", verb, text).isEqualTo(1);
            return (Element) found.item(0);
        }
    }
}
