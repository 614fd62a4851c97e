package org.opencity.report.open311;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Open311 tests share: a well-formedness-checking XML parser and a report submitted as a client would.
 */
final class Open311TestSupport {

    static final String DEMO_KEY = "demo-open311-key";
    static final String HOAN_KIEM_LAT = "21.0287";
    static final String HOAN_KIEM_LONG = "105.8524";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Open311TestSupport() {}

    /** Parses (and so checks) an XML answer; a malformed document fails the test here. */
    static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /**
     * A pothole in Hoàn Kiếm as a client would POST it, form-encoded; {@code overrides} are name/value pairs that
     * replace (or, for new names, add to) the usual parameters.
     */
    static MockHttpServletRequestBuilder submission(
            String format, String apiKey, String description, String... overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("jurisdiction_id", "hanoi.gov.vn");
        form.put("service_code", "ROADS");
        form.put("lat", HOAN_KIEM_LAT);
        form.put("long", HOAN_KIEM_LONG);
        form.put("description", description);
        form.put("email", "khach.open311@example.vn");
        form.put("first_name", "Trịnh");
        form.put("last_name", "Văn Khách");
        form.put("phone", "0987654321");
        form.put("attribute[WIDTH]", "2m");
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request;
    }

    /** Submits a pothole in Hoàn Kiếm with the demo key; returns the answer's JSON item. */
    static JsonNode submit(MockMvc mvc, String description) throws Exception {
        String body = mvc.perform(submission("json", DEMO_KEY, description))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json(body).get(0);
    }
}
