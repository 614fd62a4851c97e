package org.opencity.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencity.identity.security.ActorJwtConverter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Authorisation is by role and by unit: who may verify a resident of Hoàn Kiếm, list a unit's officers,
 * grant roles and read the audit log. Bearer tokens carry only the account id; roles come from the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    static final Map<String, String> DEMO = Map.of(
            "hoankiem-officer", "officer.hoankiem@demo.opencity.vn",
            "hoankiem-clerk", "clerk.hoankiem@demo.opencity.vn",
            "caugiay-officer", "officer.caugiay@demo.opencity.vn",
            "department-officer", "dept.xaydung@demo.opencity.vn",
            "operator", "operator@demo.opencity.vn",
            "admin", "admin@demo.opencity.vn",
            "resident", "resident@demo.opencity.vn");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Actors actors;

    @Autowired
    ActorJwtConverter tokens;

    private RequestPostProcessor as(String who) {
        AccountId id = actors.byLogin(DEMO.get(who)).orElseThrow();
        return jwt().jwt(token -> token.subject(id.toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
    }

    private MockHttpServletRequestBuilder verify(Account resident) {
        return post("/api/v1/accounts/{id}/identity-verification", resident.id().value())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"citizenId\": \"" + TestResidents.uniqueCitizenId() + "\"}");
    }

    @ParameterizedTest(name = "{0} verifying a Hoàn Kiếm resident gets {1}")
    @CsvSource({
        "hoankiem-officer, 200",
        "hoankiem-clerk, 200",
        "operator, 200",
        "admin, 200",
        "caugiay-officer, 403",
        "department-officer, 403",
        "resident, 403",
        "anonymous, 401"
    })
    void identityVerificationIsForOfficersOfTheResidentsOwnWard(String who, int expected) throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        MockHttpServletRequestBuilder request = verify(resident);
        if (!"anonymous".equals(who)) {
            request.with(as(who));
        }
        mvc.perform(request).andExpect(status().is(expected));
        int level = accounts.account(resident.id()).identityLevel();
        org.assertj.core.api.Assertions.assertThat(level).isEqualTo(expected == 200 ? 2 : 1);
    }

    @ParameterizedTest(name = "{0} looking up a Hoàn Kiếm resident's personal data gets {1}")
    @CsvSource({
        "hoankiem-officer, 200",
        "hoankiem-clerk, 200",
        "operator, 200",
        "admin, 200",
        "caugiay-officer, 403",
        "department-officer, 403",
        "resident, 403",
        "anonymous, 401"
    })
    void personalDataIsReadOnlyByOfficersOfTheResidentsOwnWard(String who, int expected) throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        MockHttpServletRequestBuilder request = get("/api/v1/accounts/lookup").param("login", resident.email());
        if (!"anonymous".equals(who)) {
            request.with(as(who));
        }
        var answer = mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse();
        org.assertj.core.api.Assertions.assertThat(answer.getContentAsString())
                .contains(expected == 200 ? resident.email() : "\"status\":" + expected);
        if (expected != 200) {
            org.assertj.core.api.Assertions.assertThat(answer.getContentAsString())
                    .doesNotContain(resident.email())
                    .doesNotContain(resident.displayName());
        }
    }

    @Test
    void aRefusedLookUpIsAuditedWithWhoTriedWhichRecord() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        mvc.perform(get("/api/v1/accounts/lookup")
                        .param("login", resident.email())
                        .with(as("caugiay-officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")
                        .param("targetId", resident.id().toString())
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(1)))
                .andExpect(jsonPath("$.items[0].action", is("ACCESS_REFUSED")))
                .andExpect(jsonPath("$.items[0].targetType", is("account")))
                .andExpect(jsonPath(
                        "$.items[0].actorId",
                        is(actors.byLogin(DEMO.get("caugiay-officer"))
                                .orElseThrow()
                                .toString())))
                .andExpect(jsonPath("$.items[0].details.reason", is("not-allowed")))
                .andExpect(jsonPath("$.items[0].details.request", is("GET /api/v1/accounts/lookup")));
    }

    @Test
    void theAuditLogIsSearchedByTheActionsModulesDeclare() throws Exception {
        mvc.perform(get("/api/v1/audit/actions").header("Accept-Language", "en").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].module",
                        org.hamcrest.Matchers.hasItems("identity", "report", "dossier", "procedure", "notification")))
                .andExpect(jsonPath("$[?(@.module == 'identity')].actions[*].name", hasItem("ACCESS_REFUSED")))
                .andExpect(jsonPath("$[?(@.module == 'dossier')].actions[*].label", hasItem("Supplement requested")));
        mvc.perform(get("/api/v1/audit").param("action", "DROP_TABLE").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:opencity:problem:audit-unknown-action")));
        mvc.perform(get("/api/v1/audit/actions").with(as("hoankiem-officer"))).andExpect(status().isForbidden());
    }

    @Test
    void aLookUpByTheWardIsAudited() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        mvc.perform(get("/api/v1/accounts/lookup")
                        .param("login", resident.email())
                        .with(as("hoankiem-officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit")
                        .param("targetId", resident.id().toString())
                        .with(as("admin")))
                .andExpect(jsonPath("$.items[0].action", is("ACCOUNT_READ")));
    }

    @Test
    void aVerificationIsAuditedWithWhoWhatAndWhere() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        mvc.perform(verify(resident).with(as("hoankiem-clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identityLevel", is(2)));
        mvc.perform(get("/api/v1/audit")
                        .param("targetId", resident.id().toString())
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems", is(1)))
                .andExpect(jsonPath("$.items[0].action", is("IDENTITY_VERIFIED")))
                .andExpect(jsonPath("$.items[0].actorName", is("Lê Văn Cường")))
                .andExpect(jsonPath("$.items[0].targetType", is("account")))
                .andExpect(jsonPath("$.items[0].unitId", is(units("TTPVHCC-00070"))));
    }

    @Test
    void oneCitizenIdVerifiesOneAccount() throws Exception {
        String citizenId = TestResidents.uniqueCitizenId();
        Account first = TestResidents.register(accounts, "00070");
        Account second = TestResidents.register(accounts, "00070");
        String body = "{\"citizenId\": \"" + citizenId + "\"}";
        mvc.perform(post(
                                "/api/v1/accounts/{id}/identity-verification",
                                first.id().value())
                        .with(as("hoankiem-officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(post(
                                "/api/v1/accounts/{id}/identity-verification",
                                second.id().value())
                        .with(as("hoankiem-officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict());
        mvc.perform(post(
                                "/api/v1/accounts/{id}/identity-verification",
                                second.id().value())
                        .with(as("hoankiem-officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"citizenId\": \"12345\"}"))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest(name = "{0} listing Hoàn Kiếm committee officers gets {1}")
    @CsvSource({
        "hoankiem-officer, 200",
        "operator, 200",
        "admin, 200",
        "caugiay-officer, 403",
        "hoankiem-clerk, 403",
        "resident, 403",
        "anonymous, 401"
    })
    void unitStaffListsAreForTheUnitItself(String who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/units/UBND-00070/officers");
        if (!"anonymous".equals(who)) {
            request.with(as(who));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} reading the audit log gets {1}")
    @CsvSource({"admin, 200", "operator, 403", "hoankiem-officer, 403", "resident, 403", "anonymous, 401"})
    void onlyAdministratorsReadTheAuditLog(String who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/audit");
        if (!"anonymous".equals(who)) {
            request.with(as(who));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }

    @Test
    void aRevokedRoleStopsWorkingAtOnce() throws Exception {
        Account officer = TestResidents.register(accounts, "00166");
        RequestPostProcessor asOfficer = jwt().jwt(
                        t -> t.subject(officer.id().toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
        mvc.perform(get("/api/v1/units/UBND-00166/officers").with(asOfficer)).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", officer.id().value())
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"WARD_OFFICER\", \"unitCode\": \"UBND-00166\"}"))
                .andExpect(status().isNoContent());
        asOfficer = jwt().jwt(t -> t.subject(officer.id().toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
        mvc.perform(get("/api/v1/units/UBND-00166/officers").with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].displayName", hasItem("Người Thử Nghiệm")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/admin/accounts/{id}/roles/WARD_OFFICER",
                                officer.id().value())
                        .param("unit", "UBND-00166")
                        .with(as("admin")))
                .andExpect(status().isNoContent());
        asOfficer = jwt().jwt(t -> t.subject(officer.id().toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
        mvc.perform(get("/api/v1/units/UBND-00166/officers").with(asOfficer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")
                        .param("targetId", officer.id().toString())
                        .with(as("admin")))
                .andExpect(jsonPath("$.items[*].action", hasItem("ROLE_GRANTED")))
                .andExpect(jsonPath("$.items[*].action", hasItem("ROLE_REVOKED")));
    }

    @ParameterizedTest(name = "{0} granting a role gets {1}")
    @CsvSource({"operator, 403", "hoankiem-officer, 403", "resident, 403"})
    void onlyAdministratorsGrantRoles(String who, int expected) throws Exception {
        Account someone = TestResidents.register(accounts, null);
        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", someone.id().value())
                        .with(as(who))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"ADMINISTRATOR\"}"))
                .andExpect(status().is(expected));
    }

    @Test
    void aRoleMustFitItsUnit() throws Exception {
        Account someone = TestResidents.register(accounts, null);
        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", someone.id().value())
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"WARD_OFFICER\", \"unitCode\": \"SO-XAYDUNG\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", someone.id().value())
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"WARD_OFFICER\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", someone.id().value())
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"MAYOR\"}"))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    Units unitDirectory;

    private String units(String code) {
        return unitDirectory.byCode(code).id().toString();
    }
}
