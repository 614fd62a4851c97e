package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium for the browser tests, started the one way they all need: headless, without the background
 * network traffic this machine refuses, and failing with a clear message where `.ci/run` has not installed it.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of(System.getProperty("opencity.chromium", "/usr/bin/chromium"));

    private HeadlessChromium() {}

    public static Browser launch(Playwright playwright) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Debian chromium at " + CHROMIUM + " (.ci/run installs it)")
                .isTrue();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }
}
