package org.opencity.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.OpenDataCatalogue;
import org.opencity.shared.VietnameseText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A resource's file, sent as it is produced: a generated one written as it goes (a million rows go out without being
 * held in memory), an uploaded one streamed from the database chunk by chunk, a link followed where it is kept.
 */
@RestController
@Tag(name = "Open data (CKAN)")
class DownloadController {

    private final OpenDataCatalogue catalogue;

    DownloadController(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/data/download/{id}")
    @Operation(summary = "Download a resource (CSV, JSON or GeoJSON, UTF-8), streamed; a link redirects to its file")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id) {
        Map.Entry<Dataset, DataResource> found = catalogue.resource(id);
        DataResource resource = found.getValue();
        if (!resource.servedHere()) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(resource.link()))
                    .build();
        }
        StreamingResponseBody body = out -> catalogue.send(id, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(resource.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(resource.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /**
     * An attachment named as the file is: in UTF-8 as RFC 6266 and RFC 8187 let a browser show "Chất lượng không
     * khí.csv", and in plain ASCII (diacritics dropped) for clients that read only {@code filename}. Uploaded names
     * were cleaned when they were kept (no quote, slash or control character).
     */
    static String disposition(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : "";
        String ascii = VietnameseText.fold(stem).replace(' ', '-');
        return "attachment; filename=\"" + (ascii.isEmpty() ? "du-lieu" : ascii) + extension + "\"; filename*=UTF-8''"
                + percentEncoded(fileName);
    }

    /** RFC 8187's value characters: letters, digits and !#$&+-.^_`|~ as they are, every other byte as %XX. */
    private static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
