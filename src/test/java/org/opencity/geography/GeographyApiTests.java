package org.opencity.geography;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GeographyApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsThe34Provinces() throws Exception {
        mvc.perform(get("/api/v1/provinces"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(34)))
                .andExpect(jsonPath("$[0].code", is("01")))
                .andExpect(jsonPath("$[0].wardCount", is(126)));
    }

    @Test
    void pagesThroughAProvincesWards() throws Exception {
        mvc.perform(get("/api/v1/provinces/01/wards").param("page", "6").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(126)))
                .andExpect(jsonPath("$.totalPages", is(7)))
                .andExpect(jsonPath("$.items.length()", is(6)))
                .andExpect(jsonPath("$.items[*].provinceCode", everyItem(is("01"))));
    }

    @Test
    void findsAWardWithOrWithoutDiacritics() throws Exception {
        for (String query : new String[] {"Hoàn Kiếm", "hoan kiem", "HOAN KIEM", "P. Hoàn Kiếm"}) {
            mvc.perform(get("/api/v1/wards").param("q", query))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].ward.code", is("00070")))
                    .andExpect(jsonPath("$[0].ward.name", is("Phường Hoàn Kiếm")));
        }
    }

    @Test
    void understandsFormerDistrictNames() throws Exception {
        mvc.perform(get("/api/v1/wards").param("q", "quận Cầu Giấy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ward.code", hasItem("00166")))
                .andExpect(jsonPath("$[0].matchedAlias.kind", is("FORMER_DISTRICT")));
        mvc.perform(get("/api/v1/wards").param("q", "quan cau giay"))
                .andExpect(jsonPath("$[*].ward.code", hasItem("00166")));
    }

    @Test
    void understandsFormerWardNames() throws Exception {
        mvc.perform(get("/api/v1/wards").param("q", "Dịch Vọng Hậu"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].matchedAlias.kind", is("FORMER_WARD")))
                .andExpect(jsonPath("$[0].matchedAlias.context", is("Quận Cầu Giấy")));
    }

    @Test
    void restrictsSearchToAProvince() throws Exception {
        mvc.perform(get("/api/v1/wards")
                        .param("q", "phuong")
                        .param("province", "01")
                        .param("limit", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(50)))
                .andExpect(jsonPath("$[*].ward.provinceCode", everyItem(is("01"))));
    }

    @Test
    void findsTheWardContainingAPoint() throws Exception {
        // Hoàn Kiếm Lake
        mvc.perform(get("/api/v1/wards/locate").param("lat", "21.0287").param("lon", "105.8524"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code", is("00070")));
        // Cầu Giấy ward office, Số 96 Trần Thái Tông
        mvc.perform(get("/api/v1/wards/locate").param("lat", "21.0306").param("lon", "105.7880"))
                .andExpect(jsonPath("$.code", is("00166")));
    }

    @Test
    void aPointOutsideHanoiIsNotFound() throws Exception {
        // Ho Chi Minh City
        mvc.perform(get("/api/v1/wards/locate").param("lat", "10.7769").param("lon", "106.7009"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", is("urn:opencity:problem:ward-none-at-point")));
    }

    @Test
    void badCoordinatesAreA400() throws Exception {
        mvc.perform(get("/api/v1/wards/locate").param("lat", "91").param("lon", "105"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/wards/locate").param("lat", "north").param("lon", "105"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("Tham số lat")));
        mvc.perform(get("/api/v1/wards/locate").param("lat", "21")).andExpect(status().isBadRequest());
    }

    @Test
    void unknownCodesAreA404InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/provinces/99").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title", is("Not found")))
                .andExpect(jsonPath("$.detail", is("There is no province with code 99.")));
        mvc.perform(get("/api/v1/wards/99999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("Không có phường, xã mã 99999.")));
    }

    @Test
    void servesWardDetailsAndBoundary() throws Exception {
        mvc.perform(get("/api/v1/wards/00166"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ward.name", is("Phường Cầu Giấy")))
                .andExpect(jsonPath("$.formerNames[*].alias", hasItem("Quận Cầu Giấy")));
        mvc.perform(get("/api/v1/wards/00166/boundary"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type", is("MultiPolygon")));
    }

    @Test
    void anEmptySearchIsA400() throws Exception {
        mvc.perform(get("/api/v1/wards").param("q", " - ")).andExpect(status().isBadRequest());
    }
}
