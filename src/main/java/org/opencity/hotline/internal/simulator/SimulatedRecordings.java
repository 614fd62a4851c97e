package org.opencity.hotline.internal.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.opencity.hotline.internal.speech.SpokenPrompts;
import org.springframework.stereotype.Component;

/**
 * The audio of a simulated call: the prompts the caller hears (told by the text they were spoken from), and the
 * caller's own words after the beep, spoken by espeak-ng and stored as prompts are, then served under
 * {@value #RECORDINGS} as the provider serves its recordings.
 */
@Component
public class SimulatedRecordings {

    public static final String RECORDINGS = "/hotline/simulator/recordings/";
    private static final Pattern PROMPT = Pattern.compile("/hotline/audio/([0-9a-f]{64})\\.wav");

    private final SpokenPrompts prompts;

    SimulatedRecordings(SpokenPrompts prompts) {
        this.prompts = prompts;
    }

    /** A recording of the words: its path on this server and its length; empty when speech is off or fails. */
    Optional<Recording> record(String words, Locale language) {
        return prompts.audioPath(words, language).flatMap(path -> {
            Matcher hash = PROMPT.matcher(path);
            if (!hash.matches()) {
                return Optional.empty();
            }
            int seconds =
                    prompts.wav(hash.group(1)).map(SimulatedRecordings::seconds).orElse(1);
            return Optional.of(new Recording(RECORDINGS + hash.group(1) + ".wav", seconds));
        });
    }

    /** The WAV of a simulated recording, by its name. */
    public Optional<byte[]> wav(String hash) {
        return prompts.wav(hash);
    }

    /** The path of a played prompt on this server, if the address is one of this platform's prompts. */
    Optional<String> promptPath(String baseUrl, String url) {
        if (url == null || !url.startsWith(baseUrl + "/")) {
            return Optional.empty();
        }
        String path = url.substring(baseUrl.length());
        return PROMPT.matcher(path).matches() ? Optional.of(path) : Optional.empty();
    }

    /** The text a prompt at this path was spoken from. */
    Optional<String> promptText(String path) {
        Matcher hash = PROMPT.matcher(path);
        return hash.matches() ? prompts.text(hash.group(1)) : Optional.empty();
    }

    private static int seconds(byte[] wav) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return Math.max(1, (int)
                    Math.ceil(audio.getFrameLength() / audio.getFormat().getFrameRate()));
        } catch (IOException | UnsupportedAudioFileException unreadable) {
            return 1;
        }
    }

    record Recording(String path, int seconds) {}
}
