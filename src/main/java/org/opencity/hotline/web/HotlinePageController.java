package org.opencity.hotline.web;

import org.opencity.hotline.internal.HotlineProperties;
import org.opencity.platform.ServiceEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The residents' page about the hotline: the number, what it does, when people answer, what is kept. */
@Controller
class HotlinePageController {

    private final HotlineProperties settings;
    private final String phoneNumber;

    HotlinePageController(
            HotlineProperties settings, @Value("${opencity.hotline.phone-number:1022}") String phoneNumber) {
        this.settings = settings;
        this.phoneNumber = phoneNumber;
    }

    @Bean
    static ServiceEntry hotlineEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.hotline")
                .path("/hotline")
                .icon("telephone")
                .order(17)
                .build();
    }

    @GetMapping("/hotline")
    String about(Model model) {
        model.addAttribute("phoneNumber", phoneNumber);
        model.addAttribute("retentionDays", settings.retention().toDays());
        model.addAttribute("agentsAlways", settings.agentsAlways());
        return "hotline/about";
    }
}
