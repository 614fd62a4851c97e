package org.opencity.platform.web;

import java.util.Comparator;
import java.util.List;
import org.opencity.platform.ServiceEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The city's front door: one entry per service that this installation actually has.
 */
@Controller
class HomeController {

    private final List<ServiceEntry> entries;

    HomeController(List<ServiceEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(ServiceEntry::order))
                .toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("entries", entries);
        return "home";
    }
}
