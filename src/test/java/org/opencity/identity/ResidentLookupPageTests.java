package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officer's identity-check page shows a resident's details only to officers of the resident's ward; another
 * ward's officer is told so, sees nothing of the person, and the attempt is in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentLookupPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theResidentsOwnWardSeesTheirDetailsWithTheWardsName() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        String page = mvc.perform(get("/officer/identity")
                        .param("login", resident.email())
                        .with(people.session(DemoPeople.HOAN_KIEM_CLERK)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(resident.displayName())
                .contains("Phường Hoàn Kiếm")
                .doesNotContain(">00070<");
    }

    @Test
    void anotherWardsOfficerSeesNothingOfThePersonAndIsAudited() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        String page = mvc.perform(get("/officer/identity")
                        .param("login", resident.phone())
                        .with(people.session(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain(resident.displayName())
                .doesNotContain(resident.id().toString())
                .contains("không cư trú tại phường");
        long refusals = jdbc.sql("""
                select count(*) from audit_entry
                where action = 'ACCESS_REFUSED' and target_type = 'account' and target_id = :id and actor_id = :officer""")
                .param("id", resident.id().toString())
                .param("officer", people.id(DemoPeople.CAU_GIAY_OFFICER).value())
                .query(Long.class)
                .single();
        assertThat(refusals).isEqualTo(1);
    }

    @Test
    void aResidentAtTheOfficersDeskIsRefusedAndAudited() throws Exception {
        long before = refusalsOf(DemoPeople.RESIDENT);
        mvc.perform(get("/officer/identity").with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        assertThat(refusalsOf(DemoPeople.RESIDENT)).isEqualTo(before + 1);
    }

    @Test
    void theAuditPageNamesThePersonAndTheActionInsteadOfCodes() throws Exception {
        Account resident = TestResidents.register(accounts, "00070");
        mvc.perform(get("/officer/identity")
                        .param("login", resident.email())
                        .with(people.session(DemoPeople.CAU_GIAY_OFFICER)))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/admin/audit")
                        .param("action", "ACCESS_REFUSED")
                        .param("targetId", resident.id().toString())
                        .with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Bị từ chối truy cập")
                .contains("Tài khoản")
                .contains(resident.displayName())
                .doesNotContain(">ACCESS_REFUSED<")
                .doesNotContain(">" + resident.id() + "<");
    }

    private long refusalsOf(String login) {
        return jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_id = :a")
                .param("a", people.id(login).value())
                .query(Long.class)
                .single();
    }
}
