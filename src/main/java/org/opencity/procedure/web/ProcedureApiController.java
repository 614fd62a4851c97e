package org.opencity.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.procedure.LifeEvent;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureField;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.ProcedureSearch;
import org.opencity.procedure.ProcedureSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/procedures")
@Tag(
        name = "Procedures",
        description = "The national catalogue of administrative procedures as Hanoi residents meet them: level, "
                + "field, managing ministry, where to go, requirements, fees, time, and whether OpenCity takes them "
                + "online")
class ProcedureApiController {

    private final ProcedureCatalogue catalogue;

    ProcedureApiController(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary = "Search procedures by words (with or without diacritics, or a life event such as \"có con\"),"
                    + " field, level and life event; best matches first")
    PageResponse<ProcedureSummary> search(
            @RequestParam(required = false) String q,
            @Parameter(description = "field code, see /api/v1/procedures/fields") @RequestParam(required = false)
                    String field,
            @Parameter(
                            description = "the level that handles it: WARD (ward or commune), PROVINCE (the city), "
                                    + "MINISTRY (a ministry or central body)")
                    @RequestParam(required = false)
                    ProcedureLevel level,
            @Parameter(description = "life event code, see /api/v1/procedures/life-events")
                    @RequestParam(required = false)
                    String event,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        return catalogue.search(new ProcedureSearch(q, field, level, event), PageQuery.of(page, size), locale);
    }

    @GetMapping("/fields")
    @Operation(summary = "Fields of administration (lĩnh vực) that have procedures")
    List<ProcedureField> fields() {
        return catalogue.fields();
    }

    @GetMapping("/life-events")
    @Operation(summary = "Life events residents search by, such as having a baby or moving house")
    List<LifeEvent> lifeEvents() {
        return catalogue.lifeEvents();
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One procedure by its national code, e.g. 1.001193; onlineLevel INFORMATION_ONLY means OpenCity "
                    + "does not take it online: whereToGo says where to go")
    Procedure procedure(@PathVariable String code) {
        return catalogue.get(code);
    }
}
