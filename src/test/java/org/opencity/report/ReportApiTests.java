package org.opencity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident reports a problem through the API: routing, public record without personal data, photos,
 * duplicates, idempotent retries and every kind of bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportApiTests {

    static final double HOAN_KIEM_LAT = 21.0287;
    static final double HOAN_KIEM_LON = 105.8524;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static String body(String category, String description, double lat, double lon, boolean anonymous) {
        return """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s,
                 "address": "Số 7 phố Đinh Tiên Hoàng", "anonymous": %s}""".formatted(category, description, lat, lon, anonymous);
    }

    private JsonNode submit(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response);
    }

    @Test
    void aReportIsRoutedToTheWardThatContainsIt() throws Exception {
        JsonNode report = submit(body("ROADS", "Ổ gà trước cửa số 7", HOAN_KIEM_LAT, HOAN_KIEM_LON, false));
        assertThat(report.get("wardCode").asString()).isEqualTo("00070");
        assertThat(report.get("unitName").asString()).isEqualTo("UBND Phường Hoàn Kiếm");
        assertThat(report.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(report.get("number").asString()).matches("PA-\\d{4}-\\d{6}");
        assertThat(report.get("timeline").get(0).get("kind").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void somecategoriesGoToACityDepartment() throws Exception {
        JsonNode report = submit(body("TRAFFIC_SIGNALS", "Đèn tín hiệu hỏng", HOAN_KIEM_LAT, HOAN_KIEM_LON, false));
        assertThat(report.get("unitName").asString()).isEqualTo("Sở Xây dựng");
    }

    @Test
    void anAddressNamingTheWardIsEnoughWithoutCoordinates() throws Exception {
        String response = mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\": \"WASTE\", \"description\": \"Rác tồn đọng\", "
                                + "\"address\": \"ngõ 12 phố Trần Thái Tông, phuong Cau Giay\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(response).get("wardCode").asString()).isEqualTo("00166");
    }

    @Test
    void thePublicRecordCarriesNoPersonalData() throws Exception {
        JsonNode report = submit(body("NOISE", "Karaoke sau 23 giờ", HOAN_KIEM_LAT, HOAN_KIEM_LON, true));
        String number = report.get("number").asString();
        String page = mvc.perform(get("/api/v1/reports/{n}", number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address", nullValue()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String feed = mvc.perform(get("/api/v1/reports").param("size", "200"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String html = mvc.perform(get("/reports/{n}", number))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String text : new String[] {page, feed, html}) {
            assertThat(text)
                    .doesNotContain("resident@demo.opencity.vn")
                    .doesNotContain("0912345678")
                    .doesNotContain("+84912345678")
                    .doesNotContain("Nguyễn Văn An")
                    .doesNotContain("Số 7 phố Đinh Tiên Hoàng");
        }
    }

    @Test
    void theResidentSeesTheirNewReportInTheNextFeedPageEveryoneElseWithinTheBound() throws Exception {
        mvc.perform(get("/api/v1/reports")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isOk());
        String number = submit(body("WASTE", "Rác tràn ra lòng đường", HOAN_KIEM_LAT, HOAN_KIEM_LON, false))
                .get("number")
                .asString();
        long committed = System.nanoTime();
        mvc.perform(get("/api/v1/reports").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].number", is(number)));
        // opencity.report.feed-cache (2 s): after that no page read before the report was saved is shown to anyone.
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        System.nanoTime() - committed >= Duration.ofSeconds(2).toNanos());
        mvc.perform(get("/api/v1/reports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].number", is(number)));
    }

    @Test
    void officersOfTheUnitSeeWhoReportedIt() throws Exception {
        String number = submit(body("NOISE", "Ồn ào", HOAN_KIEM_LAT, HOAN_KIEM_LON, true))
                .get("number")
                .asString();
        mvc.perform(get("/api/v1/desk/reports/{n}", number).with(people.bearer(DemoPeople.HOAN_KIEM_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous", is(true)))
                .andExpect(jsonPath("$.report.address", nullValue()));
    }

    @Test
    void photosArePublishedWithoutTheirGpsPosition() throws Exception {
        MockMultipartFile report = new MockMultipartFile(
                "report",
                "",
                "application/json",
                body("LIGHTING", "Đèn không sáng", HOAN_KIEM_LAT, HOAN_KIEM_LON, false)
                        .getBytes());
        MockMultipartFile photo = new MockMultipartFile("photos", "den.jpg", "image/jpeg", TestImages.jpegWithGps());
        MockMultipartFile png = new MockMultipartFile("photos", "anh.png", "image/png", TestImages.png(800, 600));
        String response = mvc.perform(multipart("/api/v1/reports")
                        .file(report)
                        .file(photo)
                        .file(png)
                        .with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode photos = json.readTree(response).get("photos");
        assertThat(photos.size()).isEqualTo(2);
        String url = photos.get(0).get("url").asString();
        byte[] published = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestImages.contains(published, TestImages.GPS_MARKER)).isFalse();
        assertThat(TestImages.contains(published, "Exif")).isFalse();
        mvc.perform(get(photos.get(1).get("thumbnailUrl").asString())).andExpect(status().isOk());

        String id = photos.get(0).get("id").asString();
        byte[] original = mvc.perform(
                        get("/officer/reports/photos/{id}/original", id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                                people.id(DemoPeople.HOAN_KIEM_OFFICER)
                                                        .toString())
                                        .roles("WARD_OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestImages.contains(original, TestImages.GPS_MARKER)).isTrue();
        mvc.perform(
                        get("/officer/reports/photos/{id}/original", id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                                people.id(DemoPeople.CAU_GIAY_OFFICER)
                                                        .toString())
                                        .roles("WARD_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPdfNamedJpgIsRefusedAndNothingIsWritten() throws Exception {
        long before = reports();
        MockMultipartFile report = new MockMultipartFile(
                "report",
                "",
                "application/json",
                body("ROADS", "Ổ gà", HOAN_KIEM_LAT, HOAN_KIEM_LON, false).getBytes());
        MockMultipartFile fake = new MockMultipartFile("photos", "anh.jpg", "image/jpeg", TestImages.pdf());
        mvc.perform(multipart("/api/v1/reports").file(report).file(fake).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("anh.jpg")));
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void aPhotoOverTheSizeLimitIsA413() throws Exception {
        long before = reports();
        MockMultipartFile report = new MockMultipartFile(
                "report",
                "",
                "application/json",
                body("ROADS", "Ổ gà", HOAN_KIEM_LAT, HOAN_KIEM_LON, false).getBytes());
        MockMultipartFile huge = new MockMultipartFile("photos", "big.jpg", "image/jpeg", new byte[11 * 1024 * 1024]);
        mvc.perform(multipart("/api/v1/reports").file(report).file(huge).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isContentTooLarge());
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void badLocationsAndCategoriesAreClientErrors() throws Exception {
        long before = reports();
        mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("ROADS", "Paris", 48.8566, 2.3522, false)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("ROADS", "Sài Gòn", 10.7769, 106.7009, false)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("UFO", "Đĩa bay", HOAN_KIEM_LAT, HOAN_KIEM_LON, false)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("ROADS", "x".repeat(4001), HOAN_KIEM_LAT, HOAN_KIEM_LON, false)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\": \"ROADS\", \"description\": \"x\", \"lat\": \"north\"}"))
                .andExpect(status().isBadRequest());
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void htmlInADescriptionIsShownAsText() throws Exception {
        String number = submit(
                        body("OTHER", "<script>alert(1)</script><b>đậm</b>", HOAN_KIEM_LAT, HOAN_KIEM_LON, false))
                .get("number")
                .asString();
        mvc.perform(get("/reports/{n}", number))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyCreatesOneReport() throws Exception {
        long before = reports();
        String key = UUID.randomUUID().toString();
        String body = body("WASTE", "Rác chưa thu gom " + key, HOAN_KIEM_LAT, HOAN_KIEM_LON, false);
        String first = mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post("/api/v1/reports")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(reports()).isEqualTo(before + 1);
    }

    @Test
    void aNearbyOpenReportOfTheSameKindIsOfferedAndCanBeJoined() throws Exception {
        double lat = 21.0250;
        double lon = 105.8480;
        String number = submit(body("TREES", "Cành cây gãy", lat, lon, false))
                .get("number")
                .asString();
        mvc.perform(get("/api/v1/reports/nearby")
                        .param("category", "TREES")
                        .param("lat", "21.0252")
                        .param("lon", "105.8481"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].number", hasItem(number)));
        mvc.perform(get("/api/v1/reports/nearby")
                        .param("category", "NOISE")
                        .param("lat", "21.0252")
                        .param("lon", "105.8481"))
                .andExpect(jsonPath("$[*].number", not(hasItem(number))));
        mvc.perform(post("/api/v1/reports/{n}/supporters", number).with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supporters", is(1)));
        mvc.perform(post("/api/v1/reports/{n}/supporters", number).with(people.bearer(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(jsonPath("$.supporters", is(1)));
    }

    @Test
    void submittingNeedsAnAccountButReadingDoesNot() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("ROADS", "x", HOAN_KIEM_LAT, HOAN_KIEM_LON, false)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/report-categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(11)));
        mvc.perform(get("/api/v1/reports/PA-0000-000000")).andExpect(status().isNotFound());
    }

    private long reports() {
        return jdbc.sql("select count(*) from rpt_report").query(Long.class).single();
    }
}
