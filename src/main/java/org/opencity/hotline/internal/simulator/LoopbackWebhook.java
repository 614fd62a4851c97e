package org.opencity.hotline.internal.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.hotline.twiml.TwilioSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Posts to the platform's own voice webhook as the telephony provider does: over real HTTP to this very server
 * (127.0.0.1 and the port the web server listens on, learnt when it starts), as a form, signed with
 * {@code X-Twilio-Signature} for the address the webhook checks ({@code opencity.base-url} and the path) whenever an
 * auth token is configured. Only addresses under the platform's own {@code /hotline/twiml/} are posted to: the
 * simulator follows what a reply says, and a reply must not send it anywhere else.
 */
@Component
class LoopbackWebhook implements ApplicationListener<WebServerInitializedEvent> {

    static final String WEBHOOK = "/hotline/twiml/";

    private final HotlineProperties settings;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private volatile int port = -1;

    LoopbackWebhook(HotlineProperties settings, @Value("${opencity.base-url}") String baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The application's own server, not a separate management one.
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The webhook's address for a path under it, as the webhook's replies write it. */
    String url(String path) {
        return baseUrl + WEBHOOK + path;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The TwiML the webhook answers to a form post at this address (one the webhook itself handed out). */
    String post(String url, Map<String, String> form) {
        if (url == null || !url.startsWith(baseUrl + WEBHOOK) || url.contains("..") || url.contains("#")) {
            throw new SimulatorFailure("not the platform's webhook: " + url);
        }
        if (port <= 0) {
            throw new SimulatorFailure("no web server is listening");
        }
        URI local = URI.create("http://127.0.0.1:" + port + url.substring(baseUrl.length()));
        HttpRequest.Builder request = HttpRequest.newBuilder(local)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form)));
        if (settings.signed()) {
            request.header("X-Twilio-Signature", signature(settings.authToken(), url, form));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new SimulatorFailure("the webhook answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException unreachable) {
            throw new SimulatorFailure("the webhook could not be reached: " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SimulatorFailure("interrupted", interrupted);
        }
    }

    /** Twilio's signature, as the webhook checks it (one value per name here). */
    static String signature(String authToken, String url, Map<String, String> form) {
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        form.forEach((name, value) -> lists.put(name, List.of(value)));
        return TwilioSignature.of(authToken, url, lists);
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
