package org.opencity.report;

import java.util.List;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Unit;
import org.opencity.report.internal.PhotoLibrary;
import org.opencity.report.internal.PhotoProcessor.ProcessedPhoto;
import org.opencity.report.internal.ReportEventRepository;
import org.opencity.report.internal.ReportRecord;
import org.opencity.report.internal.ReportRepository;
import org.opencity.shared.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How every change to a report is made: save with a version check, add the step to the timeline, attach its
 * photos and announce it, all in the caller's transaction.
 */
@Component
class ReportSteps {

    private final ReportRepository reports;
    private final ReportEventRepository timeline;
    private final PhotoLibrary photos;
    private final WorkingCalendar calendar;
    private final ReportProperties properties;
    private final ApplicationEventPublisher events;

    ReportSteps(
            ReportRepository reports,
            ReportEventRepository timeline,
            PhotoLibrary photos,
            WorkingCalendar calendar,
            ReportProperties properties,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.timeline = timeline;
        this.photos = photos;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
    }

    ReportRepository reports() {
        return reports;
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    ReportProperties properties() {
        return properties;
    }

    /** An event for other modules, stored with the transaction that causes it. */
    void publish(Object event) {
        events.publishEvent(event);
    }

    String nextNumber() {
        return reports.nextNumber();
    }

    List<ProcessedPhoto> checkPhotos(List<UploadedPhoto> uploads) {
        if (uploads.size() > properties.maxPhotos()) {
            throw new org.opencity.platform.InvalidRequest("problem.report.too-many-photos", properties.maxPhotos());
        }
        return photos.check(uploads);
    }

    List<ReportUpdate> updates(java.time.Instant from, java.time.Instant to, int limit) {
        return timeline.publicSince(from, to, limit).stream()
                .map(e -> {
                    ReportRecord report =
                            reports.byId(timeline.reportOf(e.id())).orElseThrow();
                    String media = photos.of(report.id()).stream()
                            .filter(p -> p.eventId() != null && p.eventId() == e.id() && p.publicKey() != null)
                            .findFirst()
                            .map(p -> "/reports/photos/" + p.id() + "/full.jpg")
                            .orElse(null);
                    return new ReportUpdate(e.id(), report.number(), e.status(), e.at(), e.publicText(), media);
                })
                .toList();
    }

    ReportRecord find(String number) {
        return reports.byNumber(number == null ? "" : number.trim()).orElseThrow(() -> new ReportNotFound(number));
    }

    ReportRecord ownedBy(String number, AccountId resident) {
        ReportRecord report = find(number);
        if (report.reporterId() == null || !report.reporterId().equals(resident.value())) {
            throw new NotAllowed();
        }
        return report;
    }

    void create(ReportRecord report, Unit unit, List<ProcessedPhoto> processed) {
        reports.insert(report);
        long stepId = timeline.append(
                report.id(),
                report.createdAt(),
                ReportStep.RECEIVED.name(),
                report.status(),
                null,
                false,
                null,
                unit.id().value());
        photos.attach(report.id(), null, "REPORT", processed, report.createdAt());
        AccountId reporter = report.reporterId() == null ? null : new AccountId(report.reporterId());
        events.publishEvent(new ReportSubmitted(
                new ReportId(report.id()), report.number(), reporter, unit.id(), report.categoryCode()));
        events.publishEvent(new ReportStatusChanged(
                new ReportId(report.id()),
                report.number(),
                reporter,
                report.status(),
                ReportStep.RECEIVED.name(),
                null,
                report.createdAt(),
                stepId));
    }

    /**
     * Saves {@code after} (which must come from {@code before} by {@code step}) and adds the step to the timeline.
     *
     * @return the timeline entry's id, which identifies the step in the events it causes
     */
    long record(
            ReportRecord before,
            ReportRecord after,
            ReportStep step,
            String text,
            boolean internal,
            UUID actor,
            List<ProcessedPhoto> fixPhotos) {
        if (step.next(before.status()) != after.status()) {
            throw new IllegalStateException(step + " leads from " + before.status() + " to "
                    + step.next(before.status()) + ", not " + after.status());
        }
        String kind = step.name();
        if (!reports.update(after)) {
            throw new ReportChangedMeanwhile();
        }
        long eventId = timeline.append(
                after.id(), after.updatedAt(), kind, after.status(), text, internal, actor, after.unitId());
        if (fixPhotos != null && !fixPhotos.isEmpty()) {
            photos.attach(after.id(), eventId, "FIX", fixPhotos, after.updatedAt());
        }
        if (!internal) {
            events.publishEvent(new ReportStatusChanged(
                    new ReportId(after.id()),
                    after.number(),
                    after.reporterId() == null ? null : new AccountId(after.reporterId()),
                    after.status(),
                    kind,
                    text,
                    after.updatedAt(),
                    eventId));
        }
        return eventId;
    }
}
