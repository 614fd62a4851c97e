package org.opencity.queue.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.queue.QueueFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The queue's pages without JavaScript: kiosk, ticket, board, the clerk's counter, and the point's waiting table. */
@SpringBootTest
@AutoConfigureMockMvc
class QueuePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QueueFixtures fixtures;

    @Autowired
    DemoPeople people;

    @AfterEach
    void realTime() {
        fixtures.reset();
    }

    @Test
    void aResidentTakesANumberAtTheKioskAndFollowsIt() throws Exception {
        fixtures.openMorning();
        String point = fixtures.centre(30);
        mvc.perform(get("/service-points/{c}/kiosk", point))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người cao tuổi")));
        mvc.perform(post("/service-points/{c}/kiosk", point).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Điểm phục vụ không có dịch vụ")));
        String ticket = mvc.perform(post("/service-points/{c}/kiosk", point)
                        .with(csrf())
                        .param("line", "C")
                        .param("priority", "SMALL_CHILD"))
                .andExpect(redirectedUrlPattern("/tickets/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(ticket))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C-001")))
                .andExpect(content().string(containsString("Người đi cùng con nhỏ")));
        mvc.perform(get("/service-points/{c}/board", point))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(containsString("aria-live")))
                .andExpect(content().string(containsString("C-001")));
        mvc.perform(get("/service-points/{c}", point))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kinh doanh, lao động, xã hội")));
        mvc.perform(get("/tickets/{id}", "nothing-here")).andExpect(status().isNotFound());
        mvc.perform(get("/service-points/{c}/board", "NO-SUCH")).andExpect(status().isNotFound());
    }

    @Test
    void theKioskSaysWhenThePointIsClosed() throws Exception {
        fixtures.sundayMorning();
        String point = fixtures.centre(31);
        mvc.perform(get("/service-points/{c}/kiosk", point).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The service point is closed now")));
        mvc.perform(post("/service-points/{c}/kiosk", point).with(csrf()).param("line", "A"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Điểm phục vụ đang đóng cửa")));
    }

    @Test
    void aClerkWorksTheCounterPage() throws Exception {
        fixtures.openMorning();
        String point = "TTPVHCC-00070";
        fixtures.empty(point);
        var clerk = people.session(DemoPeople.HOAN_KIEM_CLERK);
        String base = "/officer/queue/" + point + "/counters/2";
        mvc.perform(post("/service-points/{c}/kiosk", point).with(csrf()).param("line", "A"));
        mvc.perform(get("/officer/queue/{c}", point).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quầy 2")));
        mvc.perform(post(base + "/call-next").with(clerk).with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", "Quầy đang đóng. Hãy mở quầy trước khi gọi số."));
        mvc.perform(post(base + "/open").with(clerk).with(csrf())).andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/call-next").with(clerk).with(csrf())).andExpect(flash().attribute("done", "A-001"));
        mvc.perform(get(base).with(clerk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A-001")))
                .andExpect(content().string(containsString("Hộ tịch, chứng thực, cư trú")));
        mvc.perform(post(base + "/finish").with(clerk).with(csrf()).param("note", "x".repeat(10_000)))
                .andExpect(flash().attribute("problem", "Ghi chú dài quá 1.000 ký tự."));
        mvc.perform(post(base + "/transfer").with(clerk).with(csrf()).param("target", "line:B"))
                .andExpect(flash().attribute("done", "A-001"));
        mvc.perform(post(base + "/check-in").with(clerk).with(csrf()).param("appointmentCode", "LH-7K3P9Q"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", "Không tìm thấy lịch hẹn LH-7K3P9Q."));
        mvc.perform(get("/officer/queue/{c}", "TTPVHCC-00166").with(clerk)).andExpect(status().isForbidden());
    }
}
