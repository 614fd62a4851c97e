package org.opencity.report.open311;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencity.report.Category;
import org.opencity.report.PhotoLink;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportStatus;
import org.opencity.report.ReportUpdate;
import org.opencity.report.open311.Open311Document.Fields;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Our reports, categories and steps as the spec's elements, field by field and in the spec's order. Built from
 * the public views only, so no reporter name, email or phone can reach an Open311 answer.
 */
final class Open311Views {

    private Open311Views() {}

    /** {@code metadata} tells clients whether to fetch the service definition for its extra questions. */
    static Fields service(Category category, boolean hasAttributes, Locale locale) {
        return new Fields()
                .put("service_code", category.code())
                .put("service_name", category.name(locale))
                .put("description", category.description(locale))
                .put("metadata", hasAttributes)
                .put("type", "realtime")
                .put("keywords", keywords(category.keywords()))
                .put("group", null);
    }

    /** One attribute of a service definition, in the spec's element order. */
    static Fields attribute(org.opencity.report.CategoryAttribute attribute, Locale locale) {
        return new Fields()
                .put("variable", true)
                .put("code", attribute.code())
                .put("datatype", attribute.datatype())
                .put("required", attribute.required())
                .put("datatype_description", null)
                .put("order", attribute.order())
                .put("description", attribute.description(locale))
                .put(
                        "values",
                        new Open311Document.Items(
                                "value",
                                attribute.choices().stream()
                                        .map(choice -> new Fields()
                                                .put("key", choice.key())
                                                .put("name", choice.name(locale)))
                                        .toList()));
    }

    static Fields request(PublicReport report) {
        return new Fields()
                .put("service_request_id", report.number())
                .put("status", report.status().open311())
                .put("status_notes", report.statusReason())
                .put("service_name", report.categoryName())
                .put("service_code", report.categoryCode())
                .put("description", report.description())
                .put("agency_responsible", report.unitName())
                .put("service_notice", null)
                .put("requested_datetime", W3cDateTimes.format(report.createdAt()))
                .put("updated_datetime", W3cDateTimes.format(report.updatedAt()))
                .put("expected_datetime", W3cDateTimes.format(report.dueAt()))
                .put("address", report.address())
                .put("address_id", null)
                .put("zipcode", null)
                .put("lat", report.lat())
                .put("long", report.lon())
                .put(
                        "media_url",
                        report.photos().stream()
                                .map(PhotoLink::url)
                                .filter(url -> url != null)
                                .findFirst()
                                .map(Open311Views::absolute)
                                .orElse(null));
    }

    /** mySociety's service_request_update; like their reference server, empty text and media are empty strings. */
    static Fields update(ReportUpdate update) {
        return new Fields()
                .put("update_id", update.updateId())
                .put("service_request_id", update.reportNumber())
                .put("status", extendedStatus(update.status()))
                .put("updated_datetime", W3cDateTimes.format(update.at()))
                .put("description", update.description() == null ? "" : update.description())
                .put("media_url", update.mediaUrl() == null ? "" : absolute(update.mediaUrl()));
    }

    /**
     * mySociety's extended statuses, which FixMyStreet maps to its own states (fixed, in progress...). A
     * rejected report gets no_further_action: the city will not act, without saying it is someone else's job.
     */
    static String extendedStatus(ReportStatus status) {
        return switch (status) {
            case RECEIVED -> "open";
            case ASSIGNED -> "investigating";
            case IN_PROGRESS -> "in_progress";
            case RESOLVED -> "fixed";
            case CLOSED -> "closed";
            case REJECTED -> "no_further_action";
        };
    }

    /** The spec wants keywords comma-separated; ours are stored space-separated. */
    private static String keywords(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return null;
        }
        return Arrays.stream(keywords.split("[\\s,]+"))
                .filter(k -> !k.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** Photo paths are relative to the platform; clients need the full address this request came in on. */
    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
