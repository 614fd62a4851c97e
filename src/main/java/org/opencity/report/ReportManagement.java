package org.opencity.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.identity.AccountId;
import org.opencity.identity.Unit;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.internal.CategoryRepository;
import org.opencity.report.internal.PhotoProcessor.ProcessedPhoto;
import org.opencity.report.internal.ReportFilter;
import org.opencity.report.internal.ReportLocator;
import org.opencity.report.internal.ReportRecord;
import org.opencity.report.internal.ReportRecordBuilder;
import org.opencity.report.internal.ReportViews;
import org.opencity.report.internal.RoutingPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's side of reports: submit one, follow it, find reports nearby, join, rate and reopen.
 */
@Service
public class ReportManagement {

    public static final int MAX_DESCRIPTION = 4000;

    private final CategoryRepository categories;
    private final ReportLocator locator;
    private final RoutingPolicy routing;
    private final ReportSteps steps;
    private final ReportViews views;
    private final ReportProperties settings;
    private final Clock clock;

    ReportManagement(
            CategoryRepository categories,
            ReportLocator locator,
            RoutingPolicy routing,
            ReportSteps steps,
            ReportViews views,
            ReportProperties settings,
            Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.categories = categories;
        this.locator = locator;
        this.routing = routing;
        this.steps = steps;
        this.views = views;
    }

    public List<Category> categories() {
        return categories.all().stream().filter(Category::active).toList();
    }

    /** The category's extra questions (Open311 service attributes), in their order. */
    public List<CategoryAttribute> attributes(String categoryCode) {
        return categories.attributes(category(categoryCode).code());
    }

    public Category category(String code) {
        return categories.byCode(code).filter(Category::active).orElseThrow(() -> new UnknownCategory(code));
    }

    @Transactional
    public PublicReport submit(NewReport report, Locale locale) {
        Category category = category(report.categoryCode());
        String description =
                report.description() == null ? "" : report.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new InvalidRequest("problem.report.description-length", MAX_DESCRIPTION);
        }
        ReportLocator.Location location = report.source() == ReportSource.HOTLINE && report.lat() == null
                ? locator.locateSpoken(report.address(), settings.cityWard())
                : locator.locate(report.lat(), report.lon(), report.address());
        List<ProcessedPhoto> photos = steps.checkPhotos(report.photos());
        var answers = org.opencity.report.internal.AttributeCheck.checked(
                categories.attributes(category.code()), report.attributes());
        Unit unit = location.placed()
                ? routing.route(category, location.ward().code())
                : routing.cityOperators(settings.cityOperatorsUnit());
        Instant now = clock.instant();
        ReportRecord record = ReportRecordBuilder.builder()
                .id(UUID.randomUUID())
                .number(steps.nextNumber())
                .token(UUID.randomUUID())
                .categoryCode(category.code())
                .description(description)
                .lat(location.lat())
                .lon(location.lon())
                .address(trimToNull(report.address()))
                .wardCode(location.ward().code())
                .unitId(unit.id().value())
                .status(ReportStatus.RECEIVED)
                .reporterId(report.reporter() == null ? null : report.reporter().value())
                .reporterName(trimToNull(report.contact().name()))
                .reporterEmail(trimToNull(report.contact().email()))
                .reporterPhone(trimToNull(report.contact().phone()))
                .anonymous(report.anonymous())
                .source(report.source())
                .clientName(report.clientName())
                .createdAt(now)
                .updatedAt(now)
                .dueAt(steps.calendar().plusWorkingTime(now, Duration.ofHours(category.slaWorkingHours())))
                .build();
        steps.create(record, unit, photos);
        steps.reports().storeAnswers(record.id(), answers);
        return photos.isEmpty() ? views.publicViewOfNew(record, locale) : views.publicView(record, locale);
    }

    @Transactional(readOnly = true)
    public PublicReport publicReport(String number, Locale locale) {
        return views.publicView(steps.find(number), locale);
    }

    /** Full public views for machine clients (Open311), newest first. */
    @Transactional(readOnly = true)
    public List<PublicReport> publicReports(FeedQuery query, int limit, Locale locale) {
        return steps.reports().select(filter(query), limit, 0).stream()
                .map(r -> views.publicView(r, locale))
                .toList();
    }

    /** The public number of the report an Open311 token was given for. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> numberForToken(UUID token) {
        return steps.reports().byToken(token).map(ReportRecord::number);
    }

    /** The Open311 token of a report, given back to the client that submitted it. */
    @Transactional(readOnly = true)
    public UUID tokenOf(String number) {
        return steps.find(number).token();
    }

    /** Public steps of all reports in a period, oldest first: what FixMyStreet-style clients sync. */
    @Transactional(readOnly = true)
    public List<ReportUpdate> updates(Instant from, Instant to, int limit) {
        return steps.updates(from, to, limit);
    }

    /** A comment from a partner system (e.g. a FixMyStreet user's update); "reopen" reopens a resolved report. */
    @Transactional
    public ReportUpdate addClientUpdate(String number, String clientName, String text, boolean reopen) {
        ReportRecord report = steps.find(number);
        String comment = trimToNull(text);
        if (comment == null || comment.length() > MAX_DESCRIPTION) {
            throw new InvalidRequest("problem.report.text-required", MAX_DESCRIPTION);
        }
        boolean reopening = reopen && ReportStep.REOPENED.allowedFrom(report.status());
        ReportStep step = reopening ? ReportStep.REOPENED : ReportStep.COMMENT;
        ReportRecord after = reopening
                ? report.withStatus(step.next(report.status()), comment, clock.instant())
                : report.touched(clock.instant());
        long id = steps.record(report, after, step, comment, false, null, null);
        return new ReportUpdate(id, after.number(), after.status(), after.updatedAt(), comment, null);
    }

    static ReportFilter filter(FeedQuery query) {
        return new ReportFilter()
                .ward(query.wardCode())
                .category(query.categoryCode())
                .statuses(query.statuses())
                .createdFrom(query.from())
                .createdBefore(query.to())
                .numbers(query.numbers());
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> mine(AccountId resident, Locale locale) {
        return views.summaries(steps.reports().select(new ReportFilter().reporter(resident.value()), 100, 0), locale);
    }

    /** Open reports of the same kind close to a point: candidates to join instead of reporting again. */
    @Transactional(readOnly = true)
    public List<ReportSummary> openNearby(String categoryCode, double lat, double lon, Locale locale) {
        category(categoryCode);
        return views.summaries(
                steps.reports()
                        .openNear(
                                categoryCode,
                                lat,
                                lon,
                                steps.properties().duplicateRadiusMetres(),
                                clock.instant().minus(steps.properties().duplicateWindow())),
                locale);
    }

    /** "Me too": the resident follows an open report instead of filing a duplicate. */
    @Transactional
    public PublicReport join(String number, AccountId resident, Locale locale) {
        ReportRecord report = steps.find(number);
        if (!report.status().beingHandled()) {
            throw new ReportStepNotAllowed(report.status().name());
        }
        steps.reports().addSupporter(report.id(), resident.value());
        return views.publicView(steps.find(number), locale);
    }

    @Transactional
    public PublicReport rate(String number, AccountId resident, int stars, String comment, Locale locale) {
        ReportRecord report = steps.ownedBy(number, resident);
        ReportStatus next = ReportStep.RATED.next(report.status());
        if (stars < 1 || stars > 5) {
            throw new InvalidRequest("problem.report.rating-range");
        }
        String text = trimToNull(comment);
        if (text != null && text.length() > 1000) {
            throw new InvalidRequest("problem.report.comment-length", 1000);
        }
        ReportRecord rated = report.withRating(stars, text).withStatus(next, null, clock.instant());
        steps.record(report, rated, ReportStep.RATED, String.valueOf(stars), false, null, null);
        return views.publicView(steps.find(number), locale);
    }

    @Transactional
    public PublicReport reopen(String number, AccountId resident, String reason, Locale locale) {
        ReportRecord report = steps.ownedBy(number, resident);
        boolean resolvedRecently = ReportStep.REOPENED.allowedFrom(report.status())
                && report.resolvedAt() != null
                && report.resolvedAt().plus(steps.properties().reopenWindow()).isAfter(clock.instant());
        if (!resolvedRecently) {
            throw new ReportStepNotAllowed(report.status().name());
        }
        String why = trimToNull(reason);
        if (why == null || why.length() > 1000) {
            throw new InvalidRequest("problem.report.reason-required");
        }
        steps.record(
                report,
                report.withStatus(ReportStep.REOPENED.next(report.status()), why, clock.instant()),
                ReportStep.REOPENED,
                why,
                false,
                null,
                null);
        return views.publicView(steps.find(number), locale);
    }

    /** Who should hear about a report: the reporter (if they have an account) and everyone who joined it. */
    @Transactional(readOnly = true)
    public List<AccountId> followers(ReportId report) {
        ReportRecord record =
                steps.reports().byId(report.value()).orElseThrow(() -> new ReportNotFound(report.toString()));
        java.util.LinkedHashSet<UUID> people = new java.util.LinkedHashSet<>();
        if (record.reporterId() != null) {
            people.add(record.reporterId());
        }
        people.addAll(steps.reports().supporters(record.id()));
        return people.stream().map(AccountId::new).toList();
    }

    /** Closes resolved reports that nobody rated or reopened in time; returns how many. */
    @Transactional
    public int closeUnratedResolved(int limit) {
        Instant now = clock.instant();
        ReportFilter stale = new ReportFilter()
                .statuses(java.util.Set.of(ReportStatus.RESOLVED))
                .updatedBefore(now.minus(steps.properties().autoCloseAfter()))
                .byUpdate();
        List<ReportRecord> due = steps.reports().select(stale, limit, 0);
        for (ReportRecord report : due) {
            steps.record(
                    report,
                    report.withStatus(ReportStep.AUTO_CLOSED.next(report.status()), null, now),
                    ReportStep.AUTO_CLOSED,
                    null,
                    false,
                    null,
                    null);
        }
        return due.size();
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
