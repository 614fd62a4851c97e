package org.opencity.hotline.internal.speech;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hotline's synthesised prompts, prefix {@code opencity.hotline.speech}.
 *
 * @param mode {@code play}: prompts are synthesised here and played from their WAV; {@code say}: no synthesis, the
 *     provider's own text-to-speech reads every prompt (e.g. on a machine without espeak-ng, or to compare voices)
 * @param command the espeak-ng program, a name looked up on the PATH or an absolute path
 * @param rate speaking rate in words per minute; espeak-ng's own default (175) is hurried over a phone line
 * @param voices the espeak-ng voice for each language the hotline speaks
 * @param timeout past this a synthesis is abandoned (the process killed) and the prompt is read by {@code <Say>}:
 *     the provider waits for the webhook's answer only so long
 */
@ConfigurationProperties("opencity.hotline.speech")
public record HotlineSpeechProperties(
        @DefaultValue("play") Mode mode,
        @DefaultValue("espeak-ng") String command,
        @DefaultValue("150") int rate,
        @DefaultValue Voices voices,
        @DefaultValue("5s") Duration timeout) {

    public enum Mode {
        PLAY,
        SAY
    }

    /**
     * @param vi the Vietnamese voice (espeak-ng's {@code vi} is the northern accent, Hanoi's)
     * @param en the English voice
     */
    public record Voices(
            @DefaultValue("vi") String vi,
            @DefaultValue("en-us") String en) {

        /** English for English; Vietnamese, the platform's default language, for every other language. */
        public String of(Locale language) {
            return "en".equals(language.getLanguage()) ? en : vi;
        }
    }
}
