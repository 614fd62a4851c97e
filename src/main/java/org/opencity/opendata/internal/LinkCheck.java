package org.opencity.opendata.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.ResourceLink;
import org.opencity.opendata.ResourceRefused;
import org.opencity.shared.FileName;

/**
 * A link to a file kept elsewhere: an absolute http or https address with a host (no {@code javascript:} or
 * {@code data:} address ever reaches a page's link), and a format, given or read from the address's extension.
 */
public final class LinkCheck {

    static final int MAX_LENGTH = 2000;

    private LinkCheck() {}

    /** The link's format (CKAN's name), its media type and its name. */
    public static CheckedFile check(ResourceLink link) {
        String url = link.url() == null ? "" : link.url().strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAnAddress) {
            throw ResourceRefused.invalid("problem.opendata.link");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (url.length() > MAX_LENGTH
                || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw ResourceRefused.invalid("problem.opendata.link");
        }
        String format = format(link.format(), uri.getPath());
        String path = uri.getPath() == null ? "" : uri.getPath();
        String fallback = uri.getHost();
        String name = link.name() == null || link.name().isBlank()
                ? FileName.clean(path.substring(path.lastIndexOf('/') + 1), fallback)
                : FileName.clean(link.name(), fallback);
        return new CheckedFile(name, format, mediaType(format));
    }

    private static String format(String given, String path) {
        String wanted = given == null || given.isBlank()
                ? extension(path)
                : given.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "csv" -> DataResource.CSV;
            case "json" -> DataResource.JSON;
            case "geojson" -> DataResource.GEOJSON;
            default -> throw ResourceRefused.unsupported(wanted.isEmpty() ? "?" : wanted);
        };
    }

    private static String extension(String path) {
        if (path == null) {
            return "";
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/')
                ? ""
                : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String mediaType(String format) {
        return switch (format) {
            case DataResource.CSV -> "text/csv";
            case DataResource.GEOJSON -> "application/geo+json";
            default -> "application/json";
        };
    }
}
