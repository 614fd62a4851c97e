package org.opencity.report.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.opencity.report.open311.Open311TestSupport.json;
import static org.opencity.report.open311.Open311TestSupport.submission;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actors;
import org.opencity.identity.security.ActorJwtConverter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Administrators issue a client's key (shown once, stored as a hash) and revoke it; both are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311KeyAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Actors actors;

    @Autowired
    ActorJwtConverter tokens;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String login) {
        AccountId id = actors.byLogin(login).orElseThrow();
        return jwt().jwt(token -> token.subject(id.toString()).claim("scope", "openid api"))
                .authorities(tokens::authorities);
    }

    private static String newClient(String name) {
        return "{\"clientName\": \"" + name + "\"}";
    }

    @Test
    void anIssuedKeyWorksUntilItIsRevoked() throws Exception {
        String client = "FixMyStreet Hà Nội " + UUID.randomUUID();
        String body = mvc.perform(post("/api/v1/admin/open311-keys")
                        .with(as("admin@demo.opencity.vn"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newClient(client)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientName", is(client)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String key = json(body).get("apiKey").asString();
        assertThat(key).hasSize(43);
        String stored = jdbc.sql("select key_hash from rpt_api_key where client_name = :c")
                .param("c", client)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(Open311ApiKeys.hash(key)).doesNotContain(key);

        mvc.perform(submission("json", key, "Gửi bằng khoá mới")).andExpect(status().isOk());
        String number = jdbc.sql("select number from rpt_report where client_name = :c")
                .param("c", client)
                .query(String.class)
                .single();
        assertThat(number).startsWith("PA-");

        mvc.perform(get("/api/v1/admin/open311-keys").with(as("admin@demo.opencity.vn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].clientName", hasItem(client)))
                .andExpect(jsonPath("$[*].clientName", hasItem("Demo Open311 client")))
                .andExpect(jsonPath("$[0].apiKey").doesNotExist())
                .andExpect(jsonPath("$[0].keyHash").doesNotExist());
        mvc.perform(post("/api/v1/admin/open311-keys")
                        .with(as("admin@demo.opencity.vn"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newClient(client)))
                .andExpect(status().isConflict());

        mvc.perform(delete("/api/v1/admin/open311-keys/{client}", client).with(as("admin@demo.opencity.vn")))
                .andExpect(status().isNoContent());
        mvc.perform(submission("json", key, "Khoá đã bị thu hồi"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code", is(403)));
        mvc.perform(delete("/api/v1/admin/open311-keys/{client}", client).with(as("admin@demo.opencity.vn")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/audit").param("targetId", client).with(as("admin@demo.opencity.vn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action", hasItem("OPEN311_KEY_CREATED")))
                .andExpect(jsonPath("$.items[*].action", hasItem("OPEN311_KEY_REVOKED")));
    }

    @Test
    void onlyAdministratorsManageKeys() throws Exception {
        for (String login : new String[] {"operator@demo.opencity.vn", "resident@demo.opencity.vn"}) {
            mvc.perform(post("/api/v1/admin/open311-keys")
                            .with(as(login))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(newClient("Không được phép")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/open311-keys").with(as(login))).andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/admin/open311-keys/{client}", "Demo Open311 client")
                            .with(as(login)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/open311-keys")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/open311-keys").with(as("admin@demo.opencity.vn")))
                .andExpect(jsonPath("$[*].clientName", not(hasItem("Không được phép"))));
    }

    @Test
    void aClientNeedsAName() throws Exception {
        mvc.perform(post("/api/v1/admin/open311-keys")
                        .with(as("admin@demo.opencity.vn"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newClient(" ")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/admin/open311-keys")
                        .with(as("admin@demo.opencity.vn"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newClient("Sở/Phòng")))
                .andExpect(status().isBadRequest());
    }
}
