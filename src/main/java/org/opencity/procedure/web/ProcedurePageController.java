package org.opencity.procedure.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opencity.platform.PageQuery;
import org.opencity.platform.ServiceEntry;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureField;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.ProcedureNotFound;
import org.opencity.procedure.ProcedureSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue pages: search with filters and life-event chips, one procedure, its blank declaration.
 */
@Controller
class ProcedurePageController {

    static final int PAGE_SIZE = 20;

    private final ProcedureCatalogue catalogue;
    private final DeclarationTemplate declarations;

    ProcedurePageController(ProcedureCatalogue catalogue, DeclarationTemplate declarations) {
        this.catalogue = catalogue;
        this.declarations = declarations;
    }

    @Bean
    static ServiceEntry procedureEntry() {
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.procedures")
                .path("/procedures")
                .icon("file-earmark-text")
                .order(20)
                .build();
    }

    @GetMapping("/procedures")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) ProcedureLevel level,
            @RequestParam(required = false) String event,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        model.addAttribute(
                "results",
                catalogue.search(
                        new ProcedureSearch(q, field, level, event),
                        new PageQuery(Math.max(0, page), PAGE_SIZE),
                        locale));
        model.addAttribute("fields", byName(catalogue.fields(), locale));
        model.addAttribute("events", catalogue.lifeEvents());
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("level", level);
        model.addAttribute("event", event);
        return "procedure/search";
    }

    /** Some 140 fields: in the reader's alphabet, so the English list is not in Vietnamese order. */
    private static List<ProcedureField> byName(List<ProcedureField> fields, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return fields.stream()
                .sorted(Comparator.comparing((ProcedureField f) -> f.name(locale), collator))
                .toList();
    }

    @GetMapping("/procedures/{code}")
    String procedure(@PathVariable String code, Model model) {
        model.addAttribute("procedure", catalogue.get(code));
        return "procedure/procedure";
    }

    @GetMapping("/procedures/{code}/templates/{file}")
    ResponseEntity<String> template(@PathVariable String code, @PathVariable String file) {
        Procedure procedure = catalogue.get(code);
        boolean offered = procedure.documents().stream().anyMatch(d -> file.equals(d.templateFile()));
        if (!offered) {
            throw new ProcedureNotFound(code + "/" + file);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + code + "-" + file + "\"")
                .body(declarations.render(procedure));
    }
}
