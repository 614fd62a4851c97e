package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quick check a feature's own browser test makes of a page it drives (the journeys use {@link PageAudit}, which
 * collects more): a full-page screenshot for a person, no sideways scrolling, and no critical or serious WCAG 2.1
 * A/AA finding by axe-core.
 */
public final class SeriousAxeFindings {

    private SeriousAxeFindings() {}

    /** Screenshot to {@code target/screenshots/<folder>/<name>.png}, then the width and axe checks. */
    public static void assertNone(Page page, String folder, String name) {
        screenshotAndWidth(page, folder, name);
        AxeResults results = new AxeBuilder(page).withTags(PageAudit.WCAG_TAGS).analyze();
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = Objects.requireNonNullElse(node.getImpact(), rule.getImpact());
                if (PageAudit.FAILING_IMPACTS.contains(impact)) {
                    serious.add(rule.getId() + " " + impact + " " + node.getTarget() + " " + node.getHtml());
                }
            }
        }
        assertThat(serious).as(name).isEmpty();
    }

    /** Only the screenshot and the width: for a page without JavaScript, where axe (which runs in it) cannot. */
    public static void screenshotAndWidth(Page page, String folder, String name) {
        page.waitForLoadState();
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("window.innerWidth");
        assertThat(scrollWidth.intValue()).as(name + ": page width").isLessThanOrEqualTo(innerWidth.intValue());
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots", folder, name + ".png")));
    }
}
