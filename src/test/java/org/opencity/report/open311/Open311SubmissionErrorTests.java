package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.opencity.report.open311.Open311TestSupport.DEMO_KEY;
import static org.opencity.report.open311.Open311TestSupport.submission;
import static org.opencity.report.open311.Open311TestSupport.text;
import static org.opencity.report.open311.Open311TestSupport.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/**
 * Everything a client can get wrong when submitting is answered in the spec's error format, in the format of
 * the path, with the spec's status: 403 for the key, 404 for an unknown service, 400 for the rest. Never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311SubmissionErrorTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aMissingOrWrongApiKeyIsA403() throws Exception {
        mvc.perform(submission("json", "", "Ổ gà"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].code", is(403)))
                .andExpect(jsonPath("$[0].description", is("api_key is required")));
        String body = mvc.perform(submission("xml", "not-a-key", "Ổ gà"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document errors = xml(body);
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(text(errors, "code")).isEqualTo("403");
        assertThat(text(errors, "description")).contains("api_key");
    }

    @Test
    void anUnknownServiceCodeIsA404() throws Exception {
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà", "service_code", "NO_SUCH"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code", is(404)));
    }

    @Test
    void aPlaceOutsideVietnamIsRefused() throws Exception {
        mvc.perform(submission("json", DEMO_KEY, "Nid-de-poule", "lat", "48.85", "long", "2.35"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code", is(400)))
                .andExpect(jsonPath(
                        "$[0].description",
                        is("These coordinates are outside Vietnam; check latitude and longitude.")));
    }

    @Test
    void aPlaceInVietnamButOutsideTheCityKeepsTheDetailedCode() throws Exception {
        mvc.perform(submission("xml", DEMO_KEY, "Ổ gà ở Sài Gòn", "lat", "10.7769", "long", "106.7009"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/xml"));
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà ở Sài Gòn", "lat", "10.7769", "long", "106.7009"))
                .andExpect(jsonPath("$[0].code", is(422)));
    }

    @Test
    void badCoordinatesAndMissingPlacesAre400() throws Exception {
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà", "lat", "north"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", is("lat must be a decimal number (WGS84 degrees)")));
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà", "lat", "", "long", "")).andExpect(status().isBadRequest());
        mvc.perform(submission("json", DEMO_KEY, "Ổ gà", "long", "")).andExpect(status().isBadRequest());
    }

    @Test
    void theDescriptionIsRequiredAndAtMost4000Characters() throws Exception {
        mvc.perform(submission("json", DEMO_KEY, "   "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description", is("description is required")));
        mvc.perform(submission("json", DEMO_KEY, "a".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code", is(400)));
        mvc.perform(submission("json", DEMO_KEY, "a".repeat(4000))).andExpect(status().isOk());
    }

    @Test
    void aPdfPretendingToBeAPhotoIsRefused() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile(
                "media",
                "pothole.jpg",
                "image/jpeg",
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        String body = mvc.perform(multipart("/open311/v2/requests.xml")
                        .file(pdf)
                        .param("api_key", DEMO_KEY)
                        .param("service_code", "ROADS")
                        .param("lat", Open311TestSupport.HOAN_KIEM_LAT)
                        .param("long", Open311TestSupport.HOAN_KIEM_LONG)
                        .param("description", "Ảnh ổ gà"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document errors = xml(body);
        assertThat(text(errors, "code")).isEqualTo("415");
        assertThat(text(errors, "description")).contains("pothole.jpg");
    }

    @Test
    void aMultipartSubmissionWithoutMediaWorks() throws Exception {
        mvc.perform(multipart("/open311/v2/requests.json")
                        .param("api_key", DEMO_KEY)
                        .param("service_code", "ROADS")
                        .param("lat", Open311TestSupport.HOAN_KIEM_LAT)
                        .param("long", Open311TestSupport.HOAN_KIEM_LONG)
                        .param("description", "Gửi bằng multipart"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").isString());
    }

    @Test
    void aJsonBodyIsNotAFormAndSoHasNoKey() throws Exception {
        mvc.perform(post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"api_key\": \"demo-open311-key\""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code", is(403)));
    }
}
