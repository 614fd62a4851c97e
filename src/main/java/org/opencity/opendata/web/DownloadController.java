package org.opencity.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.OpenDataCatalogue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A resource's file, generated as it is sent: a million rows go out without being held in memory. */
@RestController
@Tag(name = "Open data (CKAN)")
class DownloadController {

    private final OpenDataCatalogue catalogue;

    DownloadController(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/data/download/{id}", produces = "text/csv")
    @Operation(summary = "Download a resource (CSV, UTF-8), streamed")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id) {
        Map.Entry<Dataset, DataResource> found = catalogue.resource(id);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            catalogue.write(id, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getValue().mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + found.getValue().name() + "\"")
                .body(body);
    }
}
