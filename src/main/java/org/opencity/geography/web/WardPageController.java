package org.opencity.geography.web;

import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.WardDetails;
import org.opencity.geography.WardMatch;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.ServiceEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Which ward am I in?": search by name (old or new) or by a point on the map.
 */
@Controller
class WardPageController {

    private final AdministrativeUnits units;

    WardPageController(AdministrativeUnits units) {
        this.units = units;
    }

    @Bean
    static ServiceEntry wardDirectoryEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.wards")
                .path("/wards")
                .icon("geo-alt-fill")
                .order(90)
                .build();
    }

    @GetMapping("/wards")
    String directory(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("lat", lat);
        model.addAttribute("lon", lon);
        if (q != null && !q.isBlank()) {
            List<WardMatch> matches = searchOrNothing(q);
            model.addAttribute("matches", matches);
        }
        if (lat != null && lon != null) {
            try {
                model.addAttribute("located", units.wardAt(lat, lon).orElse(null));
                model.addAttribute("locateTried", true);
            } catch (InvalidRequest invalid) {
                model.addAttribute("locateInvalid", true);
            }
        }
        return "geography/wards";
    }

    private List<WardMatch> searchOrNothing(String q) {
        try {
            return units.search(q, null, 30);
        } catch (InvalidRequest empty) {
            return List.of();
        }
    }

    @GetMapping("/wards/{code}")
    String ward(@PathVariable String code, Model model) {
        WardDetails details = units.details(code);
        model.addAttribute("details", details);
        model.addAttribute("boundary", units.boundary(code).orElse(null));
        return "geography/ward";
    }
}
