package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencity.OpenCityApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web sessions live in PostgreSQL (Spring Session JDBC): a person signed in on one node is signed in on every
 * other, and a restart signs nobody out. Over real HTTP, with a second application on the same database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class WebSessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnAnother() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = get(browser, port, "/login").body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode("resident@demo.opencity.vn", StandardCharsets.UTF_8)
                + "&password=OpenCity%402026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri(port, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/profile");
        assertThat(get(browser, port, "/profile").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name is not null")
                        .query(Long.class)
                        .single())
                .isPositive();

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(OpenCityApplication.class)
                .run("--server.port=0", "--spring.autoconfigure.exclude=", "--opencity.demo.enabled=false")) {
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> profile = get(browser, otherPort, "/profile");
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains("Nguyễn Văn An");
        }
    }

    @Test
    void failedSignInsSentAtOnceOnOneSessionAreAllAnswered() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = CSRF.matcher(get(browser, port, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=nobody%40example.vn&password=wrong-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> attempts =
                new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.add(browser.sendAsync(
                    HttpRequest.newBuilder(uri(port, "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var attempt : attempts) {
            assertThat(attempt.get().statusCode()).isLessThan(500);
        }
    }

    @Test
    void pageSignUpsWithOneEmailSentAtOnceMakeOneAccountAndNoServerError() throws Exception {
        String email = "race-" + System.nanoTime() + "@example.vn";
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> signUps =
                new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Matcher csrf = CSRF.matcher(get(browser, port, "/signup").body());
            assertThat(csrf.find()).isTrue();
            String form = "displayName=Nguyen+Van+A&phone=&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=mat-khau-dai&homeWardCode=&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            signUps.add(browser.sendAsync(
                    HttpRequest.newBuilder(uri(port, "/signup"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var signUp : signUps) {
            assertThat(signUp.get().statusCode()).isIn(200, 302);
        }
        assertThat(jdbc.sql("select count(*) from idn_account where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static HttpResponse<String> get(HttpClient browser, int port, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(port, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
