package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests no HTTP client library would send, written byte by byte to the socket: Tomcat refuses them before the
 * application runs, and the answer must still be a problem document under the API (and never a 500 anywhere).
 * Page forms get the same refusals as the API, as a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/v1/wards/%2F",
                "/api/v1/wards/a%5Cb",
                "/api/v1/wards/a%00b",
                "/api/v1/wards/%C0%AF",
                "/api/v1/wards/%FF%FE",
                "/api/v1/wards/a%2",
                "/api/v1/wards/../../etc/passwd"
            })
    void aPathTomcatRefusesIsAProblemDocument(String path) throws IOException {
        Answer answer =
                raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"status\":" + answer.status())
                .contains("requestId")
                .doesNotContain("Tomcat")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownAddressIsANotFoundPageOrProblem() throws IOException {
        Answer page = raw("GET /khong-co-trang-nay HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body()).contains("404");
        Answer api = raw("GET /api/v1/khong-co HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void anAddressOverTheHeaderLimitIsAProblemDocument() throws IOException {
        Answer answer = raw("GET /api/v1/wards?q=" + "a".repeat(10_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aHeaderWithAControlByteIsAProblemDocument() throws IOException {
        Answer answer =
                raw("GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aJsonBodyOverTheLimitSentInChunksWithAnIdempotencyKeyIs413() throws IOException {
        StringBuilder request = new StringBuilder("POST /api/v1/accounts HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nIdempotency-Key: big-chunked-1\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n");
        String chunk = "x".repeat(64 * 1024);
        for (int i = 0; i < 20; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");
        Answer answer = raw(request.toString());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).containsPattern("1[.,]?024 KB").doesNotContain("{0}");
    }

    @ParameterizedTest(name = "POST {0} as multipart without a boundary")
    @ValueSource(strings = {"/signup", "/dossiers/status", "/login"})
    void aPageFormWithoutABoundaryIsABadRequestPage(String path) throws IOException {
        Answer answer = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data\r\n"
                + "Accept: text/html\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body()).contains("multipart").doesNotContain("Exception");
    }

    @Test
    void aNulInAPageFormFieldIsABadRequestPage() throws IOException {
        String form = "phone=0912345678&email=&displayName=a%00b&password=abcdefgh1";
        Answer answer =
                raw("POST /signup HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Accept: text/html\r\nContent-Length: " + form.length() + "\r\nConnection: close\r\n\r\n"
                        + form);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("NUL");
    }

    @ParameterizedTest(name = "Open311 {0}")
    @ValueSource(strings = {"service_code=%FF", "description=%G0", "lat=%"})
    void open311ParametersWithInvalidEncodingAreRefusedInTheSpecsFormat(String parameter) throws IOException {
        Answer answer = raw("GET /open311/v2/requests.json?" + parameter
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":400").contains("\"description\":");
        Answer xml = raw("GET /open311/v2/requests.xml?" + parameter
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(xml.body()).contains("<errors>").contains("<code>400</code>");
    }

    @Test
    void overAThousandParametersAreRefused() throws IOException {
        StringBuilder form = new StringBuilder("api_key=x");
        for (int i = 0; i < 1200; i++) {
            form.append("&p").append(i).append("=1");
        }
        Answer answer = raw("POST /open311/v2/requests.json HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(answer.status()).isBetween(400, 499);
    }

    @Test
    void aTwentyMegabyteChunkedFormIsRefused() throws IOException {
        StringBuilder head = new StringBuilder(
                "POST /open311/v2/requests.json HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = "description=" + "x".repeat(1024 * 1024 - 12);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int i = 0; i < 20; i++) {
                    out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException closedEarly) {
                // The server may answer and close before reading everything: that is a refusal too.
            }
            Answer answer = Answer.read(socket.getInputStream());
            assertThat(answer.status()).isBetween(400, 499);
        }
    }

    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return Answer.read(socket.getInputStream());
        }
    }

    /** An HTTP answer as read from the socket. */
    private record Answer(int status, String head, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException reset) {
                // Tomcat may reset the connection after answering a request it did not read to the end.
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return "";
        }
    }
}
