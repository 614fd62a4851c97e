/**
 * The hotline's voice prompts: each text is spoken once by espeak-ng (a local program, so no text leaves the
 * machine and no cloud voice is paid per call), kept as a WAV in {@code htl_prompt_audio} under the SHA-256 of what
 * was spoken, and served by its hash for the telephony provider to {@code <Play>}. When speech is off or espeak-ng
 * fails, the caller gets no path and falls back to the provider's own {@code <Say>}.
 */
package org.opencity.hotline.internal.speech;
