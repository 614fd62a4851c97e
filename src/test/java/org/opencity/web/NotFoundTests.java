package org.opencity.web;

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
 * An address that does not exist is a 404, signed in or not, page or API — not a 403 or a sign-in page that would
 * say it exists and is closed. Addresses that exist keep their rules. (What the 404 looks like over real HTTP is in
 * {@link HostileRequestTests}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotFoundTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Test
    void anUnknownPageIsNotFoundForEveryone() throws Exception {
        mvc.perform(get("/khong-co-trang-nay").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/khong-co-trang-nay").accept(MediaType.TEXT_HTML).with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownApiPathIsNotFoundForEveryone() throws Exception {
        mvc.perform(get("/api/v1/khong-co")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/khong-co").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void addressesThatExistKeepTheirRules() throws Exception {
        mvc.perform(get("/officer").accept(MediaType.TEXT_HTML).with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/audit").with(people.bearer(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
    }
}
