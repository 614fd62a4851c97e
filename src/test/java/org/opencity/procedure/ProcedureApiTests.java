package org.opencity.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's JSON API: public search and reading, administrators' versioned edits with history and audit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProcedureApiTests {

    // Declaration of temporary absence: no other test reads its names.
    static final String EDITED = "1.003677";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void searchesWithPaging() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "khai sinh").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("1.001193"))
                .andExpect(jsonPath("$.items[0].name").value("Thủ tục đăng ký khai sinh"))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items.length()").value(5));
        mvc.perform(get("/api/v1/procedures").param("q", "khai sinh").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].name").value("Birth registration"));
        mvc.perform(get("/api/v1/procedures").param("event", "GETTING_MARRIED"))
                .andExpect(jsonPath("$.items[0].code").value("1.000894"));
        mvc.perform(get("/api/v1/procedures").param("size", "500")).andExpect(status().isBadRequest());
    }

    @Test
    void readsOneProcedureAndTheLists() throws Exception {
        mvc.perform(get("/api/v1/procedures/{code}", "1.004222"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processingDays").value(7))
                .andExpect(jsonPath("$.feeVnd").value(20000))
                .andExpect(jsonPath("$.onlineLevel").value("PARTLY_ONLINE"))
                .andExpect(jsonPath("$.minimumIdentityLevel").value(2))
                .andExpect(jsonPath("$.documents[0].copies").isNumber());
        mvc.perform(get("/api/v1/procedures/fields")).andExpect(jsonPath("$[*].code", hasItem("civil-status")));
        mvc.perform(get("/api/v1/procedures/life-events")).andExpect(jsonPath("$[*].code", hasItem("MOVING_HOUSE")));
    }

    @Test
    void filtersByLevelAndSaysWhereToGo() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("level", "MINISTRY").param("q", "ho chieu"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].level", everyItem(is("MINISTRY"))))
                .andExpect(jsonPath("$.items[*].code", hasItem(WholeCatalogueTests.PASSPORT_CENTRAL)));
        mvc.perform(get("/api/v1/procedures").param("level", "NATIONAL")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/procedures/{code}", WholeCatalogueTests.PASSPORT_CENTRAL)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("MINISTRY"))
                .andExpect(jsonPath("$.field.code").value("immigration"))
                .andExpect(jsonPath("$.managingBody").value("Bộ Công an"))
                .andExpect(jsonPath("$.onlineLevel").value("INFORMATION_ONLY"))
                .andExpect(jsonPath("$.formFields").isEmpty())
                .andExpect(jsonPath("$.whereToGo.agency").value("Cục quản lý xuất nhập cảnh"))
                .andExpect(jsonPath("$.whereToGo.address").doesNotExist())
                .andExpect(jsonPath("$.whereToGo.onlineElsewhere").value(true))
                .andExpect(jsonPath("$.receivingAddress").doesNotExist());
        mvc.perform(get("/api/v1/procedures").param("q", "ho chieu").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].nameLanguage").value("vi"))
                .andExpect(jsonPath("$.items[0].managingBody").value("Bộ Công an"));
    }

    @Test
    void theDescriptionNamesTheLevelsAndTheNewFacts() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/procedures'].get.parameters[?(@.name == 'level')].schema.enum[*]",
                        containsInAnyOrder("WARD", "PROVINCE", "MINISTRY")))
                .andExpect(jsonPath(
                        "$.components.schemas.Procedure.properties.level.enum[*]",
                        containsInAnyOrder("WARD", "PROVINCE", "MINISTRY")))
                .andExpect(jsonPath("$.components.schemas.Procedure.properties.managingBody")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Procedure.properties.whereToGo")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Procedure.properties.receivingAddress")
                        .doesNotExist())
                .andExpect(jsonPath("$.components.schemas.WhereToGo.properties.agency")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ProcedureSummary.properties.nameLanguage")
                        .exists());
    }

    @Test
    void aDossierForAProcedureNotTakenOnlineIsRefused() throws Exception {
        mvc.perform(post("/api/v1/dossiers")
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": \"" + WholeCatalogueTests.PASSPORT_CENTRAL + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:dossier-not-online"));
    }

    @Test
    void anUnknownCodeIsANotFoundProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/procedures/{code}", "9.999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:procedure-not-found"))
                .andExpect(jsonPath("$.detail").value("Không có thủ tục mã 9.999999."));
        mvc.perform(get("/api/v1/procedures/{code}", "9.999999").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no procedure with code 9.999999."));
    }

    @Test
    void anAdministratorsEditIsAVersionWithARevisionAndAnAuditEntry() throws Exception {
        Procedure before = catalogue.get(EDITED);
        Map<String, Object> change = change(before, "Declaring a temporary absence", before.version());
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Declaring a temporary absence"))
                .andExpect(jsonPath("$.version").value(before.version() + 1));
        mvc.perform(get("/api/v1/procedures/{code}/revisions", EDITED).with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(before.version() + 1))
                .andExpect(jsonPath("$[0].changedFields[0]").value("nameEn"))
                .andExpect(jsonPath("$[0].previous.nameEn").value(before.nameEn()));
        assertThat(events.stream(ProcedureCatalogueChanged.class))
                .as("announced, so that a search index follows")
                .singleElement()
                .satisfies(changed -> {
                    assertThat(changed.procedureCode()).isEqualTo(EDITED);
                    assertThat(changed.version()).isEqualTo(before.version() + 1);
                });
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROCEDURE_CHANGED' and target_id = :code")
                        .param("code", EDITED)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        // The same stale version again: someone saved meanwhile.
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:opencity:problem:procedure-changed-meanwhile"));
    }

    @Test
    void onlyAdministratorsEdit() throws Exception {
        Procedure procedure = catalogue.get(EDITED);
        String body = json.writeValueAsString(change(procedure, "Not allowed", procedure.version()));
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.RESIDENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.OPERATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/procedures/{code}/revisions", EDITED).with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        assertThat(catalogue.get(EDITED).nameEn()).isNotEqualTo("Not allowed");
    }

    @Test
    void anInvalidEditIsABadRequest() throws Exception {
        Procedure procedure = catalogue.get(EDITED);
        Map<String, Object> change = change(procedure, "x", procedure.version());
        change.put("fieldCode", "no-such-field");
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isBadRequest());
        change.put("fieldCode", procedure.field().code());
        change.put("processingDays", -1);
        mvc.perform(put("/api/v1/procedures/{code}", EDITED)
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isBadRequest());
    }

    static Map<String, Object> change(Procedure p, String nameEn, int version) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("nameVi", p.nameVi());
        change.put("nameEn", nameEn);
        change.put("fieldCode", p.field().code());
        change.put("level", p.level());
        change.put("implementingUnit", p.implementingUnit());
        change.put("unitKind", p.unitKind());
        change.put("processingDays", p.processingDays());
        change.put("processingTimeText", p.processingTimeText());
        change.put("feeText", p.feeText());
        change.put("feeVnd", p.feeVnd());
        change.put("onlineFeeVnd", p.onlineFeeVnd());
        change.put("documents", p.documents());
        change.put("formFields", p.formFields());
        change.put("onlineLevel", p.onlineLevel());
        change.put("legalBasis", p.legalBasis());
        change.put("result", p.result());
        change.put("minimumIdentityLevel", p.minimumIdentityLevel());
        change.put("lifeEvents", p.lifeEvents().stream().map(LifeEvent::code).toList());
        change.put("version", version);
        return change;
    }
}
