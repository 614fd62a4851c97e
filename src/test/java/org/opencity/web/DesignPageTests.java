package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The design catalogue shows every component, rendered by the real fragments, once in Vietnamese and once in
 * English, to administrators only; ids stay unique across the two renderings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DesignPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Test
    void anAdministratorSeesEveryComponentInBothLanguages() throws Exception {
        String html = mvc.perform(get("/design").accept(MediaType.TEXT_HTML).with(people.session(DemoPeople.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        Element vietnamese = page.selectFirst("section[lang=vi]");
        Element english = page.selectFirst("section[lang=en]");
        assertThat(vietnamese).isNotNull();
        assertThat(english).isNotNull();
        for (Element language : new Element[] {vietnamese, english}) {
            assertThat(language.select(".button--destructive")).hasSize(1);
            assertThat(language.select(".error-summary a")).hasSize(2);
            assertThat(language.select(".field--error")).hasSize(2);
            assertThat(language.select(".banner")).hasSize(4);
            assertThat(language.select(".tag")).hasSize(5);
            assertThat(language.select(".steps li[aria-current=step]")).hasSize(1);
            assertThat(language.select("dl.summary-list")).hasSize(1);
            assertThat(language.select("table.table--stack td[data-label]")).isNotEmpty();
            assertThat(language.select(".card svg.icon")).hasSize(2);
            assertThat(language.select("nav.pager a")).hasSize(2);
            assertThat(language.select("input[type=file][data-preview]")).hasSize(1);
        }
        assertThat(vietnamese.select(".error-summary h2").text()).isEqualTo("Có vấn đề cần sửa");
        assertThat(english.select(".error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(english.select(".banner--success").text()).contains("assigned to Trần Thị Bình");
        // Each error link leads to its own field, in its own language's rendering.
        for (Element link : page.select(".error-summary a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
        }
        assertThat(page.select("[id]").stream().map(Element::id).distinct().count())
                .isEqualTo(page.select("[id]").size());
    }

    @Test
    void theHomePageShowsEachServiceAsACardWithItsIcon() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(home.select(".card")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(home.select(".card svg.icon[aria-hidden=true]")).hasSameSizeAs(home.select(".card"));
    }

    @Test
    void otherPeopleAreRefused() throws Exception {
        mvc.perform(get("/design").accept(MediaType.TEXT_HTML).with(people.session(DemoPeople.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/design").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }
}
