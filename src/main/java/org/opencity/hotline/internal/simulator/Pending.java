package org.opencity.hotline.internal.simulator;

import java.io.Serializable;

/**
 * What the call waits for after the last reply: the caller's keys or words ({@code <Gather>}), a recording
 * ({@code <Record>}), the end of an agent's call ({@code <Dial>}), or a redirect the simulator did not follow yet.
 *
 * @param action where the answer goes (absolute, under the platform's base URL)
 * @param redirect where the provider goes on silence or when the recording is empty, or null
 * @param digits {@code numDigits}: this many keys complete the prompt, or null
 * @param finishOnKey the key that completes the prompt early (Twilio's default is {@code #}), or empty for none
 * @param dialled the agent's number or SIP address, for {@code <Dial>}
 */
public record Pending(
        Kind kind,
        String action,
        String redirect,
        boolean keys,
        boolean speech,
        Integer digits,
        String finishOnKey,
        String dialled)
        implements Serializable {

    static final Pending NONE = new Pending(Kind.NONE, null, null, false, false, null, null, null);

    public enum Kind {
        LISTEN,
        RECORD,
        DIAL,
        REDIRECT,
        NONE
    }

    static Pending redirect(String url) {
        return new Pending(Kind.REDIRECT, null, url, false, false, null, null, null);
    }

    Pending withRedirect(String url) {
        return new Pending(kind, action, url, keys, speech, digits, finishOnKey, dialled);
    }

    public boolean listening() {
        return kind == Kind.LISTEN;
    }

    public boolean recording() {
        return kind == Kind.RECORD;
    }

    public boolean dialling() {
        return kind == Kind.DIAL;
    }
}
