package org.opencity.hotline.internal.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process side, with a stand-in program: never more than two at once, and the text on standard input only. */
class EspeakTests {

    @TempDir
    Path dir;

    @Test
    void neverMoreThanTwoRunAtOnce() throws Exception {
        Path program = standIn("""
                cat > /dev/null
                touch "%1$s/running.$$"
                ls "%1$s" | grep -c '^running\\.' >> "%1$s/counts"
                sleep 0.3
                cp "%1$s/silence.wav" "$6"
                rm "%1$s/running.$$"
                """);
        Espeak espeak = new Espeak(program.toString(), 150, Duration.ofSeconds(10));
        List<Callable<Optional<byte[]>>> turns = IntStream.range(0, 6)
                .<Callable<Optional<byte[]>>>mapToObj(i -> () -> espeak.wav("Lượt " + i, "vi"))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Optional<byte[]>> turn : pool.invokeAll(turns)) {
                assertThat(turn.get()).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> counts = Files.readAllLines(dir.resolve("counts")).stream()
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        // Two did run together (so the limit is not one), and no count ever saw a third.
        assertThat(counts)
                .hasSize(6)
                .contains(2)
                .allSatisfy(running -> assertThat(running).isBetween(1, 2));
        assertThat(espeak.runs()).isEqualTo(6);
    }

    @Test
    void theTextGoesInOnStandardInputAndNeverAsAnArgument() throws Exception {
        Path program = standIn("""
                cat > "%1$s/stdin"
                echo "$@" > "%1$s/arguments"
                cp "%1$s/silence.wav" "$6"
                """);
        String text = "--version; rm -rf / $(id) `id` \"Hà Nội\"";

        Optional<byte[]> wav = new Espeak(program.toString(), 150, Duration.ofSeconds(10)).wav(text, "vi");

        assertThat(wav).isPresent();
        assertThat(Files.readString(dir.resolve("stdin"))).isEqualTo(text);
        assertThat(Files.readString(dir.resolve("arguments")).strip())
                .startsWith("-v vi -s 150 -w ")
                .endsWith(" --stdin")
                .doesNotContain("Hà Nội");
    }

    @Test
    void aProgramThatWritesNoWavGivesNothing() throws Exception {
        Path program = standIn("""
                cat > /dev/null
                echo "not audio" > "$6"
                """);

        assertThat(new Espeak(program.toString(), 150, Duration.ofSeconds(10)).wav("Xin chào", "vi"))
                .isEmpty();
    }

    /** A shell script standing in for espeak-ng; {@code %1$s} in its body is the test's folder. */
    private Path standIn(String body) throws IOException {
        writeSilence(dir.resolve("silence.wav"));
        Path program = dir.resolve("espeak-stand-in");
        Files.writeString(program, "#!/bin/sh\n" + body.formatted(dir));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }

    private static void writeSilence(Path file) throws IOException {
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        byte[] samples = new byte[22_050 / 10 * 2];
        try (AudioInputStream silence =
                new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2)) {
            AudioSystem.write(silence, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
