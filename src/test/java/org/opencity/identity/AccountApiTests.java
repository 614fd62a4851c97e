package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-up through the API, and the API conventions every module relies on: problem responses for bad input,
 * idempotent POSTs, request ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String signUp(String phone, String email) {
        return """
                {"displayName": "Nguyễn Thị Thu", "phone": "%s", "email": "%s",
                 "password": "mật khẩu dài", "homeWardCode": "00070"}""".formatted(phone, email);
    }

    @Test
    void aResidentSignsUpAtIdentityLevelOne() throws Exception {
        String phone = TestResidents.uniquePhone();
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp(phone.substring(0, 4) + " " + phone.substring(4), "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/me"))
                .andExpect(jsonPath("$.identityLevel", is(1)))
                .andExpect(jsonPath("$.phone", is(phone)))
                .andExpect(jsonPath("$.homeWardCode", is("00070")))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.citizenIdLast3", nullValue()));
        String hash = jdbc.sql("select password_hash from idn_account where phone = :p")
                .param("p", "+84" + phone.substring(1))
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");
    }

    @Test
    void aSecondAccountWithTheSameLoginIsAConflict() throws Exception {
        String email = TestResidents.uniqueEmail();
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email.toUpperCase()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("This phone number or email is already registered.")));
    }

    @Test
    void invalidFieldsAreExplainedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"\", \"password\": \"short\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title", is("Bad request")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("12345", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Số điện thoại không hợp lệ.")));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", is("urn:opencity:problem:account-login-missing")));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp(TestResidents.uniquePhone(), "").replace("00070", "99999")))
                .andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonWrongTypesAndWrongMediaTypeAreClientErrors() throws Exception {
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(jsonPath("$.requestId", notNullValue()));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": {\"nested\": true}, \"password\": [1,2]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/v1/provinces")).andExpect(status().is4xxClientError());
    }

    @Test
    void anOversizeBodyIsRefusedWith413() throws Exception {
        String huge = "{\"displayName\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRetriedSignUpWithTheSameIdempotencyKeyCreatesOneAccount() throws Exception {
        String email = TestResidents.uniqueEmail();
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String again = mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/me"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from idn_account where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", TestResidents.uniqueEmail())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", TestResidents.uniqueEmail())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRejectedRequestIsAnsweredTheSameWayWhenRetried() throws Exception {
        String key = UUID.randomUUID().toString();
        String email = TestResidents.uniqueEmail();
        mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email).replace("mật khẩu dài", "x")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/accounts")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(signUp("", email).replace("mật khẩu dài", "x")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(jdbc.sql("select count(*) from idn_account where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        mvc.perform(get("/api/v1/provinces/01").header("X-Request-Id", "trace-123"))
                .andExpect(header().string("X-Request-Id", "trace-123"));
        mvc.perform(get("/api/v1/provinces/01").header("X-Request-Id", "bad id with spaces"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void theMeEndpointNeedsASignedInPerson() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")));
    }
}
