package org.opencity.report.web;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the report form's map script: the place of a point in words, in the page's language, as the form would
 * place the report (the ward and the point), or why it would not.
 */
@RestController
class ReportPlaceController {

    private final PlaceDescriber places;

    ReportPlaceController(PlaceDescriber places) {
        this.places = places;
    }

    @GetMapping("/reports/new/place")
    ResponseEntity<PlaceDescription> place(@RequestParam double lat, @RequestParam double lon, Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(places.describe(lat, lon, null, locale));
    }
}
