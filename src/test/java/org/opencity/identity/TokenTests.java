package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens from the embedded authorization server over real HTTP: the mobile app's authorization code flow
 * with PKCE, and an agency system's client credentials; each token can do what its scopes allow and no more.
 */
// Real HTTP, so sessions live in PostgreSQL as in production (the test configuration keeps them in memory for MockMvc).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class TokenTests {

    private static final String CALLBACK = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JsonMapper json;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theMobileAppGetsATokenWithAuthorizationCodeAndPkce() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        JsonNode token = signInWithPkce(resident, "openid api");
        assertThat(token.get("id_token")).isNotNull();

        HttpResponse<String> me = callWith(token, "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("email").asString()).isEqualTo(resident.email());
    }

    @Test
    void aTokenGrantedOnlyForSignInCannotUseTheApi() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        JsonNode token = signInWithPkce(resident, "openid profile");
        assertThat(token.get("scope").asString().split(" ")).containsExactlyInAnyOrder("openid", "profile");

        HttpResponse<String> me = callWith(token, "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(403);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(me.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer error=\"insufficient_scope\", scope=\"api\"");
        // What it was granted for still works: the person's claims at the OpenID Connect userinfo endpoint.
        HttpResponse<String> userinfo = callWith(token, "/userinfo");
        assertThat(userinfo.statusCode()).isEqualTo(200);
        assertThat(json.readTree(userinfo.body()).get("sub").asString())
                .isEqualTo(resident.id().toString());
    }

    /** The mobile app's authorization code flow with PKCE, for the scopes asked; answers the token response. */
    private JsonNode signInWithPkce(Account resident, String scopes) throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = url("/oauth2/authorize?response_type=code&client_id=opencity-mobile&scope="
                + URLEncoder.encode(scopes, StandardCharsets.UTF_8).replace("+", "%20")
                + "&state=s1&code_challenge_method=S256&code_challenge=" + challenge
                + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8));

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> loginPage = get(url("/login"));
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = postForm(
                url("/login"),
                Map.of("username", resident.email(), "password", TestResidents.PASSWORD, "_csrf", csrf.group(1)),
                null);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/oauth2/authorize");

        HttpResponse<String> withCode = get(back.startsWith("http") ? back : url(back));
        String callback = withCode.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(CALLBACK).contains("state=s1");
        String code = URI.create(callback).getQuery().replaceAll(".*code=([^&]+).*", "$1");

        HttpResponse<String> tokenResponse = postForm(
                url("/oauth2/token"),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        CALLBACK,
                        "client_id",
                        "opencity-mobile",
                        "code_verifier",
                        verifier),
                null);
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        return json.readTree(tokenResponse.body());
    }

    private HttpResponse<String> callWith(JsonNode token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header(
                                        "Authorization",
                                        "Bearer " + token.get("access_token").asString())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCodeWithoutTheRightVerifierIsRefused() throws Exception {
        HttpResponse<String> response = postForm(
                url("/oauth2/token"),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        "made-up",
                        "redirect_uri",
                        CALLBACK,
                        "client_id",
                        "opencity-mobile",
                        "code_verifier",
                        "x"),
                null);
        assertThat(response.statusCode()).isBetween(400, 401);
    }

    @Test
    void anAgencySystemUsesClientCredentialsForWhatItsScopesAllow() throws Exception {
        String basic =
                Base64.getEncoder().encodeToString("demo-agency:demo-agency-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = postForm(
                url("/oauth2/token"),
                Map.of("grant_type", "client_credentials", "scope", "metrics.read"),
                "Basic " + basic);
        assertThat(response.statusCode()).isEqualTo(200);
        String accessToken = json.readTree(response.body()).get("access_token").asString();

        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> metrics = plain.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/prometheus")))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");

        HttpResponse<String> me = plain.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                        .header("Authorization", "Bearer " + accessToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(403);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(me.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer error=\"insufficient_scope\", scope=\"api\"");
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString("demo-agency:guess".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response =
                postForm(url("/oauth2/token"), Map.of("grant_type", "client_credentials"), "Basic " + basic);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publishesOpenIdDiscoveryAndKeys() throws Exception {
        HttpResponse<String> discovery = get(url("/.well-known/openid-configuration"));
        assertThat(discovery.statusCode()).isEqualTo(200);
        JsonNode metadata = json.readTree(discovery.body());
        assertThat(metadata.get("token_endpoint").asString()).endsWith("/oauth2/token");
        HttpResponse<String> keys = get(metadata.get("jwks_uri").asString());
        assertThat(json.readTree(keys.body()).get("keys").get(0).get("kty").asString())
                .isEqualTo("RSA");
        assertThat(keys.body()).doesNotContain("\"d\"");
    }

    @Test
    void healthIsPublicButMetricsAreNot() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> health = plain.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(plain.send(
                                HttpRequest.newBuilder(URI.create(url("/actuator/prometheus")))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form, String authorization) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
