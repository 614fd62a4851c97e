package org.opencity.hotline.internal.voicereport;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.opencity.assistant.Assistant;
import org.opencity.hotline.internal.HotlineProperties;
import org.springframework.stereotype.Service;

/**
 * Voice reports between the recording and the filed citizen report: the call keeps the provider's recording address
 * (and the transcript, when it comes with it); the provider's transcript may also come later, by its own callback;
 * {@link VoiceReportFiling} files the report when the transcript is there or has been waited for long enough.
 */
@Service
public class VoiceReports {

    private final VoiceReportRepository reports;
    private final RecordingFetcher fetcher;
    private final Assistant privacy;
    private final HotlineProperties settings;
    private final Clock clock;

    VoiceReports(
            VoiceReportRepository reports,
            RecordingFetcher fetcher,
            Assistant privacy,
            HotlineProperties settings,
            Clock clock) {
        this.reports = reports;
        this.privacy = privacy;
        this.fetcher = fetcher;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @return false when the recording's address is not one the platform fetches from (the report is then not kept:
     *     its audio could never be heard)
     */
    public boolean recorded(UUID call, String place, String recordingUrl, Integer seconds, String transcript) {
        if (!fetcher.allowed(recordingUrl)) {
            return false;
        }
        reports.insertIfNew(VoiceReportRecordBuilder.builder()
                .callId(call)
                .place(place)
                .recordingUrl(recordingUrl.strip())
                .recordingSeconds(seconds)
                .transcript(cleaned(transcript))
                .recordedAt(clock.instant())
                .build());
        return true;
    }

    /** The provider's transcript, arriving after the recording. */
    public void transcribed(UUID call, String transcript) {
        String text = cleaned(transcript);
        if (text != null) {
            reports.transcribed(call, text);
        }
    }

    public Optional<VoiceReportRecord> ofCall(UUID call) {
        return reports.ofCall(call);
    }

    public Optional<Recording> recording(UUID call) {
        return reports.audio(call);
    }

    private String cleaned(String transcript) {
        if (transcript == null) {
            return null;
        }
        String text = transcript.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        // What a caller says about a problem may name people and numbers: kept masked, as the assistant keeps
        // questions.
        int max = Math.max(100, settings.answerMaxChars() * 5);
        return privacy.masked(text.length() > max ? text.substring(0, max) : text);
    }
}
