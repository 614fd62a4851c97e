package org.opencity.hotline.internal.speech;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * One synthesised prompt as stored: the WAV of {@code text} spoken in {@code voice}, named by {@code hash}.
 *
 * @param hash SHA-256 (hex) of the voice, the rate and the text: what was spoken names the file
 * @param voice the espeak-ng voice, e.g. {@code vi}
 * @param text the text as spoken (after {@link PromptText#clean}), kept so an administrator can tell what a file says
 */
@RecordBuilder
record PromptAudio(String hash, String voice, String text, byte[] wav, Instant createdAt) {}
