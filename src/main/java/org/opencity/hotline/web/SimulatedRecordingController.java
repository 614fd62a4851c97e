package org.opencity.hotline.web;

import org.opencity.hotline.internal.simulator.SimulatedRecordings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The call simulator's "recordings": what an officer typed after the beep, spoken by espeak-ng, fetched by the
 * platform's own recording fetcher as a provider's recording would be. Public as the prompts are (the fetcher signs
 * in to nothing); the name is the hash of the words, which cannot be guessed without knowing them.
 */
@RestController
class SimulatedRecordingController {

    private static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

    private final SimulatedRecordings recordings;

    SimulatedRecordingController(SimulatedRecordings recordings) {
        this.recordings = recordings;
    }

    @GetMapping(SimulatedRecordings.RECORDINGS + "{hash}.wav")
    ResponseEntity<byte[]> recording(@PathVariable String hash) {
        byte[] wav = recordings.wav(hash).orElseThrow(PromptAudioNotFound::new);
        return ResponseEntity.ok()
                .contentType(AUDIO_WAV)
                .cacheControl(CacheControl.noStore())
                .body(wav);
    }
}
