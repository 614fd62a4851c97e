package org.opencity.hotline.internal.speech;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencity.hotline.internal.speech.HotlineSpeechProperties.Mode;
import org.opencity.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the call flow asks for a prompt: the path of its WAV, to {@code <Play>}, or nothing, to {@code <Say>} it.
 * <p>
 * A text is spoken once for the whole city: the first turn that needs it runs espeak-ng and stores the WAV; every
 * later turn, on any node, finds the row. This node also remembers which prompts are stored, so a prompt it has seen
 * costs the call's turn no database read.
 */
@Component
public class SpokenPrompts {

    private static final Logger log = LoggerFactory.getLogger(SpokenPrompts.class);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final HotlineSpeechProperties properties;
    private final PromptAudioRepository prompts;
    private final Espeak espeak;
    private final Clock clock;

    /** Hashes known to be stored. A row is never deleted or changed, so an entry never goes stale. */
    private final Cache<String, Boolean> stored =
            Caffeine.newBuilder().maximumSize(20_000).build();

    @Autowired
    SpokenPrompts(HotlineSpeechProperties properties, PromptAudioRepository prompts, Clock clock) {
        this(properties, prompts, new Espeak(properties.command(), properties.rate(), properties.timeout()), clock);
    }

    SpokenPrompts(HotlineSpeechProperties properties, PromptAudioRepository prompts, Espeak espeak, Clock clock) {
        this.properties = properties;
        this.prompts = prompts;
        this.espeak = espeak;
        this.clock = clock;
    }

    /**
     * The path ({@code /hotline/audio/{hash}.wav}) of the text spoken in the language's voice, synthesised now if it
     * never was; empty in {@code say} mode, for a text with nothing to speak, or when espeak-ng is missing or fails.
     */
    public Optional<String> audioPath(String text, Locale language) {
        if (properties.mode() == Mode.SAY) {
            return Optional.empty();
        }
        String spoken = PromptText.clean(text);
        if (spoken.isEmpty()) {
            return Optional.empty();
        }
        String voice = properties.voices().of(language);
        String hash = hash(voice, spoken);
        try {
            if (stored.getIfPresent(hash) == null && !prompts.exists(hash) && !synthesise(hash, voice, spoken)) {
                return Optional.empty();
            }
        } catch (DataAccessException e) {
            log.warn("Prompt store unavailable, the prompt is read by <Say>: {}", e.getMessage());
            return Optional.empty();
        }
        stored.put(hash, Boolean.TRUE);
        return Optional.of("/hotline/audio/" + hash + ".wav");
    }

    /** Speaks the texts ahead of the first call that needs them (the fixed menu prompts, when the hotline starts). */
    public void warm(Collection<String> texts, Locale language) {
        long ready = texts.stream()
                .filter(text -> audioPath(text, language).isPresent())
                .count();
        log.info("Hotline prompts in {}: {} of {} ready to play", language, ready, texts.size());
    }

    /** The stored WAV named by the hash; empty for an unknown hash or anything that is not one. */
    public Optional<byte[]> wav(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return prompts.wav(hash);
    }

    /** The text a stored WAV was spoken from (as cleaned before synthesis); empty for an unknown hash. */
    public Optional<String> text(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return prompts.text(hash);
    }

    private boolean synthesise(String hash, String voice, String spoken) {
        Optional<byte[]> wav = espeak.wav(spoken, voice);
        wav.ifPresent(audio -> prompts.insert(PromptAudioBuilder.builder()
                .hash(hash)
                .voice(voice)
                .text(spoken)
                .wav(audio)
                .createdAt(clock.instant())
                .build()));
        return wav.isPresent();
    }

    /**
     * The rate is part of the name as well as the voice and the text: a row is never replaced, and the path is served
     * as immutable, so a new rate has to give new names or the old recordings would play on.
     */
    private String hash(String voice, String spoken) {
        return Sha256.hex((voice + '\n' + properties.rate() + '\n' + spoken).getBytes(StandardCharsets.UTF_8));
    }
}
