package org.opencity.hotline.internal.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencity.hotline.internal.speech.HotlineSpeechProperties.Mode;
import org.opencity.hotline.internal.speech.HotlineSpeechProperties.Voices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prompts spoken by the real espeak-ng into the real database: valid WAVs as long as their text takes to say, each
 * text synthesised once (per city, not per node), and every failure a quiet fallback to {@code <Say>}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpokenPromptsTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    SpokenPrompts prompts;

    @Autowired
    HotlineSpeechProperties properties;

    @Autowired
    PromptAudioRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aVietnamesePromptWithDiacriticsIsAValidWavAsLongAsItTakesToSay() throws Exception {
        String text = "Xin chào, đây là đường dây nóng của Ủy ban nhân dân thành phố Hà Nội.";

        String path = prompts.audioPath(text, VI).orElseThrow();

        assertThat(path).matches("/hotline/audio/[0-9a-f]{64}\\.wav");
        AudioInputStream audio = audio(path);
        AudioFormat format = audio.getFormat();
        assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.getChannels()).isEqualTo(1);
        assertThat(format.getSampleSizeInBits()).isEqualTo(16);
        assertThat(format.getSampleRate()).isBetween(8_000f, 48_000f);
        // 16 syllables at 150 words a minute: about four seconds, pauses included.
        assertThat(seconds(audio)).isBetween(2.0, 10.0);
        assertThat(jdbc.sql("select voice, text from htl_prompt_audio where hash = :hash")
                        .param("hash", hash(path))
                        .query((rs, n) -> rs.getString("voice") + "|" + rs.getString("text"))
                        .single())
                .isEqualTo("vi|" + text);
    }

    @Test
    void aLongerTextGivesLongerAudio() throws Exception {
        String shortText = "Bấm phím một.";
        String longText = "Bấm phím một để tra cứu hồ sơ, phím hai để phản ánh hiện trường, phím ba để gặp cán bộ"
                + " trực tổng đài, phím chín để nghe lại.";

        double shortSeconds = seconds(audio(prompts.audioPath(shortText, VI).orElseThrow()));
        double longSeconds = seconds(audio(prompts.audioPath(longText, VI).orElseThrow()));

        assertThat(shortSeconds).isBetween(0.3, 4.0);
        assertThat(longSeconds).isGreaterThan(shortSeconds * 3).isBetween(4.0, 30.0);
    }

    @Test
    void englishIsSpokenInTheEnglishVoiceUnderItsOwnName() throws Exception {
        String text = "Press one to check an application.";

        String english = prompts.audioPath(text, Locale.ENGLISH).orElseThrow();
        String vietnamese = prompts.audioPath(text, VI).orElseThrow();

        assertThat(english).isNotEqualTo(vietnamese);
        assertThat(seconds(audio(english))).isBetween(1.0, 8.0);
        assertThat(jdbc.sql("select voice from htl_prompt_audio where hash = :hash")
                        .param("hash", hash(english))
                        .query(String.class)
                        .single())
                .isEqualTo("en-us");
    }

    @Test
    void theSameTextIsSynthesisedOnceHereAndNotAgainOnAnotherNode() {
        Espeak here = espeak(properties.command(), properties.timeout());
        SpokenPrompts node = new SpokenPrompts(properties, repository, here, clock);
        String text = "Hồ sơ của ông bà đang được xử lý.";

        String first = node.audioPath(text, VI).orElseThrow();
        Instant stored = createdAt(first);
        String again =
                node.audioPath("  Hồ sơ của ông bà\n đang được xử lý. ", VI).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(here.runs()).isEqualTo(1);
        Espeak elsewhere = espeak(properties.command(), properties.timeout());
        assertThat(new SpokenPrompts(properties, repository, elsewhere, clock).audioPath(text, VI))
                .contains(first);
        assertThat(elsewhere.runs()).isZero();
        assertThat(createdAt(first)).isEqualTo(stored);
    }

    @Test
    void warmingSpeaksTheTextsAheadSoTheCallsTurnRunsNothing() {
        Espeak here = espeak(properties.command(), properties.timeout());
        SpokenPrompts node = new SpokenPrompts(properties, repository, here, clock);
        List<String> menu = List.of("Chào mừng quý khách.", "Vui lòng chờ trong giây lát.");

        node.warm(menu, VI);
        long afterWarming = here.runs();
        menu.forEach(text -> assertThat(node.audioPath(text, VI)).isPresent());

        assertThat(afterWarming).isEqualTo(2);
        assertThat(here.runs()).isEqualTo(2);
    }

    @Test
    void sayModeGivesNoPathAndRunsNothing() {
        Espeak here = espeak(properties.command(), properties.timeout());
        SpokenPrompts say = new SpokenPrompts(settings(Mode.SAY, properties.command()), repository, here, clock);

        assertThat(say.audioPath("Chế độ đọc bằng Say.", VI)).isEmpty();
        assertThat(here.runs()).isZero();
        assertThat(stored("Chế độ đọc bằng Say.")).isZero();
    }

    @Test
    void aMissingCommandGivesNoPathAndNoException() {
        String missing = "/nonexistent/espeak-ng";
        SpokenPrompts node = new SpokenPrompts(
                settings(Mode.PLAY, missing), repository, espeak(missing, properties.timeout()), clock);

        assertThatNoException().isThrownBy(() -> node.audioPath("Không có chương trình.", VI));
        assertThat(node.audioPath("Không có chương trình.", VI)).isEmpty();
        assertThat(stored("Không có chương trình.")).isZero();
    }

    @Test
    void aFailingCommandGivesNoPath() {
        SpokenPrompts node = new SpokenPrompts(
                settings(Mode.PLAY, "false"), repository, espeak("false", properties.timeout()), clock);

        assertThat(node.audioPath("Chương trình báo lỗi.", VI)).isEmpty();
        assertThat(stored("Chương trình báo lỗi.")).isZero();
    }

    @Test
    void aSynthesisThatHangsIsAbandonedAtTheTimeout(@TempDir Path dir) throws IOException {
        Path hangs = Files.writeString(dir.resolve("hangs"), "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(hangs, PosixFilePermissions.fromString("rwx------"));
        SpokenPrompts node = new SpokenPrompts(
                settings(Mode.PLAY, hangs.toString()),
                repository,
                espeak(hangs.toString(), Duration.ofMillis(300)),
                clock);

        long started = System.nanoTime();
        Optional<String> path = node.audioPath("Chương trình treo.", VI);

        assertThat(path).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void nothingSpeakableGivesNoPath() {
        assertThat(prompts.audioPath(" \u0000\n", VI)).isEmpty();
    }

    @Test
    void onlyAHashNamesAStoredWav() {
        String path = prompts.audioPath("Tạm biệt.", VI).orElseThrow();

        assertThat(prompts.wav(hash(path))).isPresent();
        assertThat(prompts.wav(hash(path).toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(prompts.wav("0".repeat(64))).isEmpty();
        assertThat(prompts.wav("../etc/passwd")).isEmpty();
        assertThat(prompts.wav(null)).isEmpty();
    }

    private HotlineSpeechProperties settings(Mode mode, String command) {
        return new HotlineSpeechProperties(
                mode, command, properties.rate(), new Voices("vi", "en-us"), properties.timeout());
    }

    private Espeak espeak(String command, Duration timeout) {
        return new Espeak(command, properties.rate(), timeout);
    }

    private AudioInputStream audio(String path) throws IOException, UnsupportedAudioFileException {
        byte[] wav = repository.wav(hash(path)).orElseThrow();
        return AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
    }

    private static double seconds(AudioInputStream audio) {
        return audio.getFrameLength() / audio.getFormat().getFrameRate();
    }

    private static String hash(String path) {
        return path.substring("/hotline/audio/".length(), path.length() - ".wav".length());
    }

    private Instant createdAt(String path) {
        return jdbc.sql("select created_at from htl_prompt_audio where hash = :hash")
                .param("hash", hash(path))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private long stored(String text) {
        return jdbc.sql("select count(*) from htl_prompt_audio where text = :text")
                .param("text", text)
                .query(Long.class)
                .single();
    }
}
