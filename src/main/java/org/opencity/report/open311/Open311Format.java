package org.opencity.report.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * The two formats of the spec, chosen by the path's extension ({@code requests.xml}), never by the Accept
 * header, so errors come back in the format the client asked for too.
 */
enum Open311Format {
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8)),
    JSON(new MediaType("application", "json", StandardCharsets.UTF_8));

    /** Path pattern suffix shared by every endpoint: {@code .json} or {@code .xml}. */
    static final String EXTENSION = ".{format:json|xml}";

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Open311Format of(String extension) {
        return "xml".equalsIgnoreCase(extension) ? XML : JSON;
    }

    /** XML when the path ends in .xml; JSON otherwise, also for paths that match no endpoint. */
    static Open311Format of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }
}
