package org.opencity.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Province;
import org.opencity.geography.Ward;
import org.opencity.geography.WardDetails;
import org.opencity.geography.WardMatch;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, read-only directory of administrative units.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Geography", description = "Provinces, wards and communes; which ward contains a point")
class GeographyApiController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final AdministrativeUnits units;

    GeographyApiController(AdministrativeUnits units) {
        this.units = units;
    }

    @GetMapping("/provinces")
    @Operation(summary = "The 34 provinces and centrally governed cities")
    List<Province> provinces() {
        return units.provinces();
    }

    @GetMapping("/provinces/{code}")
    Province province(@PathVariable String code) {
        return units.province(code);
    }

    @GetMapping("/provinces/{code}/wards")
    @Operation(summary = "A province's wards and communes, by name")
    PageResponse<Ward> wards(
            @PathVariable String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return units.wardsOf(code, PageQuery.of(page, size));
    }

    @GetMapping("/wards")
    @Operation(summary = "Search wards by current or former name, with or without diacritics")
    List<WardMatch> search(
            @RequestParam String q,
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "20") int limit) {
        return units.search(q, province, limit);
    }

    @GetMapping("/wards/locate")
    @Operation(summary = "The ward whose boundary contains a point (WGS84)")
    Ward locate(@RequestParam double lat, @RequestParam double lon) {
        return units.requireWardAt(lat, lon);
    }

    @GetMapping("/wards/{code}")
    WardDetails ward(@PathVariable String code) {
        return units.details(code);
    }

    @GetMapping(
            value = "/wards/{code}/boundary",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The ward's boundary as a GeoJSON geometry")
    ResponseEntity<String> boundary(@PathVariable String code) {
        return units.boundary(code)
                .map(geoJson -> ResponseEntity.ok()
                        .contentType(GEO_JSON)
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))
                                .cachePublic())
                        .body(geoJson))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
