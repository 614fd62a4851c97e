package org.opencity.hotline.internal.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs espeak-ng for one text. The text goes in on standard input, never as an argument and never through a shell:
 * what a prompt says cannot become an option or a command, and does not show in the process list. The WAV is written
 * to a temporary file rather than standard output, because on a pipe espeak-ng cannot seek back to fill in the
 * header's lengths and leaves placeholders there.
 * <p>
 * A failure (no such program, a non-zero exit, a timeout, no WAV) is logged once, as a warning with what went wrong
 * but never the text, which may carry a caller's name or a dossier's code; the next failures go to the debug log
 * until a synthesis succeeds again.
 */
final class Espeak {

    private static final Logger log = LoggerFactory.getLogger(Espeak.class);

    /**
     * At most two processes at once: each takes a core while it runs, and the machine serves calls and pages too.
     * A turn that cannot get a slot within the timeout is read by {@code <Say>} instead of waiting longer.
     */
    static final int MAX_PROCESSES = 2;

    private final String command;
    private final int rate;
    private final Duration timeout;
    private final Semaphore slots = new Semaphore(MAX_PROCESSES);
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong runs = new AtomicLong();

    Espeak(String command, int rate, Duration timeout) {
        this.command = command;
        this.rate = rate;
        this.timeout = timeout;
    }

    /** The WAV of the text in the voice; empty when espeak-ng is missing, fails or takes too long. */
    Optional<byte[]> wav(String text, String voice) {
        try {
            if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return failed("no synthesis slot free within " + timeout, null);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return run(text, voice);
        } finally {
            slots.release();
        }
    }

    /** How many times espeak-ng was started, for tests that check a prompt is synthesised once. */
    long runs() {
        return runs.get();
    }

    private Optional<byte[]> run(String text, String voice) {
        Path out = null;
        Process process = null;
        try {
            out = Files.createTempFile("opencity-prompt-", ".wav");
            process = new ProcessBuilder(List.of(
                            command, "-v", voice, "-s", Integer.toString(rate), "-w", out.toString(), "--stdin"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            runs.incrementAndGet();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException brokenPipe) {
                // It ended before reading everything: its exit value below says why.
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return failed("espeak-ng took longer than " + timeout + " (voice " + voice + ")", null);
            }
            if (process.exitValue() != 0) {
                return failed("espeak-ng exited with " + process.exitValue() + " (voice " + voice + ")", null);
            }
            byte[] wav = Files.readAllBytes(out);
            if (!isWav(wav)) {
                return failed("espeak-ng wrote no WAV (voice " + voice + ")", null);
            }
            if (failing.compareAndSet(true, false)) {
                log.info("Prompt synthesis works again");
            }
            return Optional.of(wav);
        } catch (IOException e) {
            return failed("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(out);
        }
    }

    /** A RIFF/WAVE header with at least one sample after it. */
    private static boolean isWav(byte[] wav) {
        return wav.length > 46
                && new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(wav, 8, 4, StandardCharsets.US_ASCII).equals("WAVE");
    }

    private Optional<byte[]> failed(String why, Exception cause) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Prompt synthesis failed, prompts are read by the provider's <Say> until it works: {}", why);
        } else {
            log.debug("Prompt synthesis failed: {}", why, cause);
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}", file, e);
        }
    }
}
