package org.opencity.hotline.internal.voicereport;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.report.Contact;
import org.opencity.report.NewReport;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files voice reports as citizen reports: fetches the recording from the provider, files the report (source HOTLINE,
 * the transcript as its description, the ward the caller named, or the city's operators when none was recognised, the
 * caller's number as a private contact), links it to the call and texts the caller its number. Runs on every node;
 * a report is locked while one node files it, and filed once.
 */
@Component
public class VoiceReportFiling {

    private static final Logger log = LoggerFactory.getLogger(VoiceReportFiling.class);
    static final String CATEGORY = "OTHER";
    static final int MAX_PER_RUN = 100;
    static final int MAX_ATTEMPTS = VoiceReportRepository.MAX_ATTEMPTS;

    private final VoiceReportRepository reports;
    private final RecordingFetcher fetcher;
    private final ReportManagement reportManagement;
    private final CallerTexts callerTexts;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final HotlineProperties settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VoiceReportFiling(
            VoiceReportRepository reports,
            RecordingFetcher fetcher,
            ReportManagement reportManagement,
            CallerTexts callerTexts,
            MessageSource messages,
            JdbcClient jdbc,
            HotlineProperties settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.reports = reports;
        this.fetcher = fetcher;
        this.reportManagement = reportManagement;
        this.callerTexts = callerTexts;
        this.messages = messages;
        this.jdbc = jdbc;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @return how many reports were filed */
    @Scheduled(fixedDelayString = "${opencity.hotline.filing-interval:5s}", initialDelayString = "10s")
    public int fileDue() {
        int filed = 0;
        // One report per transaction: a report that cannot be filed is set aside and never holds up the others.
        while (filed < MAX_PER_RUN) {
            Instant now = clock.instant();
            VoiceReportRecord report;
            AtomicReference<UUID> attempted = new AtomicReference<>();
            try {
                report = transaction.execute(status -> reports.lockDue(now.minus(settings.transcriptWait()), 1).stream()
                        .findFirst()
                        .map(due -> {
                            attempted.set(due.callId());
                            file(due);
                            return due;
                        })
                        .orElse(null));
            } catch (RuntimeException failed) {
                if (attempted.get() == null) {
                    throw failed;
                }
                setAside(attempted.get(), failed);
                continue;
            }
            if (report == null) {
                break;
            }
            filed++;
        }
        return filed;
    }

    /** Counts the failed attempt on the report that failed (its filing was rolled back), so it is not retried forever. */
    private void setAside(UUID call, RuntimeException failed) {
        log.error(
                "The voice report of call {} could not be filed; it is retried at most {} times",
                call,
                MAX_ATTEMPTS,
                failed);
        transaction.executeWithoutResult(
                status -> reports.failed(call, failed.getClass().getSimpleName()));
    }

    private void file(VoiceReportRecord report) {
        Recording recording = null;
        String fetchError = null;
        try {
            recording = fetcher.fetch(report.recordingUrl());
        } catch (IOException failed) {
            fetchError = failed.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fetchError = "interrupted";
        }
        Call call = call(report);
        Locale language = Locale.forLanguageTag(call.language());
        PublicReport filed = reportManagement.submit(
                new NewReport(
                        CATEGORY,
                        description(report, language),
                        null,
                        null,
                        report.place(),
                        true,
                        ReportSource.HOTLINE,
                        null,
                        new Contact(null, null, call.callerPhone()),
                        "hotline",
                        List.of()),
                language);
        reports.filed(
                report.callId(),
                filed.number(),
                recording == null ? null : recording.audio(),
                recording == null ? null : recording.contentType(),
                fetchError,
                clock.instant());
        jdbc.sql("update htl_call set report_number = :number where id = :call")
                .param("number", filed.number())
                .param("call", report.callId())
                .update();
        if (fetchError != null) {
            // The address may carry the provider's account id; the call id is enough to find it.
            log.warn(
                    "Voice report {} filed without its recording (call {}): {}",
                    filed.number(),
                    report.callId(),
                    fetchError);
        }
        if (call.callerPhone() != null) {
            callerTexts.reportFiled(call.callerPhone(), report.callId(), filed.number(), language);
        }
    }

    private String description(VoiceReportRecord report, Locale language) {
        String what = report.transcript() != null
                ? report.transcript()
                : messages.getMessage("hotline.report.no-transcript", null, language);
        String text = report.place() == null
                ? what
                : messages.getMessage("hotline.report.description", new Object[] {what, report.place()}, language);
        return text.length() > ReportManagement.MAX_DESCRIPTION
                ? text.substring(0, ReportManagement.MAX_DESCRIPTION)
                : text;
    }

    private Call call(VoiceReportRecord report) {
        return jdbc.sql("select caller_phone, language from htl_call where id = :call")
                .param("call", report.callId())
                .query((rs, n) -> new Call(rs.getString("caller_phone"), rs.getString("language")))
                .single();
    }

    private record Call(String callerPhone, String language) {}
}
