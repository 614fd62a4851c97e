package org.opencity.servicepoint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.opencity.servicepoint.PointKind;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Centres and vehicles, with lines, counters and opening hours. */
@RestController
@RequestMapping("/api/v1/service-points")
@Tag(name = "Service points", description = "Public-service centres and mobile service vehicles")
class ServicePointApiController {

    private final ServicePoints points;

    ServicePointApiController(ServicePoints points) {
        this.points = points;
    }

    @GetMapping
    @Operation(summary = "Points by ward (code), by ward or point name (q, diacritics optional) and kind; at most 200")
    List<ServicePoint> search(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) PointKind kind,
            @RequestParam(required = false) String q) {
        return points.search(q, ward, kind);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One point: address, position, lines, counters and weekly opening windows")
    ServicePoint one(@PathVariable String id) {
        return points.get(id);
    }
}
