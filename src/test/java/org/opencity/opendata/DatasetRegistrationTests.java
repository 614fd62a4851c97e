package org.opencity.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.NotAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datasets registered by an administrator, as every client of the catalogue sees them: described and given files
 * through the API, then found through CKAN (package_show, package_search, resource_show, organization_show), DCAT,
 * the pages and the downloads, changed, trimmed and withdrawn; bad files refused in the caller's language with
 * nothing kept; others refused and the refusal audited; the administrators' pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatasetRegistrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String STATIONS_CSV = """
            ma_tram,ten_tram,pm25,thoi_diem
            HK01,"Trạm Hoàn Kiếm, Hàng Đậu",41.5,2025-11-01T07:00:00+07:00
            CG02,Trạm Cầu Giấy,35.2,2025-11-01T07:00:00+07:00
            """;

    private static final String STATIONS_GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"ma_tram": "HK01", "name": "Trạm Hoàn Kiếm"},
               "geometry": {"type": "Point", "coordinates": [105.8524, 21.0287]}},
              {"type": "Feature", "properties": {"ma_tram": "CG02", "name": "Trạm Cầu Giấy"},
               "geometry": {"type": "Point", "coordinates": [105.7938, 21.0362]}}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatasetRegistry registry;

    @Test
    void aRegisteredDatasetIsInCkanDcatThePagesAndTheDownloads() throws Exception {
        String name = register("Chất lượng không khí theo trạm " + suffix(), "so-xaydung");
        assertThat(name).startsWith("chat-luong-khong-khi-theo-tram-");
        String csv = upload(name, "Trạm đo PM2.5.csv", STATIONS_CSV)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.mediaType").value("text/csv"))
                .andExpect(jsonPath("$.sizeBytes").value(STATIONS_CSV.getBytes(StandardCharsets.UTF_8).length))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String csvId = JSON.readTree(csv).get("id").asString();
        // A .json file holding a FeatureCollection is published as GeoJSON, for its page's map.
        String geojsonId = JSON.readTree(upload(name, "tram.json", STATIONS_GEOJSON)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.format").value("GeoJSON"))
                        .andExpect(jsonPath("$.mediaType").value("application/geo+json"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
        String linkId = JSON.readTree(mvc.perform(post("/api/v1/opendata/datasets/" + name + "/resources")
                                .with(people.bearer(DemoPeople.ADMIN))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"url\": \"https://moitruong.hanoi.gov.vn/du-lieu/2024.csv\","
                                        + " \"description\": \"Số liệu năm 2024\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.name").value("2024.csv"))
                        .andExpect(jsonPath("$.format").value("CSV"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();

        // CKAN: the package, its resources, the search, the organization.
        mvc.perform(get("/api/3/action/package_show").param("id", name))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.name").value(name))
                .andExpect(jsonPath("$.result.title").value(startsWith("Chất lượng không khí theo trạm")))
                .andExpect(jsonPath("$.result.title_en").value(startsWith("Air quality")))
                .andExpect(jsonPath("$.result.organization.name").value("so-xaydung"))
                .andExpect(jsonPath("$.result.organization.title").value("Sở Xây dựng"))
                .andExpect(jsonPath("$.result.license_id").value("CC-BY-SA-4.0"))
                .andExpect(jsonPath("$.result.license_url").value("https://creativecommons.org/licenses/by-sa/4.0/"))
                .andExpect(jsonPath("$.result.groups[0].name").value("envi"))
                .andExpect(jsonPath("$.result.tags[*].name").value(hasItem("khong-khi")))
                .andExpect(jsonPath("$.result.tags[*].name").value(hasItem("pm2-5")))
                .andExpect(jsonPath("$.result.extras[?(@.key == 'temporal_start')].value")
                        .value(hasItem("2025-01-01")))
                .andExpect(jsonPath("$.result.extras[?(@.key == 'frequency')].value")
                        .value(hasItem("DAILY")))
                .andExpect(jsonPath("$.result.num_resources").value(3))
                .andExpect(jsonPath("$.result.resources[0].id").value(csvId))
                .andExpect(jsonPath("$.result.resources[0].format").value("CSV"))
                .andExpect(jsonPath("$.result.resources[0].url_type").value("upload"))
                .andExpect(jsonPath("$.result.resources[0].url").value(containsString("/data/download/" + csvId)))
                .andExpect(jsonPath("$.result.resources[1].format").value("GeoJSON"))
                .andExpect(
                        jsonPath("$.result.resources[2].url").value("https://moitruong.hanoi.gov.vn/du-lieu/2024.csv"))
                .andExpect(jsonPath("$.result.resources[2].url_type").doesNotExist());
        mvc.perform(get("/api/3/action/package_search")
                        .param("q", "chat luong khong khi")
                        .param("fq", "organization:so-xaydung res_format:GeoJSON")
                        .param("facet.field", "[\"organization\",\"res_format\"]"))
                .andExpect(jsonPath("$.result.results[*].name").value(hasItem(name)))
                .andExpect(jsonPath("$.result.facets.res_format.GeoJSON").isNumber())
                .andExpect(
                        jsonPath("$.result.facets.organization['so-xaydung']").isNumber());
        mvc.perform(get("/api/3/action/resource_show").param("id", geojsonId))
                .andExpect(jsonPath("$.result.package_id").value(name))
                .andExpect(jsonPath("$.result.mimetype").value("application/geo+json"))
                .andExpect(jsonPath("$.result.position").value(1));
        mvc.perform(get("/api/3/action/organization_show")
                        .param("id", "so-xaydung")
                        .param("include_datasets", "true"))
                .andExpect(jsonPath("$.result.is_organization").value(true))
                .andExpect(jsonPath("$.result.packages[*].name").value(hasItem(name)));
        mvc.perform(get("/api/3/action/organization_list"))
                .andExpect(jsonPath("$.result").value(hasItem("so-xaydung")));

        // Downloads: the bytes as they were sent, named for the browser in Vietnamese and in ASCII.
        MvcResult file = download(csvId);
        assertThat(file.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"tram-do-pm2-5.csv\"; filename*=UTF-8''Tr%E1%BA%A1m%20%C4%91o%20PM2.5.csv");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(STATIONS_CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(download(geojsonId).getResponse().getContentType()).isEqualTo("application/geo+json;charset=UTF-8");
        mvc.perform(get("/data/download/" + linkId))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://moitruong.hanoi.gov.vn/du-lieu/2024.csv"));

        // DCAT: the dataset with its publisher, licence and distributions (a file's size, a link's own address).
        String turtle =
                mvc.perform(get("/catalog.ttl")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(turtle), "http://localhost/", Lang.TURTLE);
        Resource dataset = model.listResourcesWithProperty(DCTerms.identifier, name)
                .toList()
                .get(0);
        assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        List<Resource> distributions = dataset.listProperties(DCAT.distribution)
                .mapWith(s -> s.getResource())
                .toList();
        assertThat(distributions).hasSize(3);
        assertThat(distributions.stream()
                        .filter(d -> d.hasProperty(DCAT.byteSize))
                        .count())
                .isEqualTo(2);
        assertThat(distributions.stream()
                        .map(d -> d.getPropertyResourceValue(DCAT.downloadURL).getURI()))
                .contains("https://moitruong.hanoi.gov.vn/du-lieu/2024.csv");

        // The page: the map of the GeoJSON file for a script, its features as a table without one.
        mvc.perform(get("/data/" + name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-geojson=\"/data/download/" + geojsonId + "\"")))
                .andExpect(content().string(containsString("<th scope=\"col\">ma_tram</th>")))
                .andExpect(content().string(containsString("Trạm Cầu Giấy")))
                .andExpect(content().string(containsString("<td data-label=\"geometry\">Point</td>")));
        mvc.perform(get("/data/" + name).param("preview", csvId))
                .andExpect(content().string(containsString("Trạm Hoàn Kiếm, Hàng Đậu")));

        assertThat(auditActions(name))
                .containsExactly(
                        "OPENDATA_DATASET_REGISTERED",
                        "OPENDATA_RESOURCE_ADDED",
                        "OPENDATA_RESOURCE_ADDED",
                        "OPENDATA_RESOURCE_ADDED");
    }

    @Test
    void aDatasetIsChangedTrimmedAndWithdrawnAndTheCatalogueFollowsAtOnce() throws Exception {
        String name = register("Điểm thu gom rác thải " + suffix(), "ubnd-tp-ha-noi");
        String csvId = JSON.readTree(upload(name, "diem.csv", "ma,ten\n1,Điểm A\n")
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asString();
        // Read once, so the catalogue keeps it: the change must show anyway, within the minute it is kept.
        mvc.perform(get("/api/3/action/package_show").param("id", name)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/opendata/datasets/" + name)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("Điểm thu gom rác thải sinh hoạt", "ubnd-tp-ha-noi", "khac-ten")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataset.name").value(name))
                .andExpect(jsonPath("$.dataset.titleVi").value("Điểm thu gom rác thải sinh hoạt"));
        mvc.perform(get("/api/3/action/package_show").param("id", name))
                .andExpect(jsonPath("$.result.title").value("Điểm thu gom rác thải sinh hoạt"));

        mvc.perform(delete("/api/v1/opendata/datasets/" + name + "/resources/" + csvId)
                        .with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/3/action/resource_show").param("id", csvId)).andExpect(status().isNotFound());
        mvc.perform(get("/data/download/" + csvId)).andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/opendata/datasets/" + name).with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/3/action/package_show").param("id", name)).andExpect(status().isNotFound());
        mvc.perform(get("/data/" + name)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opendata/datasets/" + name).with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(jsonPath("$.withdrawnAt").isNotEmpty());
        mvc.perform(put("/api/v1/opendata/datasets/" + name)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("Một tên khác", "ubnd-tp-ha-noi", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was withdrawn from the catalogue")));
        // A withdrawn name is never given again: the same title makes another name.
        String again = register("Điểm thu gom rác thải " + name.substring(name.lastIndexOf('-') + 1), "ubnd-tp-ha-noi");
        assertThat(again).isEqualTo(name + "-2");
        assertThat(auditActions(name))
                .containsExactly(
                        "OPENDATA_DATASET_REGISTERED",
                        "OPENDATA_RESOURCE_ADDED",
                        "OPENDATA_DATASET_UPDATED",
                        "OPENDATA_RESOURCE_REMOVED",
                        "OPENDATA_DATASET_WITHDRAWN");
    }

    /** Each bad file: its name, its bytes, the status, and words of the Vietnamese and the English refusal. */
    private record BadFile(String fileName, byte[] content, int status, String vietnamese, String english) {}

    @Test
    void badFilesAreRefusedInTheCallersLanguageAndNothingIsKept() throws Exception {
        String name = register("Bộ dữ liệu thử tệp hỏng " + suffix(), "ubnd-tp-ha-noi");
        long limit = registry.maxUploadMegabytes();
        byte[] tooLarge = new byte[(int) (limit * 1024 * 1024 + 1)];
        Arrays.fill(tooLarge, (byte) 'a');
        List<BadFile> files = List.of(
                new BadFile(
                        "bao-cao.csv",
                        "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                        415,
                        "tệp này là application/pdf",
                        "this file is application/pdf"),
                new BadFile(
                        "bang.xlsx",
                        "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
                        415,
                        "tệp này là .xlsx",
                        "this file is .xlsx"),
                new BadFile("lon.csv", tooLarge, 413, "lớn hơn " + limit + " MB", "larger than " + limit + " MB"),
                new BadFile(
                        "nul.csv", "a,b\n1,\u00002\n".getBytes(StandardCharsets.UTF_8), 400, "byte NUL", "NUL byte"),
                new BadFile(
                        "ngoac.csv",
                        "a,b\n1,\"chưa đóng\n2,3\n".getBytes(StandardCharsets.UTF_8),
                        400,
                        "Tệp CSV không đúng định dạng",
                        "The CSV file is malformed"),
                new BadFile(
                        "cot.csv",
                        "a,b\n1,2\n3,4,5\n".getBytes(StandardCharsets.UTF_8),
                        400,
                        "Dòng 3 của tệp CSV có 3 trường, dòng tiêu đề có 2",
                        "Line 3 of the CSV file has 3 fields, the header has 2"),
                new BadFile(
                        "latin1.csv",
                        "ma,ten\n1,Hoàn Kiếm\n".getBytes(StandardCharsets.ISO_8859_1),
                        400,
                        "không phải văn bản mã UTF-8",
                        "is not UTF-8 text"),
                new BadFile(
                        "hong.json",
                        "{\"a\": [1, 2}".getBytes(StandardCharsets.UTF_8),
                        400,
                        "Tệp JSON không đúng cú pháp ở dòng 1",
                        "The JSON file is malformed at line 1"),
                new BadFile(
                        "mot.geojson",
                        "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {}}"
                                .getBytes(StandardCharsets.UTF_8),
                        400,
                        "phải là một FeatureCollection",
                        "must be a FeatureCollection"),
                new BadFile(
                        "sai.geojson",
                        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\":"
                                .concat(" {\"type\": \"Point\", \"coordinates\": \"here\"}}]}")
                                .getBytes(StandardCharsets.UTF_8),
                        400,
                        "Đối tượng thứ 1",
                        "Item 1 of features"),
                new BadFile("rong.csv", new byte[0], 400, "không rỗng", "not empty"));
        long resources = resources(name);
        List<String> audited = auditActions(name);
        for (BadFile file : files) {
            for (String language : List.of("vi", "en")) {
                mvc.perform(multipart("/api/v1/opendata/datasets/" + name + "/resources")
                                .file(new MockMultipartFile("file", file.fileName(), "text/csv", file.content()))
                                .with(people.bearer(DemoPeople.ADMIN))
                                .header("Accept-Language", language))
                        .andExpect(status().is(file.status()))
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andExpect(jsonPath("$.detail")
                                .value(containsString(language.equals("vi") ? file.vietnamese() : file.english())));
            }
        }
        assertThat(resources(name)).isEqualTo(resources);
        assertThat(auditActions(name)).isEqualTo(audited);
        mvc.perform(post("/api/v1/opendata/datasets/" + name + "/resources")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"javascript:alert(1)//x.csv\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("http:// hoặc https://")));
        assertThat(resources(name)).isEqualTo(resources);
    }

    @Test
    void aDescriptionWithoutATitleIsRefusedInTheCallersLanguageAndNothingIsWritten() throws Exception {
        long datasets =
                jdbc.sql("select count(*) from od_dataset").query(Long.class).single();
        String untitled = draftJson("", "ubnd-tp-ha-noi", null);
        mvc.perform(post("/api/v1/opendata/datasets")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(untitled))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Hãy nhập tiêu đề tiếng Việt của bộ dữ liệu."));
        mvc.perform(post("/api/v1/opendata/datasets")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(untitled))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Enter the dataset's Vietnamese title."));
        mvc.perform(post("/api/v1/opendata/datasets")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("Tiêu đề", "khong-co-don-vi-nay", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Choose the publisher from the list."));
        mvc.perform(post("/api/v1/opendata/datasets")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("Danh sách phường xã", "ubnd-tp-ha-noi", "phuong-xa-ha-noi")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("“phuong-xa-ha-noi”")));
        assertThat(jdbc.sql("select count(*) from od_dataset").query(Long.class).single())
                .isEqualTo(datasets);
    }

    @Test
    void othersAreRefusedAndTheRefusalIsAudited() throws Exception {
        mvc.perform(post("/api/v1/opendata/datasets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("Không được phép", "ubnd-tp-ha-noi", null)))
                .andExpect(status().isUnauthorized());
        for (String login : List.of(DemoPeople.RESIDENT, DemoPeople.OPERATOR)) {
            mvc.perform(post("/api/v1/opendata/datasets")
                            .with(people.bearer(login))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(draftJson("Không được phép", "ubnd-tp-ha-noi", null)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            assertThat(jdbc.sql("""
                            select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_id = :who
                            and details ->> 'request' = 'POST /api/v1/opendata/datasets'""")
                            .param("who", people.id(login).value())
                            .query(Long.class)
                            .single())
                    .as(login)
                    .isPositive();
        }
        mvc.perform(get("/admin/data").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from od_dataset where title_vi = 'Không được phép'")
                        .query(Long.class)
                        .single())
                .isZero();
        // The service checks the role again, for a call from elsewhere in the platform.
        assertThatThrownBy(() -> registry.list(people.actor(DemoPeople.OPERATOR)))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void theAdministratorsPagesRegisterUploadAskBeforeRemovingAndWithdraw() throws Exception {
        var admin = people.session(DemoPeople.ADMIN);
        mvc.perform(get("/admin/data").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/data/new").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Xây dựng")));
        mvc.perform(post("/admin/data")
                        .with(admin)
                        .with(csrf())
                        .param("titleVi", "")
                        .param("descriptionVi", "")
                        .param("publisher", "ubnd-tp-ha-noi")
                        .param("licenseId", "CC-BY-4.0")
                        .param("_themes", "on")
                        .param("frequency", "MONTHLY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("<a href=\"#titleVi\">Hãy nhập tiêu đề tiếng Việt")))
                .andExpect(content().string(containsString("<a href=\"#themes\">Hãy chọn ít nhất một chủ đề")));
        String title = "Lịch thu gom rác " + suffix();
        MvcResult registered = mvc.perform(post("/admin/data")
                        .with(admin)
                        .with(csrf())
                        .param("titleVi", title)
                        .param("descriptionVi", "Giờ thu gom rác ở từng tổ dân phố.")
                        .param("publisher", "ubnd-tp-ha-noi")
                        .param("licenseId", "CC0-1.0")
                        .param("themes", "ENVI", "REGI")
                        .param("keywords", "rác thải, vệ sinh")
                        .param("frequency", "MONTHLY")
                        .param("temporalStart", "2025-07-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = registered.getResponse().getRedirectedUrl();
        String name = page.substring("/admin/data/".length());
        mvc.perform(get(page).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("button--destructive")));

        mvc.perform(multipart(page + "/files")
                        .file(new MockMultipartFile("file", "lich.csv", "text/csv", "to,gio\n".getBytes()))
                        .param("description", "Lịch theo tổ")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        mvc.perform(multipart(page + "/files")
                        .file(new MockMultipartFile("file", "lich.csv", "text/csv", "to,gio\n\"1,2\n".getBytes()))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<a href=\"#file\">Tệp CSV không đúng định dạng")));
        String resource = registry.get(people.actor(DemoPeople.ADMIN), name)
                .dataset()
                .resources()
                .get(0)
                .id();
        mvc.perform(get(page + "/resources/" + resource + "/remove").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"button--destructive\"")))
                .andExpect(content().string(containsString("Gỡ tệp “lich.csv”?")));
        mvc.perform(post(page + "/resources/" + resource + "/remove")
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(resources(name)).isZero();
        mvc.perform(get(page + "/withdraw").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể hoàn tác")));
        mvc.perform(post(page + "/withdraw").with(admin).with(csrf())).andExpect(redirectedUrl("/admin/data"));
        mvc.perform(get("/data/" + name)).andExpect(status().isNotFound());
    }

    /** Registers a dataset through the API; its URL name. */
    private String register(String title, String publisher) throws Exception {
        String body = mvc.perform(post("/api/v1/opendata/datasets")
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson(title, publisher, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/opendata/datasets/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode created = JSON.readTree(body);
        assertThat(created.path("withdrawnAt").isNull()).isTrue();
        return created.get("dataset").get("name").asString();
    }

    private static String draftJson(String title, String publisher, String name) {
        return JSON.writeValueAsString(Map.ofEntries(
                Map.entry("name", name == null ? "" : name),
                Map.entry("titleVi", title),
                Map.entry("titleEn", "Air quality by station"),
                Map.entry("descriptionVi", "Nồng độ bụi mịn PM2.5 đo mỗi giờ ở các trạm quan trắc."),
                Map.entry("publisher", publisher),
                Map.entry("licenseId", "CC-BY-SA-4.0"),
                Map.entry("themes", List.of("ENVI")),
                Map.entry("keywords", List.of("Không khí", "PM2.5", "không khí")),
                Map.entry("frequency", "DAILY"),
                Map.entry("temporalStart", "2025-01-01"),
                Map.entry("temporalEnd", "2025-12-31")));
    }

    private org.springframework.test.web.servlet.ResultActions upload(String name, String fileName, String text)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/opendata/datasets/" + name + "/resources")
                .file(new MockMultipartFile(
                        "file", fileName, "application/octet-stream", text.getBytes(StandardCharsets.UTF_8)));
        return mvc.perform(request.with(people.bearer(DemoPeople.ADMIN)));
    }

    private MvcResult download(String id) throws Exception {
        MvcResult result = mvc.perform(get("/data/download/" + id))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(asyncDispatch(result)).andExpect(status().isOk());
        return result;
    }

    private long resources(String name) {
        return jdbc.sql("select count(*) from od_resource r join od_dataset d on d.id = r.dataset_id where d.name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private List<String> auditActions(String name) {
        return jdbc.sql("""
                select action from audit_entry where target_type = 'dataset' and target_id = :name order by id""").param("name", name).query(String.class).list();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "x");
    }
}
