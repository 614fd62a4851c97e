package org.opencity.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the platform where to open it and, in a demo, how to sign in.
 */
@Component
class StartupBanner {

    private final DemoSettings demo;
    private final String baseUrl;

    StartupBanner(DemoSettings demo, @Value("${opencity.base-url}") String baseUrl) {
        this.demo = demo;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        StringBuilder text = new StringBuilder("\n\n  OpenCity is running: open ")
                .append(baseUrl)
                .append("\n");
        if (demo.enabled()) {
            text.append("  Demo accounts (password ").append(demo.password()).append("):\n");
            DemoData.ACCOUNTS.forEach(
                    account -> text.append(String.format("    %-36s %s%n", account.email(), account.role())));
            text.append("  Demo agency client: demo-agency / demo-agency-secret (client credentials)\n");
            text.append("  Demo Open311 API key: demo-open311-key\n");
        }
        System.out.println(text);
    }
}
