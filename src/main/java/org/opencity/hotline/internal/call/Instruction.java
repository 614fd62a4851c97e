package org.opencity.hotline.internal.call;

import java.util.List;
import java.util.Locale;

/**
 * One thing the provider is told to do on the call, in order. The set is what every voice dialect can express (TwiML's
 * verbs, Stringee's SCCO actions), so the call logic never writes a dialect.
 */
public sealed interface Instruction {

    /** Speak a text to the caller, in a language. */
    record Speak(String text, Locale language) implements Instruction {}

    /**
     * Speak the prompts while listening for keys and/or speech; what the caller gives goes to {@code next}. When they
     * give nothing the provider goes on with the next instruction, which is always {@link GoTo} the same step, so
     * silence reaches the call logic too.
     *
     * @param digits how many keys end the input (null: any number, until {@code finishOnKey} or the timeout)
     * @param finishOnKey the key that ends the input early (e.g. "#"), or null
     */
    record Listen(
            boolean keys,
            boolean speech,
            Integer digits,
            String finishOnKey,
            int timeoutSeconds,
            CallStep next,
            Locale language,
            List<Speak> prompts)
            implements Instruction {

        public Listen {
            prompts = List.copyOf(prompts);
        }
    }

    /** Record what the caller says after a beep; the recording (and the provider's transcript) go to {@code next}. */
    record RecordMessage(int maxSeconds, CallStep next) implements Instruction {}

    /** Silence on the line, e.g. between hold messages. */
    record Pause(int seconds) implements Instruction {}

    /** Ask the platform again at a step, without waiting for the caller. */
    record GoTo(CallStep next) implements Instruction {}

    /** Connect the caller to an agent's phone number or SIP address; how it went goes to {@code after}. */
    record Connect(String address, CallStep after) implements Instruction {}

    /** End the call. */
    record HangUp() implements Instruction {}
}
