package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.opencity.report.open311.Open311TestSupport.text;
import static org.opencity.report.open311.Open311TestSupport.xml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Discovery and the service list, in both formats the spec defines.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311ServiceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void discoveryNamesTheGeoReportV2EndpointInJson() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.changeset").isString())
                .andExpect(jsonPath("$.contact").isString())
                .andExpect(jsonPath("$.key_service").isString())
                .andExpect(jsonPath("$.endpoints[0].specification", is("http://wiki.open311.org/GeoReport_v2")))
                .andExpect(jsonPath("$.endpoints[0].url", is("http://localhost/open311/v2")))
                .andExpect(jsonPath("$.endpoints[0].type", is("production")))
                .andExpect(jsonPath("$.endpoints[0].formats", hasItem("text/xml")))
                .andExpect(jsonPath("$.endpoints[0].formats", hasItem("application/json")));
    }

    @Test
    void discoveryInXmlIsWellFormedWithAnUtf8Declaration() throws Exception {
        String body = mvc.perform(get("/open311/v2/discovery.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document discovery = xml(body);
        assertThat(discovery.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(text(discovery, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        NodeList formats = discovery.getElementsByTagName("format");
        assertThat(formats.getLength()).isEqualTo(2);
        assertThat(text(discovery, "contact")).doesNotContain("${");
    }

    @Test
    void everyActiveCategoryIsARealtimeServiceWithMetadataWhenItAsksMore() throws Exception {
        mvc.perform(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].service_name", hasItem("Đường, vỉa hè hư hỏng")))
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].metadata", hasItem(true)))
                .andExpect(jsonPath("$[?(@.service_code == 'NOISE')].metadata", hasItem(false)))
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].type", hasItem("realtime")))
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].keywords", hasItem("road, pothole, pavement")));
    }

    @Test
    void servicesAreInEnglishWhenAskedFor() throws Exception {
        mvc.perform(get("/open311/v2/services.json").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].service_name", hasItem("Roads and pavements")));
        mvc.perform(get("/open311/v2/services.json").param("locale", "en_US"))
                .andExpect(jsonPath("$[?(@.service_code == 'ROADS')].service_name", hasItem("Roads and pavements")));
    }

    @Test
    void thePathChoosesTheFormatWhateverTheAcceptHeaderSays() throws Exception {
        mvc.perform(get("/open311/v2/services.xml").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/xml"));
        mvc.perform(get("/open311/v2/services.json").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void servicesInXmlAreWellFormed() throws Exception {
        String body = mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document services = xml(body);
        assertThat(services.getDocumentElement().getTagName()).isEqualTo("services");
        NodeList codes = services.getElementsByTagName("service_code");
        boolean roads = false;
        for (int i = 0; i < codes.getLength(); i++) {
            roads |= codes.item(i).getTextContent().equals("ROADS");
        }
        assertThat(roads).isTrue();
        Element first = (Element) services.getElementsByTagName("service").item(0);
        assertThat(first.getElementsByTagName("metadata").item(0).getTextContent())
                .isIn("true", "false");
    }

    @Test
    void aServiceDefinitionListsItsAttributesAsTheSpecShowsThem() throws Exception {
        mvc.perform(get("/open311/v2/services/ROADS.json").param("locale", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code", is("ROADS")))
                .andExpect(jsonPath("$.attributes[0].variable", is(true)))
                .andExpect(jsonPath("$.attributes[0].code", is("hazard_size")))
                .andExpect(jsonPath("$.attributes[0].datatype", is("singlevaluelist")))
                .andExpect(jsonPath("$.attributes[0].required", is(false)))
                .andExpect(jsonPath("$.attributes[0].order", is(1)))
                .andExpect(jsonPath("$.attributes[0].description", is("Size of the damage")))
                .andExpect(jsonPath("$.attributes[0].values[2].key", is("large")))
                .andExpect(jsonPath("$.attributes[0].values[2].name", is("Large (over 1 m)")));
        Document definition = xml(mvc.perform(get("/open311/v2/services/ROADS.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
        Element attribute =
                (Element) definition.getElementsByTagName("attribute").item(0);
        List<String> order = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = attribute.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                order.add(element.getTagName());
            }
        }
        assertThat(order)
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        Element value = (Element) attribute.getElementsByTagName("value").item(0);
        assertThat(value.getElementsByTagName("key").item(0).getTextContent()).isEqualTo("small");
        mvc.perform(get("/open311/v2/services/NOISE.json"))
                .andExpect(jsonPath("$.attributes").isEmpty());
    }

    @Test
    void anUnknownServiceIsA404InTheFormatAskedFor() throws Exception {
        mvc.perform(get("/open311/v2/services/NO_SUCH.json"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].code", is(404)))
                .andExpect(jsonPath("$[0].description", is("There is no category NO_SUCH.")));
        Document errors = xml(mvc.perform(get("/open311/v2/services/NO_SUCH.xml"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(text(errors, "code")).isEqualTo("404");
    }

    @Test
    void unknownPathsAndMethodsAnswerInOpen311Format() throws Exception {
        Document missing = xml(mvc.perform(get("/open311/v2/nothing-here.xml"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(text(missing, "code")).isEqualTo("404");
        mvc.perform(post("/open311/v2/services.json"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$[0].code", is(405)));
    }

    @Test
    void browserApplicationsMayReadCrossOrigin() throws Exception {
        mvc.perform(get("/open311/v2/services.json").header("Origin", "https://app.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", startsWith("*")));
    }
}
