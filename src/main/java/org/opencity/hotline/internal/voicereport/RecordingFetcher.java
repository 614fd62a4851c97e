package org.opencity.hotline.internal.voicereport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.opencity.hotline.internal.HotlineProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a recording from the provider. Only from the provider's hosts (and the platform's own call simulator), over
 * HTTPS except on the loopback, with a size limit and a timeout: the address comes in a webhook request, and a
 * forged one must not make the platform fetch, or wait on, an address of someone else's choosing.
 */
@Component
class RecordingFetcher {

    static final String SIMULATOR_RECORDINGS = "/hotline/simulator/recordings/";

    private final HotlineProperties settings;
    private final URI ownBase;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    RecordingFetcher(HotlineProperties settings, @Value("${opencity.base-url}") String baseUrl) {
        this.settings = settings;
        this.ownBase = URI.create(baseUrl);
    }

    /** Whether the platform would fetch this address at all. */
    boolean allowed(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null || uri.getUserInfo() != null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            return false;
        }
        if (sameOrigin(uri)) {
            return uri.getPath() != null && uri.getPath().startsWith(SIMULATOR_RECORDINGS);
        }
        return settings.recordingHosts().stream().anyMatch(allowed -> allowed.equalsIgnoreCase(host));
    }

    Recording fetch(String url) throws IOException, InterruptedException {
        if (!allowed(url)) {
            throw new IOException("recording host not allowed");
        }
        URI uri = URI.create(url.strip());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        if (!sameOrigin(uri)
                && settings.signed()
                && settings.accountSid() != null
                && !settings.accountSid().isBlank()) {
            String credentials = settings.accountSid() + ":" + settings.authToken();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("recording answered " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.toLowerCase(Locale.ROOT).startsWith("audio/")) {
                throw new IOException("recording is not audio: " + type);
            }
            byte[] audio = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.recordingMaxBytes() + 1));
            if (audio.length > settings.recordingMaxBytes()) {
                throw new IOException("recording larger than " + settings.recordingMaxBytes() + " bytes");
            }
            return new Recording(audio, type);
        }
    }

    private boolean sameOrigin(URI uri) {
        return uri.getHost().equalsIgnoreCase(ownBase.getHost()) && port(uri) == port(ownBase);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
