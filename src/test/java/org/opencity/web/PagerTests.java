package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One pager serves every list: its links keep the filters of the address and change only the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void nextAndPreviousKeepTheFilters() throws Exception {
        String first = mvc.perform(get("/procedures").param("q", "đăng ký").param("level", "WARD"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains("rel=\"next\"")
                .doesNotContain("rel=\"prev\"")
                .containsPattern("href=\"/procedures\\?q=[^\"]*&amp;level=WARD&amp;page=1\"");

        String second = mvc.perform(get("/procedures")
                        .param("q", "đăng ký")
                        .param("level", "WARD")
                        .param("page", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second)
                .contains("rel=\"prev\"")
                .containsPattern("href=\"/procedures\\?q=[^\"]*&amp;level=WARD&amp;page=0\"");
    }
}
