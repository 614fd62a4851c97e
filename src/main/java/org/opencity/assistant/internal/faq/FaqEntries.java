package org.opencity.assistant.internal.faq;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's FAQ as the assistant answers from it: the entries valid on a day (Hanoi's day, from the platform's
 * clock), and the changes an administrator makes. Every change publishes {@link FaqChanged}, so the index follows.
 */
@Service
@Transactional(readOnly = true)
public class FaqEntries {

    private final FaqRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FaqEntries(FaqRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** The entries that apply today in Hanoi. */
    public List<FaqEntry> validToday() {
        return validOn(today());
    }

    public List<FaqEntry> validOn(LocalDate day) {
        return entries.validOn(day);
    }

    /** Every entry, retired and future ones too, by code (for the administrators' list). */
    public List<FaqEntry> all() {
        return entries.all();
    }

    public Optional<FaqEntry> find(String code) {
        return entries.find(code);
    }

    public FaqState state() {
        return entries.state();
    }

    /**
     * Adds an entry with a new code, or saves a new version of an existing one made from {@code entry.version()}.
     *
     * @throws FaqChangedMeanwhile when someone saved the entry after that version
     */
    @Transactional
    public FaqEntry save(FaqEntry entry) {
        boolean saved = entries.find(entry.code()).isPresent() ? entries.update(entry) : entries.insert(entry);
        if (!saved) {
            throw new FaqChangedMeanwhile(entry.code());
        }
        events.publishEvent(new FaqChanged(entry.code()));
        return entries.find(entry.code()).orElseThrow();
    }

    /**
     * The answer no longer applies from today: it stays in the table (what was said, and until when), but the
     * assistant stops giving it.
     *
     * @throws FaqNotFound when there is no entry with this code
     * @throws FaqChangedMeanwhile when someone saved the entry after {@code version}
     */
    @Transactional
    public FaqEntry retire(String code, int version) {
        FaqEntry entry = entries.find(code).orElseThrow(() -> new FaqNotFound(code));
        LocalDate yesterday = today().minusDays(1);
        LocalDate lastDay =
                entry.validTo() != null && entry.validTo().isBefore(yesterday) ? entry.validTo() : yesterday;
        return save(
                FaqEntryBuilder.builder(entry).validTo(lastDay).version(version).build());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    }
}
