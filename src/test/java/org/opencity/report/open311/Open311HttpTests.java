package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencity.report.open311.Open311TestSupport.DEMO_KEY;
import static org.opencity.report.open311.Open311TestSupport.json;
import static org.opencity.report.open311.Open311TestSupport.text;
import static org.opencity.report.open311.Open311TestSupport.xml;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * Over real HTTP, where the servlet container parses multipart bodies and query strings: a photo sent as
 * {@code media} comes back as an absolute media_url, an upload over the limit is refused in Open311 format, and
 * an offset's '+' sent unencoded still reads as a date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311HttpTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPhotoSentAsMediaIsPublishedAsAnAbsoluteMediaUrl() throws Exception {
        HttpResponse<String> created =
                http.send(multipart("json", photo(), "pothole.png"), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(200);
        String number = json(created.body()).get(0).get("service_request_id").asString();

        JsonNode request =
                json(get("/open311/v2/requests/" + number + ".json").body()).get(0);
        String mediaUrl = request.get("media_url").asString();
        assertThat(mediaUrl)
                .startsWith("http://localhost:" + port + "/reports/photos/")
                .endsWith("/full.jpg");
        HttpResponse<byte[]> image = http.send(
                HttpRequest.newBuilder(URI.create(mediaUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/jpeg"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedInOpen311Format() throws Exception {
        byte[] huge = new byte[11 * 1024 * 1024];
        HttpResponse<String> refused =
                http.send(multipart("xml", huge, "huge.jpg"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        Document errors = xml(refused.body());
        assertThat(text(errors, "code")).isEqualTo("413");
    }

    @Test
    void anUnencodedPlusInADateIsReadAsTheOffset() throws Exception {
        HttpResponse<String> answer = get("/open311/v2/requests.xml?start_date=2026-01-01T00:00:00+07:00"
                + "&end_date=2026-01-02T00:00:00+07:00");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(xml(answer.body()).getDocumentElement().getTagName()).isEqualTo("service_requests");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest multipart(String format, byte[] media, String filename) throws Exception {
        String boundary = "open311-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of(
                "api_key",
                DEMO_KEY,
                "service_code",
                "ROADS",
                "lat",
                Open311TestSupport.HOAN_KIEM_LAT,
                "long",
                Open311TestSupport.HOAN_KIEM_LONG,
                "description",
                "Ổ gà, có ảnh");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(media);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests." + format))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(0, 0, 160, 120);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
