package org.opencity.report.open311;

import java.util.List;
import java.util.UUID;
import org.opencity.report.ReportManagement;
import org.opencity.report.open311.Open311Document.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Reading service requests: the public record of reports, as anyone may see it on the website. A
 * {@code @Controller} for the reason given on {@link Open311DiscoveryController}.
 */
@Controller
@ResponseBody
@RequestMapping(Open311DiscoveryController.BASE)
class Open311RequestController {

    private final ReportManagement reports;
    private final Open311RequestSearch search;
    private final Open311Writer writer;

    Open311RequestController(ReportManagement reports, Open311RequestSearch search, Open311Writer writer) {
        this.reports = reports;
        this.search = search;
        this.writer = writer;
    }

    @GetMapping("/requests" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> query) {
        Open311Params params = new Open311Params(query);
        List<Fields> found = search.find(params, Open311Locale.of(params.text("locale"))).stream()
                .map(Open311Views::request)
                .toList();
        return writer.answer(
                Open311Format.of(format), HttpStatus.OK, Open311Document.list("service_requests", "request", found));
    }

    @GetMapping("/requests/{serviceRequestId}" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> request(
            @PathVariable String serviceRequestId,
            @PathVariable String format,
            @RequestParam(name = "locale", required = false) String locale) {
        Fields request = Open311Views.request(reports.publicReport(serviceRequestId, Open311Locale.of(locale)));
        return writer.answer(
                Open311Format.of(format),
                HttpStatus.OK,
                Open311Document.list("service_requests", "request", List.of(request)));
    }

    /** Our ids are known at once, so a token only ever leads back to the id the POST already gave. */
    @GetMapping("/tokens/{token}" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
        UUID value;
        try {
            value = UUID.fromString(token.strip());
        } catch (IllegalArgumentException malformed) {
            throw Open311Error.notFound("There is no token " + token);
        }
        String number =
                reports.numberForToken(value).orElseThrow(() -> Open311Error.notFound("There is no token " + token));
        Fields found = new Fields().put("service_request_id", number).put("token", value.toString());
        return writer.answer(
                Open311Format.of(format),
                HttpStatus.OK,
                Open311Document.list("service_requests", "request", List.of(found)));
    }
}
