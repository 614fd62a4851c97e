package org.opencity.hotline.twiml;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.internal.call.CallEvent;
import org.opencity.hotline.internal.call.CallFlow;
import org.opencity.hotline.internal.call.CallStep;
import org.opencity.hotline.internal.call.Instruction;
import org.opencity.hotline.internal.call.Reply;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The voice webhook in Twilio's dialect (TwiML), which Twilio, SignalWire and FreeSWITCH-based stacks speak: form
 * posts in, {@code text/xml} {@code <Response>} documents out. {@code /voice} starts a call, {@code /status} is the
 * call-status callback, {@code /transcription} the recording transcript callback, and {@code /{step}} each prompt's
 * answer. With an auth token configured every request must carry a valid {@code X-Twilio-Signature}.
 */
@RestController
@RequestMapping(TwimlDocument.PATH)
class TwimlController {

    static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final Set<String> ENDED = Set.of("completed", "busy", "failed", "no-answer", "canceled");

    private final CallFlow flow;
    private final HotlineProperties settings;
    private final TwimlDocument twiml;
    private final String baseUrl;
    private final MessageSource messages;

    TwimlController(
            CallFlow flow,
            HotlineProperties settings,
            PromptAudio audio,
            MessageSource messages,
            @Value("${opencity.base-url}") String baseUrl) {
        this.flow = flow;
        this.settings = settings;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.twiml = new TwimlDocument(this.baseUrl, audio);
    }

    @PostMapping(path = "/voice", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> voice(HttpServletRequest request) {
        return step(CallStep.START, request);
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> status(HttpServletRequest request) {
        Map<String, List<String>> parameters = verified(request);
        CallEvent event = TwimlRequest.event(parameters);
        String status = TwimlRequest.value(parameters, "CallStatus", 32);
        if (status != null && ENDED.contains(status.toLowerCase(Locale.ROOT))) {
            flow.ended(event.callId());
        }
        return xml(new Reply(List.of()));
    }

    @PostMapping(path = "/transcription", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> transcription(HttpServletRequest request) {
        Map<String, List<String>> parameters = verified(request);
        CallEvent event = TwimlRequest.event(parameters);
        String status = TwimlRequest.value(parameters, "TranscriptionStatus", 32);
        if (event.transcript() != null && (status == null || "completed".equalsIgnoreCase(status))) {
            flow.transcribed(event.callId(), event.transcript());
        }
        return xml(new Reply(List.of()));
    }

    @PostMapping(path = "/{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> answer(@PathVariable String step, HttpServletRequest request) {
        CallStep answered =
                CallStep.ofPath(step).filter(known -> known != CallStep.START).orElseThrow(UnknownStep::new);
        return step(answered, request);
    }

    private ResponseEntity<String> step(CallStep step, HttpServletRequest request) {
        CallEvent event = TwimlRequest.event(verified(request));
        Reply reply;
        try {
            reply = flow.handle(step, event);
        } catch (RuntimeException failed) {
            // Whatever went wrong, the caller hears an apology and the prompt the call is at (the failed turn changed
            // nothing): the provider's own "application error" would end the call.
            reply = apology();
            org.slf4j.LoggerFactory.getLogger(TwimlController.class)
                    .error("Hotline turn {} of call {} failed", step, event.callId(), failed);
        }
        return xml(reply);
    }

    private Reply apology() {
        Locale vietnamese = Locale.forLanguageTag("vi");
        return new Reply(List.of(
                new Instruction.Speak(messages.getMessage("hotline.say.sorry", null, vietnamese), vietnamese),
                new Instruction.GoTo(CallStep.START)));
    }

    private ResponseEntity<String> xml(Reply reply) {
        return ResponseEntity.ok().contentType(TEXT_XML).body(twiml.write(reply));
    }

    /** The POST parameters (not the query's), after the signature check when a token is configured. */
    private Map<String, List<String>> verified(HttpServletRequest request) {
        Map<String, List<String>> posted = posted(request);
        if (settings.signed()) {
            String url = baseUrl
                    + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (!TwilioSignature.valid(settings.authToken(), url, posted, request.getHeader(TwilioSignature.HEADER))) {
                throw new SignatureRefused();
            }
        }
        return posted;
    }

    private static Map<String, List<String>> posted(HttpServletRequest request) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> all.put(name, new ArrayList<>(Arrays.asList(values))));
        if (request.getQueryString() != null) {
            MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
                    .query(request.getQueryString())
                    .build()
                    .getQueryParams();
            query.forEach((name, values) -> {
                List<String> left = all.get(name);
                if (left != null) {
                    values.forEach(value -> left.remove(org.springframework.web.util.UriUtils.decode(
                            value, java.nio.charset.StandardCharsets.UTF_8)));
                    if (left.isEmpty()) {
                        all.remove(name);
                    }
                }
            });
        }
        return all;
    }
}
