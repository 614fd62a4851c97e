package org.opencity.report.open311;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencity.report.Category;
import org.opencity.report.ReportManagement;
import org.opencity.report.open311.Open311Document.Fields;
import org.opencity.report.open311.Open311Document.Items;
import org.opencity.shared.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Service discovery and the service list: one Open311 service per active report category.
 * <p>
 * A {@code @Controller} and not a {@code @RestController} on purpose: the platform's problem-JSON advice serves
 * every {@code @RestController} at the same precedence as {@link Open311ExceptionHandler}, and would answer
 * Open311 clients in a format they cannot read.
 */
@Controller
@ResponseBody
@RequestMapping(Open311DiscoveryController.BASE)
class Open311DiscoveryController {

    static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final ReportManagement reports;
    private final Open311Writer writer;
    private final Open311Properties properties;
    // Sortable, as the spec wants. We keep no change time for categories, so every start counts as a change:
    // clients then re-read their cached service list at worst once per deployment.
    private final String changeset =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atZone(WorkingCalendar.VIETNAM));

    Open311DiscoveryController(ReportManagement reports, Open311Writer writer, Open311Properties properties) {
        this.reports = reports;
        this.writer = writer;
        this.properties = properties;
    }

    @GetMapping("/discovery" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Fields endpoint = new Fields()
                .put("specification", SPECIFICATION)
                .put(
                        "url",
                        ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path(BASE)
                                .toUriString())
                .put("changeset", changeset)
                .put("type", "production")
                .put("formats", new Items("format", List.of("text/xml", "application/json")));
        Fields discovery = new Fields()
                .put("changeset", changeset)
                .put("contact", properties.contact())
                .put("key_service", properties.keyService())
                .put("endpoints", new Items("endpoint", List.of(endpoint)));
        return writer.answer(Open311Format.of(format), HttpStatus.OK, new Open311Document("discovery", discovery));
    }

    @GetMapping("/services" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> services(
            @PathVariable String format, @RequestParam(name = "locale", required = false) String locale) {
        List<Fields> services = reports.categories().stream()
                .map(category -> Open311Views.service(
                        category, !reports.attributes(category.code()).isEmpty(), Open311Locale.of(locale)))
                .toList();
        return writer.answer(
                Open311Format.of(format), HttpStatus.OK, Open311Document.list("services", "service", services));
    }

    /** The extra questions of a service (an empty list for those that ask none). */
    @GetMapping("/services/{serviceCode}" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> definition(
            @PathVariable String serviceCode,
            @PathVariable String format,
            @RequestParam(name = "locale", required = false) String locale) {
        Category category = reports.category(serviceCode);
        Fields definition = new Fields()
                .put("service_code", category.code())
                .put(
                        "attributes",
                        new Items(
                                "attribute",
                                reports.attributes(category.code()).stream()
                                        .map(attribute -> Open311Views.attribute(attribute, Open311Locale.of(locale)))
                                        .toList()));
        return writer.answer(
                Open311Format.of(format), HttpStatus.OK, new Open311Document("service_definition", definition));
    }
}
