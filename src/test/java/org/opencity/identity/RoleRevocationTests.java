package org.opencity.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts and roles are cached for a few seconds per request; a role granted or revoked on this node still takes
 * effect with the very next call.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleRevocationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Test
    void aRevokedRoleStopsWorkingWithTheNextCall() throws Exception {
        AccountId resident = people.id(DemoPeople.RESIDENT);
        mvc.perform(get("/api/v1/desk/reports").with(people.bearer(resident))).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/admin/accounts/{id}/roles", resident.value())
                        .with(people.bearer(DemoPeople.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"WARD_OFFICER\", \"unitCode\": \"UBND-00070\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/desk/reports").with(people.bearer(resident))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/admin/accounts/{id}/roles/WARD_OFFICER", resident.value())
                        .param("unit", "UBND-00070")
                        .with(people.bearer(DemoPeople.ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/desk/reports").with(people.bearer(resident))).andExpect(status().isForbidden());
    }
}
