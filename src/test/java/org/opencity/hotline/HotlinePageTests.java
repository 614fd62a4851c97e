package org.opencity.hotline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The residents' page about the hotline: the number to call, in both languages, for everyone. */
@HotlineSpringTest
class HotlinePageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneSeesTheNumberWhatTheHotlineDoesAndWhatItKeeps() throws Exception {
        mvc.perform(get("/hotline"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"tel:1022\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("180 ngày")));
        mvc.perform(get("/hotline").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Call 1022")));
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/hotline\"")));
    }
}
