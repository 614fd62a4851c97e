package org.opencity.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.report.Category;
import org.opencity.report.Contact;
import org.opencity.report.OfficerReport;
import org.opencity.report.PhotoLink;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportSummary;
import org.opencity.report.TimelineEntry;
import org.opencity.report.internal.PhotoRepository.PhotoRow;
import org.opencity.report.internal.ReportEventRepository.EventRow;
import org.springframework.stereotype.Component;

/**
 * Turns stored reports into what each audience may see. The public views are built field by field, so a
 * new private column never leaks by accident.
 */
@Component
public class ReportViews {

    private static final int SUMMARY_LENGTH = 200;

    private final CategoryRepository categories;
    private final AdministrativeUnits geography;
    private final Units units;
    private final PhotoLibrary photos;
    private final ReportEventRepository events;
    private final ReportRepository reports;
    private final Clock clock;

    ReportViews(
            CategoryRepository categories,
            AdministrativeUnits geography,
            Units units,
            PhotoLibrary photos,
            ReportEventRepository events,
            ReportRepository reports,
            Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.categories = categories;
        this.geography = geography;
        this.units = units;
        this.photos = photos;
        this.events = events;
    }

    public List<ReportSummary> summaries(List<ReportRecord> records, Locale locale) {
        Map<String, Category> byCode =
                categories.all().stream().collect(Collectors.toMap(Category::code, Function.identity()));
        Map<UUID, PhotoRow> thumbnails =
                photos.firstThumbnails(records.stream().map(ReportRecord::id).toList());
        return records.stream()
                .map(r -> summary(r, byCode.get(r.categoryCode()), thumbnails.get(r.id()), locale))
                .toList();
    }

    private ReportSummary summary(ReportRecord r, Category category, PhotoRow thumbnail, Locale locale) {
        String text = r.description().length() > SUMMARY_LENGTH
                ? r.description().substring(0, SUMMARY_LENGTH) + "…"
                : r.description();
        String thumb = thumbnail == null ? null : thumbUrl(thumbnail);
        return new ReportSummary(
                r.number(),
                r.categoryCode(),
                category.name(locale),
                r.status(),
                text,
                r.lat(),
                r.lon(),
                r.wardCode(),
                wardName(r.wardCode()),
                r.createdAt(),
                r.updatedAt(),
                r.dueAt(),
                r.overdue(clock.instant()),
                r.supporters(),
                thumb);
    }

    public PublicReport publicView(ReportRecord r, Locale locale) {
        return publicView(r, locale, events.of(r.id(), false), photos.of(r.id()));
    }

    /**
     * A report just received without photos: its whole timeline is the one "received" step, so nothing needs to
     * be read back (two queries fewer on every submission).
     */
    public PublicReport publicViewOfNew(ReportRecord r, Locale locale) {
        EventRow received = new EventRow(0, r.createdAt(), "RECEIVED", r.status(), null, false, null, null, r.unitId());
        return publicView(r, locale, List.of(received), List.of());
    }

    private PublicReport publicView(ReportRecord r, Locale locale, List<EventRow> timeline, List<PhotoRow> all) {
        Category category = categories.byCode(r.categoryCode()).orElseThrow();
        return new PublicReport(
                r.number(),
                r.categoryCode(),
                category.name(locale),
                r.description(),
                r.status(),
                r.statusReason(),
                r.lat(),
                r.lon(),
                r.anonymous() ? null : r.address(),
                r.wardCode(),
                wardName(r.wardCode()),
                unitName(r.unitId(), locale),
                r.createdAt(),
                r.updatedAt(),
                r.dueAt(),
                r.resolvedAt(),
                r.overdue(clock.instant()),
                r.rating(),
                r.ratingComment(),
                r.supporters(),
                r.duplicateOf() == null ? null : duplicateNumber(r.duplicateOf()),
                all.stream()
                        .filter(p -> p.eventId() == null)
                        .map(ReportViews::link)
                        .toList(),
                entries(timeline, all, locale, false));
    }

    public OfficerReport officerView(ReportRecord r, Locale locale, String assigneeName, Contact reporter) {
        List<EventRow> timeline = events.of(r.id(), true);
        List<PhotoRow> all = photos.of(r.id());
        return new OfficerReport(
                publicView(
                        r, locale, timeline.stream().filter(e -> !e.internal()).toList(), all),
                r.unitId(),
                r.assigneeId(),
                assigneeName,
                reporter.name(),
                reporter.email(),
                reporter.phone(),
                r.anonymous(),
                r.source(),
                entries(timeline, all, locale, true),
                answers(r, locale));
    }

    private List<OfficerReport.AttributeAnswer> answers(ReportRecord r, Locale locale) {
        Map<String, List<String>> given = reports.answers(r.id());
        return categories.attributes(r.categoryCode()).stream()
                .filter(q -> given.containsKey(q.code()))
                .map(q -> new OfficerReport.AttributeAnswer(
                        q.description(locale),
                        given.get(q.code()).stream()
                                .map(value -> q.choices().stream()
                                        .filter(c -> c.key().equals(value))
                                        .findFirst()
                                        .map(c -> c.name(locale))
                                        .orElse(value))
                                .toList()))
                .toList();
    }

    private List<TimelineEntry> entries(List<EventRow> rows, List<PhotoRow> all, Locale locale, boolean forOfficers) {
        return rows.stream()
                .map(e -> new TimelineEntry(
                        e.at(),
                        e.kind(),
                        e.status(),
                        e.publicText(),
                        unitName(e.unitId(), locale),
                        e.internal(),
                        forOfficers ? e.actorName() : null,
                        all.stream()
                                .filter(p -> p.eventId() != null && p.eventId() == e.id())
                                .map(ReportViews::link)
                                .toList()))
                .toList();
    }

    private String duplicateNumber(UUID id) {
        return reports.byId(id).map(ReportRecord::number).orElse(null);
    }

    private String wardName(String code) {
        return geography.findWard(code).map(Ward::name).orElse(code);
    }

    private String unitName(UUID unit, Locale locale) {
        return unit == null
                ? null
                : units.byId(new UnitId(unit)).map(u -> u.name(locale)).orElse(null);
    }

    static PhotoLink link(PhotoRow p) {
        return new PhotoLink(
                p.id(),
                p.stage(),
                p.publicKey() == null ? null : "/reports/photos/" + p.id() + "/full.jpg",
                p.thumbKey() == null ? null : thumbUrl(p));
    }

    private static String thumbUrl(PhotoRow p) {
        return "/reports/photos/" + p.id() + "/thumb.jpg";
    }
}
