package org.opencity.hotline.internal.speech;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PromptAudioRepository {

    private final JdbcClient jdbc;

    PromptAudioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String hash) {
        return jdbc.sql("select exists (select 1 from htl_prompt_audio where hash = :hash)")
                .param("hash", hash)
                .query(Boolean.class)
                .single();
    }

    Optional<byte[]> wav(String hash) {
        return jdbc.sql("select wav from htl_prompt_audio where hash = :hash")
                .param("hash", hash)
                .query((rs, n) -> rs.getBytes("wav"))
                .optional();
    }

    Optional<String> text(String hash) {
        return jdbc.sql("select text from htl_prompt_audio where hash = :hash")
                .param("hash", hash)
                .query(String.class)
                .optional();
    }

    /**
     * Stores the prompt unless it is there: another node, or another turn here, may have spoken the same text at the
     * same moment, and either copy will do. In a transaction of its own, committed at once: the file is served by its
     * path as soon as the caller's TwiML names it, and a call turn that fails afterwards must not take it away (this
     * node would go on believing it stored).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void insert(PromptAudio prompt) {
        jdbc.sql("""
                        insert into htl_prompt_audio (hash, voice, text, wav, created_at)
                        values (:hash, :voice, :text, :wav, :createdAt)
                        on conflict (hash) do nothing""")
                .param("hash", prompt.hash())
                .param("voice", prompt.voice())
                .param("text", prompt.text())
                .param("wav", prompt.wav())
                .param("createdAt", Timestamp.from(prompt.createdAt()))
                .update();
    }
}
