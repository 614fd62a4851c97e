package org.opencity.hotline.internal.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.hotline.internal.simulator.SimulatedCall.Kind;
import org.opencity.hotline.internal.simulator.SimulatedCall.Line;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Plays the telephony provider for an officer who plays the caller: each thing the caller does becomes the request
 * the provider would send ({@code Digits}, {@code SpeechResult}, a recording, {@code DialCallStatus}), posted to the
 * platform's own webhook by {@link LoopbackWebhook}; each reply is read as the provider reads it, and redirects are
 * followed, a few in a row at most, so a hold loop waits for the officer instead of spinning.
 */
@Component
public class CallSimulator {

    /** Redirects followed in a row before the simulator waits for the officer. */
    static final int MAX_REDIRECTS = 5;
    /** Twilio's form of an account id; the webhook records it and checks nothing about it. */
    static final String ACCOUNT = "AC00000000000000000000000000000000";
    /** The number the simulated caller dials. */
    static final String LINE = "+842400000000";

    private static final Logger log = LoggerFactory.getLogger(CallSimulator.class);

    private final LoopbackWebhook webhook;
    private final SimulatedRecordings recordings;
    private final SimulatedAgents agents;
    private final AuditTrail audit;

    CallSimulator(LoopbackWebhook webhook, SimulatedRecordings recordings, SimulatedAgents agents, AuditTrail audit) {
        this.webhook = webhook;
        this.recordings = recordings;
        this.agents = agents;
        this.audit = audit;
    }

    @Bean
    static AuditActions simulatorAuditActions() {
        return AuditActions.of("audit.module.hotline-simulator", SimulatorAuditAction.class);
    }

    /** A new call from this caller id: the provider's first request, and the greeting. */
    public SimulatedCall start(Actor officer, String from) {
        String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        audit.record(officer, SimulatorAuditAction.HOTLINE_CALL_SIMULATED, "hotline-call", sid, null, Map.of());
        return exchange(SimulatedCall.dialling(sid, from), webhook.url("voice"), Map.of("CallStatus", "ringing"));
    }

    /**
     * Keys pressed on the keypad: kept until they complete the prompt (its number of keys, or its finishing key),
     * then sent. Ignored when the call is not listening for keys.
     */
    public SimulatedCall press(SimulatedCall call, String keys) {
        Pending pending = call.pending();
        if (call.ended() || !pending.listening() || !pending.keys() || keys == null) {
            return call;
        }
        String pressed = keys.replaceAll("[^0-9*#]", "");
        StringBuilder digits = new StringBuilder(call.keys());
        for (char key : pressed.toCharArray()) {
            if (!pending.finishOnKey().isEmpty() && pending.finishOnKey().indexOf(key) >= 0) {
                return send(call, digits.toString(), digits + String.valueOf(key));
            }
            digits.append(key);
            if (pending.digits() != null && digits.length() >= pending.digits()) {
                return send(call, digits.toString(), digits.toString());
            }
        }
        return call.withKeys(digits.length() > 32 ? digits.substring(0, 32) : digits.toString());
    }

    /** The keys pressed so far, sent as they are (as when the caller stops and the prompt times out). */
    public SimulatedCall sendKeys(SimulatedCall call) {
        if (call.ended() || !call.pending().listening() || call.keys().isEmpty()) {
            return call;
        }
        return send(call, call.keys(), call.keys());
    }

    /** Words said to a prompt that listens for speech, as the provider's transcript of them. */
    public SimulatedCall say(SimulatedCall call, String words) {
        Pending pending = call.pending();
        String said = words == null ? "" : words.strip();
        if (call.ended() || !pending.listening() || !pending.speech() || said.isEmpty()) {
            return call;
        }
        return exchange(
                call.with(Line.of(Kind.SAID, said)),
                pending.action(),
                Map.of("SpeechResult", said, "Confidence", "0.95", "CallStatus", "in-progress"));
    }

    /**
     * What the caller says after the beep: spoken by espeak-ng into a WAV the platform serves as the provider's
     * recording would be, and sent with its length and the typed words as the provider's transcript.
     */
    public SimulatedCall record(SimulatedCall call, String words, Locale language) {
        Pending pending = call.pending();
        String said = words == null ? "" : words.strip();
        if (call.ended() || !pending.recording()) {
            return call;
        }
        if (said.isEmpty()) {
            return silence(call);
        }
        Map<String, String> form = new LinkedHashMap<>();
        recordings.record(said, language).ifPresent(recording -> {
            form.put("RecordingUrl", webhook.baseUrl() + recording.path());
            form.put("RecordingDuration", Integer.toString(recording.seconds()));
        });
        form.put("RecordingSid", "RE" + UUID.randomUUID().toString().replace("-", ""));
        form.put("TranscriptionText", said);
        form.put("CallStatus", "in-progress");
        return exchange(call.with(Line.of(Kind.RECORDED, said)), pending.action(), form);
    }

    /** The caller says and presses nothing (or waits on hold): the provider goes on to the redirect. */
    public SimulatedCall silence(SimulatedCall call) {
        String redirect = call.pending().redirect();
        if (call.ended() || redirect == null) {
            return call;
        }
        return exchange(call.with(Line.of(Kind.SILENCE, "")), redirect, Map.of("CallStatus", "in-progress"));
    }

    /** The agent's call ends normally: the provider posts the {@code <Dial>}'s action. */
    public SimulatedCall endAgentCall(SimulatedCall call) {
        if (call.ended() || !call.pending().dialling()) {
            return call;
        }
        return exchange(
                call.with(Line.of(Kind.AGENT_DONE, "")),
                call.pending().action(),
                Map.of("DialCallStatus", "completed", "DialCallDuration", "60", "CallStatus", "in-progress"));
    }

    /** The caller hangs up: the provider's status callback. */
    public SimulatedCall hangUp(SimulatedCall call) {
        if (call.ended()) {
            return call;
        }
        return ended(call.with(Line.of(Kind.ENDED, "caller")));
    }

    private SimulatedCall send(SimulatedCall call, String digits, String shown) {
        if (digits.isEmpty()) {
            return silence(call.withKeys(""));
        }
        return exchange(
                call.with(Line.of(Kind.PRESSED, shown)).withKeys(""),
                call.pending().action(),
                Map.of("Digits", digits, "CallStatus", "in-progress"));
    }

    /** One request and its reply, then the redirects that need no caller, a few at most. */
    private SimulatedCall exchange(SimulatedCall call, String url, Map<String, String> extra) {
        SimulatedCall now = call;
        try {
            TwimlReply reply = TwimlReply.parse(webhook.post(url, form(call, extra)));
            for (int followed = 0; ; followed++) {
                now = heard(now, reply.heard());
                Pending pending = reply.pending();
                if (reply.hangUp() || pending.kind() == Pending.Kind.NONE) {
                    // A <Hangup>, or the end of the document: either way the provider ends the call.
                    return ended(now.with(Line.of(Kind.ENDED, "hotline")));
                }
                if (pending.kind() != Pending.Kind.REDIRECT) {
                    if (pending.dialling()) {
                        now = now.with(new Line(
                                Kind.CONNECTED,
                                pending.dialled(),
                                null,
                                agents.name(now.callSid()).orElse(null)));
                    }
                    return now.waitingFor(pending, false);
                }
                if (followed == MAX_REDIRECTS) {
                    return now.with(Line.of(Kind.WAITING, "")).waitingFor(pending, true);
                }
                reply = TwimlReply.parse(
                        webhook.post(pending.redirect(), form(now, Map.of("CallStatus", "in-progress"))));
            }
        } catch (SimulatorFailure failed) {
            log.warn("Simulated call {} could not go on: {}", call.callSid(), failed.getMessage());
            return now.with(Line.of(Kind.FAILED, ""));
        }
    }

    private SimulatedCall heard(SimulatedCall call, List<TwimlReply.Heard> heard) {
        SimulatedCall now = call;
        for (TwimlReply.Heard prompt : heard) {
            if (prompt.said() != null) {
                now = now.with(Line.of(Kind.HEARD, prompt.said()));
            } else {
                String path = recordings
                        .promptPath(webhook.baseUrl(), prompt.playUrl())
                        .orElse(null);
                String text = path == null ? null : recordings.promptText(path).orElse(null);
                now = now.with(new Line(Kind.HEARD, text == null ? prompt.playUrl() : text, path, null));
            }
        }
        return now;
    }

    /** The provider's status callback once the call is over; the call ends here whatever the webhook answers. */
    private SimulatedCall ended(SimulatedCall call) {
        try {
            webhook.post(webhook.url("status"), form(call, Map.of("CallStatus", "completed", "CallDuration", "60")));
        } catch (SimulatorFailure failed) {
            log.warn("Status callback of simulated call {} failed: {}", call.callSid(), failed.getMessage());
        }
        return call.over();
    }

    private static Map<String, String> form(SimulatedCall call, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", call.callSid());
        form.put("AccountSid", ACCOUNT);
        form.put("From", call.from());
        form.put("To", LINE);
        form.put("Direction", "inbound");
        form.putAll(extra);
        return form;
    }
}
