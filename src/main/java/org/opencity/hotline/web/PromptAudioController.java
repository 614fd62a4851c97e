package org.opencity.hotline.web;

import java.time.Duration;
import org.opencity.hotline.internal.speech.SpokenPrompts;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synthesised prompts, fetched by the telephony provider to play them. Public (the provider signs in to nothing)
 * and harmless so: a prompt is what the hotline says to every caller, and its name is the hash of its text, which
 * cannot be guessed without knowing the text. The name fixes the content, so a copy may be kept for a year.
 */
@RestController
class PromptAudioController {

    private static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

    private final SpokenPrompts prompts;

    PromptAudioController(SpokenPrompts prompts) {
        this.prompts = prompts;
    }

    @GetMapping("/hotline/audio/{hash}.wav")
    ResponseEntity<byte[]> audio(@PathVariable String hash) {
        byte[] wav = prompts.wav(hash).orElseThrow(PromptAudioNotFound::new);
        return ResponseEntity.ok()
                .contentType(AUDIO_WAV)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(hash)
                .body(wav);
    }
}
