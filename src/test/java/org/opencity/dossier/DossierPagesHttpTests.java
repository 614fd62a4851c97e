package org.opencity.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.Account;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the multipart limit, sent by a signed-in browser over real HTTP (Tomcat parses the parts and refuses
 * it before any controller): the resident comes back to the dossier with the limit in words, not to an error page.
 */
// Real HTTP, so sessions live in PostgreSQL as in production (the test configuration keeps them in memory for MockMvc).
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
class DossierPagesHttpTests {

    private static final String PASSWORD = "một mật khẩu dài";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.opencity.identity.IdentityVerification identityChecks;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DemoPeople people;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * The documents step sends several files in one body. One of them over the container's limit refuses the whole
     * body before any controller: the resident is back on the step with that file named beside its input, and
     * nothing kept; the small ones alone then go through together.
     */
    @Test
    void severalFilesInOneBodyWithOneTooLargeComeBackNamingItAndTheOthersGoThroughAlone() throws Exception {
        Account resident = verifiedResident();
        signIn(resident.email());
        String code = dossiers.start(
                        new NewDossier(
                                resident.id(),
                                DossierPagesTests.BIRTH,
                                null,
                                Map.of("childFullName", "Lê Minh An"),
                                UUID.randomUUID().toString()),
                        Locale.ROOT)
                .code();
        String step = "/dossiers/" + code + "/apply/documents";
        Matcher token = CSRF.matcher(get(step).body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> refused = send(
                step,
                token.group(1),
                new Part("paper-0", "trang-1.pdf", TestDossiers.pdf()),
                new Part("paper-1", "anh-qua-lon.pdf", new byte[11 * 1024 * 1024]));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(step);
        assertThat(get(step).body())
                .contains("<a href=\"#paper-1\">Chưa tải lên tệp nào: tệp “anh-qua-lon.pdf” lớn hơn 10 MB.");
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).documents()).isEmpty();

        HttpResponse<String> accepted = send(
                step,
                token.group(1),
                new Part("paper-0", "trang-1.pdf", TestDossiers.pdf()),
                new Part("paper-0", "trang-2.pdf", TestDossiers.pdf()));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(get(step).body()).contains("Đã đính kèm 2 tệp.");
        assertThat(dossiers.view(resident.id(), code, Locale.ROOT).documents()).hasSize(2);
    }

    /** A file of a multipart body: the input's name, the file's name and its bytes. */
    private record Part(String input, String fileName, byte[] content) {}

    private HttpResponse<String> send(String path, String token, Part... parts) throws Exception {
        String boundary = "----opencity" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.input()
                            + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Account verifiedResident() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Account account = accounts.register(new Registration(
                "Lê Thị Mẹ",
                phone,
                "http-" + System.nanoTime() + "@example.vn",
                PASSWORD,
                DossierPagesTests.HOAN_KIEM,
                "vi"));
        String citizenId =
                "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        return identityChecks.verify(people.actor(DemoPeople.HOAN_KIEM_OFFICER), account.id(), citizenId);
    }

    private void signIn(String email) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form =
                "username=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The form as a browser sends it: the token first, then the requirement, then the file. */
    private static byte[] multipart(String boundary, String token, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"requirement\"\r\n\r\n0\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"to.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
