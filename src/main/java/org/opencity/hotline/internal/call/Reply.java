package org.opencity.hotline.internal.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the provider is told to do next on a call: instructions in order. */
public record Reply(List<Instruction> instructions) {

    public Reply {
        instructions = List.copyOf(instructions);
    }

    /** All that was said to the caller in this reply, for the call's transcript. */
    public List<String> spoken() {
        List<String> said = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.Speak speak) {
                said.add(speak.text());
            } else if (instruction instanceof Instruction.Listen listen) {
                listen.prompts().forEach(prompt -> said.add(prompt.text()));
            }
        }
        return said;
    }

    static Builder in(Locale language) {
        return new Builder(language);
    }

    /** Builds a reply in the call's language. */
    static final class Builder {

        private final Locale language;
        private final List<Instruction> instructions = new ArrayList<>();

        private Builder(Locale language) {
            this.language = language;
        }

        Builder say(String text) {
            instructions.add(new Instruction.Speak(text, language));
            return this;
        }

        /**
         * A prompt answered by keys (and, with {@code speech}, by voice): the answer goes to {@code next}, silence to
         * {@code onSilence}.
         */
        Builder ask(
                CallStep next,
                CallStep onSilence,
                boolean speech,
                Integer digits,
                String finishOnKey,
                int timeout,
                Instruction.Speak... prompts) {
            instructions.add(new Instruction.Listen(
                    true, speech, digits, finishOnKey, timeout, next, language, List.of(prompts)));
            instructions.add(new Instruction.GoTo(onSilence));
            return this;
        }

        /** A prompt in the call's language answered by keys, re-asked at the same step on silence. */
        Builder ask(CallStep step, boolean speech, Integer digits, String finishOnKey, int timeout, String prompt) {
            return ask(step, step, speech, digits, finishOnKey, timeout, new Instruction.Speak(prompt, language));
        }

        /** A prompt answered by voice only. */
        Builder listen(CallStep step, int timeout, String prompt) {
            instructions.add(new Instruction.Listen(
                    false,
                    true,
                    null,
                    null,
                    timeout,
                    step,
                    language,
                    List.of(new Instruction.Speak(prompt, language))));
            instructions.add(new Instruction.GoTo(step));
            return this;
        }

        Builder record(int maxSeconds, CallStep next) {
            instructions.add(new Instruction.RecordMessage(maxSeconds, next));
            return this;
        }

        Builder goTo(CallStep next) {
            instructions.add(new Instruction.GoTo(next));
            return this;
        }

        Builder connect(String address, CallStep after) {
            instructions.add(new Instruction.Connect(address, after));
            return this;
        }

        Builder hangUp() {
            instructions.add(new Instruction.HangUp());
            return this;
        }

        Reply build() {
            return new Reply(instructions);
        }
    }
}
