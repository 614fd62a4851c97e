package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation of the published OpenAPI document over real HTTP (Tomcat parses what it is sent) with
 * malformed, mistyped and mislabelled requests, anonymously and as a resident and an administrator. Nothing may
 * answer 5xx; every error under /api/v1 is problem+json; no answer shows Java internals or an unfilled placeholder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiFuzzTests {

    private static final long SEED = Long.getLong("opencity.fuzz.seed", 20261128L);
    private static final List<String> PATH_VALUES =
            List.of("x", "%FF%FE", "00000000-0000-0000-0000-000000000000", "-1", "%E2%80%AE", "a".repeat(300));
    private static final List<String> QUERY_VALUES =
            List.of("x", "%FF", "%G0", "-99999999999999999999", "%00", "2026-13-45");

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    JsonMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswersBadInputWithAServerErrorOrAnotherFormat() throws Exception {
        JsonNode document = json.readTree(
                send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build()).body());
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("resident", people.signedToken(DemoPeople.RESIDENT));
        callers.put("admin", people.signedToken(DemoPeople.ADMIN));
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                for (var caller : callers.entrySet()) {
                    fuzz(method, path.getKey(), operation.getValue(), caller.getKey(), caller.getValue());
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures)
                .as("%d of %d requests were answered badly", failures.size(), sent)
                .isEmpty();
    }

    private void fuzz(String method, String template, JsonNode operation, String who, String token) {
        List<String> queryNames = new ArrayList<>();
        if (operation.has("parameters")) {
            operation.get("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asString())) {
                    queryNames.add(p.get("name").asString());
                }
            });
        }
        for (String value : PATH_VALUES) {
            String path = template.replaceAll("\\{[^}]+}", value);
            bodies(method).forEach((label, body) -> check(method, path, body, who, token, label));
        }
        String path = template.replaceAll("\\{[^}]+}", "1");
        for (String value : QUERY_VALUES) {
            StringBuilder query = new StringBuilder();
            for (String name : queryNames) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(value)
                        .append('&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
            check(method, path + query, Body.NONE, who, token, "query " + value);
        }
        check(method, path, Body.NONE.accepting("image/png"), who, token, "accept image/png");
        check(method, path, Body.NONE.accepting("text/html"), who, token, "accept text/html");
    }

    private static Map<String, Body> bodies(String method) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        bodies.put("no body", Body.NONE);
        if (method.equals("GET") || method.equals("DELETE")) {
            return bodies;
        }
        bodies.put("malformed json", Body.json("{\"a\": "));
        bodies.put(
                "wrong shape", Body.json("{\"description\": [1, {\"x\": null}], \"lat\": \"north\", \"page\": true}"));
        bodies.put("array", Body.json("[]"));
        bodies.put(
                "nul bytes",
                Body.json("{\"description\": \"a\\u0000b\", \"displayName\": \"\\u0000\", \"reason\": \"\\u0000\"}"));
        bodies.put(
                "invalid utf-8",
                new Body(
                        "application/json",
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
                        null));
        bodies.put(
                "multipart without boundary",
                new Body("multipart/form-data", "--x\r\n\r\nhello".getBytes(StandardCharsets.UTF_8), null));
        bodies.put(
                "truncated multipart",
                new Body(
                        "multipart/form-data; boundary=XyZ",
                        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 trunc"
                                .getBytes(StandardCharsets.UTF_8),
                        null));
        bodies.put("text/plain", new Body("text/plain", "hello".getBytes(StandardCharsets.UTF_8), null));
        bodies.put(
                "form",
                new Body(
                        "application/x-www-form-urlencoded",
                        "a=%FF&b=%G0&c=%00".getBytes(StandardCharsets.UTF_8),
                        null));
        return bodies;
    }

    /**
     * Input spaces too large to list, sampled with jqwik's generators: arbitrary bytes percent-encoded into a query
     * value and a path segment, and arbitrary content types (with and without parameters) on JSON and upload
     * endpoints. The same rules hold: no 5xx, every error a problem document without internals.
     */
    @Test
    void generatedEncodingsAndContentTypesAreAnsweredInTheRules() {
        String resident = people.signedToken(DemoPeople.RESIDENT);
        Arbitrary<String> encoded = Arbitraries.bytes()
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(bytes -> {
                    StringBuilder text = new StringBuilder();
                    for (byte b : bytes) {
                        text.append('%').append(String.format("%02X", b & 0xFF));
                    }
                    return text.toString();
                });
        samples(encoded, 300).forEach(value -> {
            check("GET", "/api/v1/wards?q=" + value, Body.NONE, "anonymous", null, "query " + value);
            check("GET", "/api/v1/reports/" + value, Body.NONE, "anonymous", null, "path " + value);
            check(
                    "GET",
                    "/api/v1/procedures?q=" + value + "&page=" + value,
                    Body.NONE,
                    "resident",
                    resident,
                    "query " + value);
        });
        Arbitrary<String> mediaTypes = Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40).withCharRange('!', '~'),
                Arbitraries.of(
                                "multipart/form-data",
                                "multipart/mixed",
                                "application/json",
                                "text/plain",
                                "application/x-www-form-urlencoded",
                                "application/xml",
                                "*/*")
                        .flatMap(type -> Arbitraries.of(
                                        "; q=\"unclosed",
                                        "",
                                        "; charset=utf-16",
                                        "; boundary=",
                                        "; boundary=\"x",
                                        "; charset=nonsense",
                                        ";;;")
                                .map(parameters -> type + parameters)));
        samples(mediaTypes, 150).forEach(type -> {
            Body body = new Body(type, "{\"description\": \"x\"}".getBytes(StandardCharsets.UTF_8), null);
            check("POST", "/api/v1/reports", body, "resident", resident, "content type " + type);
            check("POST", "/api/v1/documents/verify", body, "anonymous", null, "content type " + type);
            check("PUT", "/api/v1/me", body, "resident", resident, "content type " + type);
        });
        assertThat(failures)
                .as("%d of %d requests were answered badly (seed %d)", failures.size(), sent, SEED)
                .isEmpty();
    }

    /**
     * Samples from a fixed seed, so a run is repeatable and CI does not pass or fail by chance; another seed explores
     * further ({@code -Dopencity.fuzz.seed=…}; a failing one is named in the failures).
     */
    private <T> List<T> samples(Arbitrary<T> arbitrary, int count) {
        JqwikSession.start(Long.toString(SEED));
        try {
            return arbitrary.sampleStream().limit(count).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    private void check(String method, String path, Body body, String who, String token, String label) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException unsendable) {
            return;
        }
        request.method(
                method,
                body.content() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        request.header("Accept", body.accept() == null ? "application/json" : body.accept());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!method.equals("GET")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpResponse<String> answer = send(request.build());
        String where = "%s %s (%s, %s)"
                .formatted(method, path.length() > 120 ? path.substring(0, 120) + "…" : path, who, label);
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(where + " → " + status + " " + abbreviate(answer.body()));
        } else if (status >= 400 && path.startsWith("/api/v1") && !type.startsWith("application/problem+json")) {
            failures.add(where + " → " + status + " with Content-Type '" + type + "'");
        } else if (status >= 400
                && (answer.body().contains("java.")
                        || answer.body().contains("Exception")
                        || answer.body().matches("(?s).*\\{\\d}.*")
                        || answer.body().contains("[L"))) {
            failures.add(where + " → " + status + " shows internals: " + abbreviate(answer.body()));
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        sent++;
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** What a request carries, and what it says it accepts. */
    private record Body(String contentType, byte[] content, String accept) {

        static final Body NONE = new Body(null, null, null);

        static Body json(String text) {
            return new Body("application/json", text.getBytes(StandardCharsets.UTF_8), null);
        }

        Body accepting(String mediaType) {
            return new Body(contentType, content, mediaType);
        }
    }
}
