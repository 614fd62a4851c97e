package org.opencity.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks at one page the way the accessibility journeys ask: once the page has settled (loaded, no htmx request in
 * flight, Leaflet map drawn), it must not scroll sideways, its full-page screenshot is written for a person to look
 * at, and axe-core (bundled in the axe-core Playwright jar, so fixed at build time) must find no critical and no
 * serious violation of WCAG 2.1 A/AA. Everything wrong is collected, so one run of a journey lists all of it.
 */
final class PageAudit {

    /** The rules axe runs: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Impacts that fail the journey; moderate and minor ones are written to the notes file only. */
    static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");

    /** Settled: loaded, htmx idle, fonts ready, and a Leaflet map (if any) drawn with every tile in and faded. */
    private static final String SETTLED = """
            () => {
              if (document.readyState !== 'complete') return false;
              if (document.fonts && document.fonts.status !== 'loaded') return false;
              if (document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping, .htmx-added')) return false;
              const map = document.getElementById('map');
              if (map && typeof window.L !== 'undefined') {
                if (!map.classList.contains('leaflet-container')) return false;
                if (map.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')) return false;
                for (const tile of map.querySelectorAll('img.leaflet-tile')) {
                  if (!tile.complete) return false;
                  if (tile.naturalWidth > 0 && !tile.classList.contains('leaflet-tile-loaded')) return false;
                  if (tile.style.opacity !== '' && tile.style.opacity !== '1') return false;
                }
                for (const icon of map.querySelectorAll('img.leaflet-marker-icon')) {
                  if (!icon.complete) return false;
                }
              }
              return true;
            }
            """;

    /**
     * How wide the page is against the window, and, when it is wider, the outermost elements that stick out past
     * the window's right edge (elements inside a box that clips or scrolls them sideways do not widen the page).
     */
    private static final String OVERFLOW = """
            () => {
              const root = document.documentElement;
              const result = { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth,
                               clientWidth: root.clientWidth, culprits: [] };
              if (root.scrollWidth <= window.innerWidth) return result;
              const limit = root.clientWidth + 1;
              const clipsSideways = el => {
                const x = getComputedStyle(el).overflowX;
                return x !== 'visible';
              };
              const describe = el => {
                let s = el.tagName.toLowerCase();
                if (el.id) s += '#' + el.id;
                for (const c of el.classList) s += '.' + c;
                return s;
              };
              const path = el => {
                const parts = [];
                for (let e = el; e && e !== document.body && e !== root; e = e.parentElement) parts.unshift(describe(e));
                return parts.slice(-4).join(' > ');
              };
              const sticksOut = new Set();
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if (r.right + window.scrollX <= limit) continue;
                let clipped = false;
                for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
                  if (clipsSideways(a)) { clipped = true; break; }
                }
                if (clipped) continue;
                sticksOut.add(el);
              }
              for (const el of sticksOut) {
                if (el.parentElement && sticksOut.has(el.parentElement)) continue;
                const r = el.getBoundingClientRect();
                result.culprits.push({ selector: path(el), left: Math.round(r.left + window.scrollX),
                                       right: Math.round(r.right + window.scrollX), width: Math.round(r.width),
                                       html: el.outerHTML.slice(0, 160) });
                if (result.culprits.length >= 8) break;
              }
              return result;
            }
            """;

    /** One thing wrong on one page. */
    record Finding(String step, String path, String rule, String impact, String selector, String html, String detail) {

        String line() {
            return "[" + rule + ", " + impact + "] " + step + " " + path + "\n      at   " + selector + "\n      html "
                    + html + (detail.isEmpty() ? "" : "\n      why  " + detail);
        }

        String tsv() {
            return Stream.of(step, path, rule, impact, selector, html, detail)
                    .map(s -> s.replace('\t', ' ').replace('\n', ' '))
                    .collect(Collectors.joining("\t"));
        }
    }

    private final String journey;
    private final String viewport;
    private final Path folder;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> notes = new ArrayList<>();
    private final List<Finding> review = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private int pages;

    PageAudit(String journey, String viewport, Path screenshots) {
        this.journey = journey;
        this.viewport = viewport;
        this.folder = screenshots.resolve(journey).resolve(viewport);
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.list(folder)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page the browser shows now, under the given short name. */
    void check(Page page, String name) {
        String step = String.format("%02d-%s", ++pages, name);
        String path = pathOf(page.url());
        try {
            page.waitForLoadState(LoadState.LOAD);
            page.waitForFunction(SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (PlaywrightException e) {
            findings.add(new Finding(step, path, "harness:not-settled", "-", "-", "-", firstLine(e.getMessage())));
        }
        String widths = overflow(page, step, path);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(folder.resolve(step + ".png"))
                .setFullPage(true)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        axe(page, step, path, widths);
    }

    /** Something the journey itself found wrong on a page (an error status, a missing message). */
    void problem(Page page, String rule, String detail) {
        String step = String.format("%02d", pages + 1);
        findings.add(new Finding(step, pathOf(page.url()), rule, "-", "-", "-", detail));
    }

    /** Records a page wider than the window; returns "width=scrollWidth/innerWidth/clientWidth" for axe.tsv. */
    private String overflow(Page page, String step, String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(OVERFLOW);
        int scrollWidth = ((Number) result.get("scrollWidth")).intValue();
        int innerWidth = ((Number) result.get("innerWidth")).intValue();
        String widths = "width=" + scrollWidth + "/" + innerWidth + "/" + result.get("clientWidth");
        if (scrollWidth <= innerWidth) {
            return widths;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> culprits = (List<Map<String, Object>>) result.get("culprits");
        String detail = "page is " + scrollWidth + "px wide in a " + innerWidth + "px window (scrolls sideways)";
        if (culprits.isEmpty()) {
            findings.add(new Finding(step, path, "horizontal-overflow", "-", "html", "-", detail));
        }
        for (Map<String, Object> culprit : culprits) {
            findings.add(new Finding(
                    step,
                    path,
                    "horizontal-overflow",
                    "-",
                    String.valueOf(culprit.get("selector")),
                    snippet(String.valueOf(culprit.get("html"))),
                    detail + "; this element spans x=" + culprit.get("left") + ".." + culprit.get("right") + " ("
                            + culprit.get("width") + "px wide)"));
        }
        return widths;
    }

    private void axe(Page page, String step, String path, String widths) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            findings.add(new Finding(step, path, "harness:axe-error", "-", "-", "-", results.getErrorMessage()));
            return;
        }
        summary.add(String.join(
                "\t",
                step,
                path,
                widths,
                "violations=" + results.getViolations().size(),
                "passes=" + results.getPasses().size(),
                "incomplete=" + results.getIncomplete().size(),
                "inapplicable=" + results.getInapplicable().size()));
        for (Rule rule : results.getIncomplete()) {
            for (CheckedNode node : rule.getNodes()) {
                review.add(new Finding(
                        step,
                        path,
                        rule.getId(),
                        Objects.requireNonNullElse(node.getImpact(), "-"),
                        String.valueOf(node.getTarget()),
                        snippet(node.getHtml()),
                        rule.getHelp() + " — " + messages(node)));
            }
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = Objects.requireNonNullElse(
                        node.getImpact(), Objects.requireNonNullElse(rule.getImpact(), "unknown"));
                Finding finding = new Finding(
                        step,
                        path,
                        rule.getId(),
                        impact,
                        String.valueOf(node.getTarget()),
                        snippet(node.getHtml()),
                        rule.getHelp() + " — " + messages(node));
                (FAILING_IMPACTS.contains(impact) ? findings : notes).add(finding);
            }
        }
    }

    /** The messages of the checks that failed, e.g. the colours and contrast ratio for color-contrast. */
    private static String messages(CheckedNode node) {
        return Stream.of(node.getAny(), node.getAll(), node.getNone())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .map(Check::getMessage)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    /**
     * Writes, next to the screenshots, findings.tsv (what fails the journey), notes.tsv (moderate and minor
     * violations), review.tsv (what axe could not decide and a person should look at) and axe.tsv (the rule counts
     * of each page); returns a readable list of the failing findings, or "" when there are none.
     */
    String verdict() {
        try {
            Files.write(
                    folder.resolve("findings.tsv"),
                    findings.stream().map(Finding::tsv).toList());
            Files.write(
                    folder.resolve("notes.tsv"),
                    notes.stream().map(Finding::tsv).toList());
            Files.write(
                    folder.resolve("review.tsv"),
                    review.stream().map(Finding::tsv).toList());
            Files.write(folder.resolve("axe.tsv"), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (findings.isEmpty()) {
            return "";
        }
        String byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::rule, java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        return journey + " journey at " + viewport + ": " + findings.size() + " problem(s) on " + pages
                + " page(s) (" + byRule + "); screenshots in " + folder + "\n"
                + findings.stream()
                        .sorted(Comparator.comparing(Finding::rule).thenComparing(Finding::step))
                        .map(f -> "  " + f.line())
                        .collect(Collectors.joining("\n"));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String snippet(String html) {
        if (html == null) {
            return "-";
        }
        String flat = html.replaceAll("\\s+", " ").trim();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
