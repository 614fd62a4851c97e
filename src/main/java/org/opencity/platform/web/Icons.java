package org.opencity.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Icons of the design system, from Bootstrap Icons (MIT) bundled as a webjar. Pages inline the SVG (fragment
 * {@code components :: icon(name)}) so an icon costs no request and inherits the text colour; icons are
 * decoration beside a word, so they are hidden from screen readers.
 */
@Component("icons")
public class Icons {

    private static final String ROOT = "META-INF/resources/webjars/bootstrap-icons/1.11.3/icons/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Pattern SIZE = Pattern.compile("\\s(width|height|class)=\"[^\"]*\"");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The icon's markup ready to inline, or nothing when no icon has that name (a page never breaks on it). */
    public String svg(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "";
        }
        return cache.computeIfAbsent(name, Icons::load);
    }

    private static String load(String name) {
        try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(ROOT + name + ".svg")) {
            if (in == null) {
                return "";
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return SIZE.matcher(svg)
                    .replaceAll("")
                    .replaceFirst("<svg", "<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
