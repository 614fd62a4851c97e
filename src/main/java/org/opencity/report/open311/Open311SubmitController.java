package org.opencity.report.open311;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.opencity.report.Contact;
import org.opencity.report.NewReport;
import org.opencity.report.PublicReport;
import org.opencity.report.ReportManagement;
import org.opencity.report.ReportSource;
import org.opencity.report.UploadedPhoto;
import org.opencity.report.open311.Open311Document.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST a service request: a report from a client system, form-encoded as the spec says, or multipart with a
 * {@code media} photo. Ignored on purpose: jurisdiction_id (this endpoint serves one city, so any value is
 * accepted), device_id, account_id, attribute[CODE] / attribute[CODE][] (checked against the service definition) and media_url (fetching a URL a
 * client names would let it make this server call anywhere). The contact details are kept for officers only.
 * A {@code @Controller} for the reason given on {@link Open311DiscoveryController}.
 */
@Controller
@ResponseBody
@RequestMapping(Open311DiscoveryController.BASE)
class Open311SubmitController {

    private final ReportManagement reports;
    private final Open311ApiKeys keys;
    private final Open311Writer writer;

    Open311SubmitController(ReportManagement reports, Open311ApiKeys keys, Open311Writer writer) {
        this.reports = reports;
        this.keys = keys;
        this.writer = writer;
    }

    /**
     * Answers with both the id and the token. The spec says a server returns one or the other; clients (such as
     * FixMyStreet) take the id when there is one, and a client that follows the token gets the same id.
     */
    @PostMapping("/requests" + Open311Format.EXTENSION)
    ResponseEntity<byte[]> submit(
            @PathVariable String format,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "media", required = false) MultipartFile media) {
        Open311Params params = new Open311Params(form);
        String client = keys.requireClient(params.text("api_key"));
        String serviceCode = params.required("service_code");
        reports.category(serviceCode); // an unknown service is the spec's 404, whatever else is wrong
        String description = params.text("description");
        if (description == null) {
            throw Open311Error.badRequest("description is required");
        }
        if (description.length() > ReportManagement.MAX_DESCRIPTION) {
            throw Open311Error.badRequest("description is limited to 4,000 characters");
        }
        Locale locale = Open311Locale.of(params.text("locale"));
        Double lat = params.decimal("lat");
        Double lon = params.decimal("long");
        PublicReport report = reports.submit(
                new NewReport(
                        serviceCode,
                        description,
                        lat,
                        lon,
                        address(params, lat == null && lon == null),
                        false,
                        ReportSource.OPEN311,
                        null,
                        contact(params),
                        client,
                        photos(media),
                        params.attributes()),
                locale);
        Fields created = new Fields()
                .put("service_request_id", report.number())
                .put("token", reports.tokenOf(report.number()).toString())
                .put("service_notice", null)
                .put("account_id", null);
        return writer.answer(
                Open311Format.of(format),
                HttpStatus.OK,
                Open311Document.list("service_requests", "request", List.of(created)));
    }

    /** Without a point, an address_id (meaningless to us) may still name the ward, as an address would. */
    private static String address(Open311Params params, boolean noPoint) {
        String address = params.text("address_string");
        return address == null && noPoint ? params.text("address_id") : address;
    }

    private static Contact contact(Open311Params params) {
        String first = params.text("first_name");
        String last = params.text("last_name");
        String name = first == null ? last : last == null ? first : first + " " + last;
        return new Contact(name, params.text("email"), params.text("phone"));
    }

    private static List<UploadedPhoto> photos(MultipartFile media) {
        if (media == null || media.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(new UploadedPhoto(media.getOriginalFilename(), media.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded media", e);
        }
    }
}
