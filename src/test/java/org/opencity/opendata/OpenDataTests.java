package org.opencity.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The open-data catalogue as its clients read it: CKAN's action API with CKAN's envelope and errors (GET and POST),
 * DCAT-AP parsed back by Jena in all three syntaxes, streamed CSV downloads, k-anonymity in the reports dataset,
 * and the public pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataTests {

    @Autowired
    MockMvc mvc;

    @Test
    void ckanActionsAnswerInCkansEnvelope() throws Exception {
        mvc.perform(get("/api/3/action/package_list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.success").value(true))
                .andExpect(jsonPath("$.help").value(containsString("/api/3/action/help_show?name=package_list")))
                .andExpect(jsonPath("$.result").value(hasItem("phuong-xa-ha-noi")))
                .andExpect(jsonPath("$.result").value(hasItem("thu-tuc-hanh-chinh")));
        mvc.perform(get("/api/3/action/package_show").param("id", "phuong-xa-ha-noi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.name").value("phuong-xa-ha-noi"))
                .andExpect(jsonPath("$.result.type").value("dataset"))
                .andExpect(jsonPath("$.result.organization.name").value("ubnd-tp-ha-noi"))
                .andExpect(jsonPath("$.result.license_id").value("CC-BY-4.0"))
                .andExpect(jsonPath("$.result.num_resources").value(2))
                .andExpect(jsonPath("$.result.resources[0].format").value("CSV"))
                .andExpect(jsonPath("$.result.resources[0].package_id").value("phuong-xa-ha-noi"))
                .andExpect(jsonPath("$.result.resources[0].url")
                        .value(containsString("/data/download/phuong-xa-ha-noi-csv")))
                .andExpect(jsonPath("$.result.tags[0].name").exists())
                .andExpect(jsonPath("$.result.metadata_modified")
                        .value(org.hamcrest.Matchers.matchesPattern(
                                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}")));
        mvc.perform(post("/api/3/action/package_show")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"thu-tuc-hanh-chinh\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.name").value("thu-tuc-hanh-chinh"));
        mvc.perform(get("/api/3/action/resource_show").param("id", "phuong-xa-ha-noi-csv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.id").value("phuong-xa-ha-noi-csv"));
        // Administrators' datasets may add other organizations (tests share the database): the city's is among them.
        mvc.perform(get("/api/3/action/organization_list").param("all_fields", "true"))
                .andExpect(jsonPath("$.result[*].name").value(hasItem("ubnd-tp-ha-noi")))
                .andExpect(jsonPath("$.result[0].package_count").isNumber());
        mvc.perform(get("/api/3/action/organization_show").param("id", "ubnd-tp-ha-noi"))
                .andExpect(jsonPath("$.result.is_organization").value(true));
        mvc.perform(get("/api/3/action/group_list"))
                .andExpect(jsonPath("$.result").value(hasItem("gove")));
        mvc.perform(get("/api/3/action/tag_list"))
                .andExpect(jsonPath("$.result").value(hasItem("phuong-xa")));
        mvc.perform(get("/api/3/action/status_show"))
                .andExpect(jsonPath("$.result.ckan_version").value("2.10.4"))
                .andExpect(jsonPath("$.result.locale_default").value("vi"));
    }

    @Test
    void packageSearchTakesQueryFiltersPagesSortAndFacets() throws Exception {
        mvc.perform(get("/api/3/action/package_search")
                        .param("q", "phuong xa")
                        .param("fq", "organization:ubnd-tp-ha-noi groups:regi")
                        .param("facet.field", "[\"groups\",\"tags\",\"res_format\"]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.count").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.result.results[?(@.name == 'phuong-xa-ha-noi')]")
                        .exists())
                .andExpect(jsonPath("$.result.facets.res_format.CSV").isNumber())
                .andExpect(
                        jsonPath("$.result.search_facets.groups.items[0].count").isNumber());
        mvc.perform(get("/api/3/action/package_search")
                        .param("rows", "1")
                        .param("start", "1")
                        .param("sort", "name asc"))
                .andExpect(jsonPath("$.result.results.length()").value(1))
                .andExpect(jsonPath("$.result.count").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        mvc.perform(get("/api/3/action/package_search").param("q", "khong-co-bo-du-lieu-nay-xyz"))
                .andExpect(jsonPath("$.result.count").value(0));
    }

    @Test
    void errorsAreCkansErrors() throws Exception {
        mvc.perform(get("/api/3/action/package_show").param("id", "khong-co"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.error.__type").value("Not Found Error"))
                .andExpect(jsonPath("$.error.message").value("Not found"));
        mvc.perform(get("/api/3/action/package_show"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.__type").value("Validation Error"))
                .andExpect(jsonPath("$.error.id[0]").value("Missing value"));
        mvc.perform(get("/api/3/action/package_search").param("rows", "many"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error.rows[0]").value("Invalid integer"));
        mvc.perform(get("/api/3/action/package_create"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.message").value("Bad request - Action name not known: package_create"));
        mvc.perform(post("/api/3/action/package_show")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.success").value(false));
    }

    @Test
    void theDcatCatalogueParsesInEverySyntax() throws Exception {
        for (String[] syntax :
                new String[][] {{"/catalog.ttl", "TURTLE"}, {"/catalog.jsonld", "JSONLD"}, {"/catalog.rdf", "RDFXML"}
                }) {
            String body = mvc.perform(get(syntax[0]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            Model model = ModelFactory.createDefaultModel();
            Lang lang = switch (syntax[1]) {
                case "TURTLE" -> Lang.TURTLE;
                case "JSONLD" -> Lang.JSONLD;
                default -> Lang.RDFXML;
            };
            RDFDataMgr.read(model, new StringReader(body), "http://localhost/", lang);
            assertThat(model.listResourcesWithProperty(RDF.type, DCAT.Catalog).toList())
                    .as(syntax[0])
                    .hasSize(1);
            List<org.apache.jena.rdf.model.Resource> datasets =
                    model.listResourcesWithProperty(RDF.type, DCAT.Dataset).toList();
            assertThat(datasets).as(syntax[0]).hasSizeGreaterThanOrEqualTo(3);
            for (org.apache.jena.rdf.model.Resource dataset : datasets) {
                assertThat(dataset.hasProperty(DCTerms.publisher)).isTrue();
                assertThat(dataset.hasProperty(DCTerms.license)).isTrue();
                assertThat(dataset.hasProperty(DCAT.theme)).isTrue();
                // A dataset an administrator registered may have no file yet (DCAT-AP recommends, not requires, one).
                dataset.listProperties(DCAT.distribution)
                        .forEach(d -> assertThat(d.getResource().hasProperty(DCAT.downloadURL))
                                .isTrue());
            }
            org.apache.jena.rdf.model.Resource wards = model.listResourcesWithProperty(DCTerms.identifier, "phuong-xa-ha-noi")
                    .toList()
                    .get(0);
            assertThat(wards.listProperties(DCAT.distribution).toList()).as(syntax[0]).hasSize(2);
        }
    }

    @Test
    void downloadsStreamCsvAndSmallReportCountsAreSuppressed() throws Exception {
        String wards = download("phuong-xa-ha-noi-csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(wards))
                .getRecords();
        assertThat(rows).hasSize(126);
        String reports = download("phan-anh-theo-phuong-ngay-csv");
        List<CSVRecord> counts = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(reports))
                .getRecords();
        assertThat(counts).isNotEmpty();
        for (CSVRecord row : counts) {
            if (Boolean.parseBoolean(row.get("suppressed"))) {
                assertThat(row.get("reports")).isEmpty();
                assertThat(row.get("mean_resolution_hours")).isEmpty();
            } else {
                assertThat(Long.parseLong(row.get("reports"))).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(reports).doesNotContain("@", "+84");
        mvc.perform(get("/data/download/khong-co")).andExpect(status().isNotFound());
    }

    @Test
    void thePagesListPreviewAndOfferTheDownload() throws Exception {
        mvc.perform(get("/data").param("q", "thu tuc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh mục thủ tục hành chính")));
        mvc.perform(get("/data/phuong-xa-ha-noi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/data/download/phuong-xa-ha-noi-csv")))
                .andExpect(content().string(containsString("Hoàn Kiếm")));
        mvc.perform(get("/data/khong-co")).andExpect(status().isNotFound());
    }

    @Test
    void theWardsBoundariesAreAGeoJsonResourceDrawnOnTheDatasetsPage() throws Exception {
        String geojson = download("phuong-xa-ha-noi-geojson");
        tools.jackson.databind.JsonNode collection =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(geojson);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(126);
        assertThat(collection.get("features").get(0).get("geometry").get("type").asString())
                .isIn("Polygon", "MultiPolygon");
        mvc.perform(get("/data/phuong-xa-ha-noi"))
                .andExpect(content().string(containsString("data-geojson=\"/data/download/phuong-xa-ha-noi-geojson\"")))
                .andExpect(content().string(containsString("/js/opendata-map.js")))
                // Without the script the map's section stays hidden and the features' table is the content.
                .andExpect(
                        content().string(containsString("id=\"map-section\" aria-labelledby=\"map-heading\" hidden")))
                .andExpect(content().string(containsString("<td data-label=\"geometry\">MultiPolygon</td>")))
                .andExpect(content().string(containsString("<th scope=\"col\">geometry</th>")));
    }

    @Test
    void assistantAndHotlineUseIsPublishedPerDayWithSmallCountsSuppressed() throws Exception {
        mvc.perform(get("/api/3/action/package_show").param("id", "tro-ly-ao-va-tong-dai-theo-ngay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resources[0].format").value("CSV"))
                .andExpect(jsonPath("$.result.groups[*].name").value(hasItem("tech")));
        String today = java.time.LocalDate.now(org.opencity.shared.WorkingCalendar.VIETNAM)
                .toString();
        String before = todays(volumes(), "assistant_questions", today);
        // Five questions in one conversation, from an address of their own (the assistant limits each address).
        String conversation = null;
        for (int i = 0; i < 5; i++) {
            String answer = mvc.perform(post("/api/v1/assistant/ask")
                            .with(r -> {
                                r.setRemoteAddr("10.77.0.16");
                                return r;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"question\": \"làm lại căn cước mất bao lâu\""
                                    + (conversation == null ? "" : ", \"conversationId\": \"" + conversation + "\"")
                                    + "}"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            conversation = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(answer)
                    .get("conversationId")
                    .asString();
        }
        List<CSVRecord> rows = volumes();
        String after = todays(rows, "assistant_questions", today);
        assertThat(Long.parseLong(after)).isGreaterThanOrEqualTo(5);
        if (!before.isEmpty()) {
            assertThat(Long.parseLong(after)).isEqualTo(Long.parseLong(before) + 5);
        }
        assertThat(rows).hasSize(91);
        for (CSVRecord row : rows) {
            boolean suppressed = false;
            for (String column : List.of(
                    "assistant_conversations",
                    "assistant_questions",
                    "assistant_handovers",
                    "hotline_calls",
                    "hotline_answered_by_ai",
                    "hotline_handovers")) {
                String count = row.get(column);
                if (count.isEmpty()) {
                    suppressed = true;
                } else {
                    assertThat(Long.parseLong(count))
                            .as(column)
                            .satisfiesAnyOf(
                                    n -> assertThat(n).isZero(),
                                    n -> assertThat(n).isGreaterThanOrEqualTo(5));
                }
            }
            assertThat(Boolean.parseBoolean(row.get("suppressed"))).isEqualTo(suppressed);
        }
    }

    private List<CSVRecord> volumes() throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(download("tro-ly-ao-va-tong-dai-theo-ngay-csv")))
                .getRecords();
    }

    private static String todays(List<CSVRecord> rows, String column, String today) {
        return rows.stream()
                .filter(r -> r.get("day").equals(today))
                .findFirst()
                .orElseThrow()
                .get(column);
    }

    private String download(String id) throws Exception {
        MvcResult result = mvc.perform(get("/data/download/" + id))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(asyncDispatch(result)).andExpect(status().isOk());
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
