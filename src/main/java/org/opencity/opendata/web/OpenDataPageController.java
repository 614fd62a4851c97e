package org.opencity.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.DatasetSearchBuilder;
import org.opencity.opendata.Licences;
import org.opencity.opendata.OpenDataCatalogue;
import org.opencity.opendata.SearchResult;
import org.opencity.platform.ServiceEntry;
import org.opencity.platform.ServiceEntryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: search and browse datasets by theme, publisher and keyword; a dataset with a preview. */
@Controller
class OpenDataPageController {

    static final int PREVIEW_ROWS = 20;

    private final OpenDataCatalogue catalogue;

    OpenDataPageController(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Bean
    static ServiceEntry openDataEntry() {
        return ServiceEntryBuilder.builder()
                .messageKey("home.service.opendata")
                .path("/data")
                .icon("database")
                .order(80)
                .build();
    }

    @GetMapping("/data")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String tag,
            Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (group != null && !group.isBlank()) {
            filters.put("groups", group);
        }
        if (tag != null && !tag.isBlank()) {
            filters.put("tags", tag);
        }
        SearchResult found = catalogue.search(DatasetSearchBuilder.builder()
                .q(q)
                .filters(filters)
                .start(0)
                .rows(OpenDataCatalogue.MAX_ROWS)
                .sort("title_string asc")
                .facetFields(java.util.List.of("groups", "tags"))
                .build());
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("tag", tag);
        model.addAttribute("found", found);
        return "opendata/datasets";
    }

    /**
     * A dataset: its description, its files and a preview table of one of them (the one asked for, else the first
     * GeoJSON file, else the first CSV). A GeoJSON file served here is also drawn on a map by the page's script; the
     * table stays, for readers of the page without it.
     */
    @GetMapping("/data/{name}")
    String dataset(@PathVariable String name, @RequestParam(required = false) String preview, Model model) {
        Dataset dataset = catalogue.dataset(name);
        model.addAttribute("dataset", dataset);
        List<DataResource> previewable = dataset.resources().stream()
                .filter(DataResource::servedHere)
                .filter(r -> r.isGeoJson() || DataResource.CSV.equals(r.format()))
                .toList();
        DataResource shown = previewable.stream()
                .filter(r -> r.id().equals(preview))
                .findFirst()
                .or(() -> previewable.stream().filter(DataResource::isGeoJson).findFirst())
                .or(() -> previewable.stream().findFirst())
                .orElse(null);
        model.addAttribute("previewable", previewable);
        model.addAttribute("preview", shown == null ? null : Preview.of(catalogue, shown, PREVIEW_ROWS));
        model.addAttribute(
                "mapResource",
                previewable.stream().filter(DataResource::isGeoJson).findFirst().orElse(null));
        model.addAttribute("licenceUrl", Licences.url(dataset.licenseId()));
        return "opendata/dataset";
    }
}
