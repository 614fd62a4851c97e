package org.opencity.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.DatasetNotFound;
import org.opencity.opendata.DatasetSearchBuilder;
import org.opencity.opendata.OpenDataCatalogue;
import org.opencity.opendata.Publisher;
import org.opencity.opendata.SearchResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CKAN's Action API (read actions) at {@code /api/3/action/{action}}, GET with query parameters or POST with a JSON
 * object, answered in CKAN's envelope: {@code {"help", "success": true, "result"}}, or {@code "success": false} with
 * {@code "error": {"__type", "message"}} and CKAN's status codes (400 bad request, 404 not found, 409 validation
 * error), so that CKAN clients (ckanapi, harvesters) work unchanged.
 */
@RestController
@Tag(name = "Open data (CKAN)", description = "CKAN Action API v3, read actions, with CKAN's envelope and errors")
class CkanActionController {

    static final String CKAN_VERSION = "2.10.4";
    private static final Pattern FILTER = Pattern.compile("([a-z_]+):(\"([^\"]*)\"|(\\S+))");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenDataCatalogue catalogue;
    private final String baseUrl;

    CkanActionController(OpenDataCatalogue catalogue, @Value("${opencity.base-url}") String baseUrl) {
        this.catalogue = catalogue;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @RequestMapping(
            path = "/api/3/action/{action}",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A CKAN action: package_list, package_show, package_search, organization_list, "
                    + "organization_show, group_list, tag_list, resource_show, status_show, help_show")
    ResponseEntity<Map<String, Object>> action(
            @PathVariable String action, HttpServletRequest request, @RequestBody(required = false) String body) {
        String help = baseUrl + "/api/3/action/help_show?name=" + (action.matches("[a-z_]{1,40}") ? action : "");
        Map<String, String> params;
        try {
            params = params(request, body);
        } catch (JacksonException | IllegalArgumentException notJson) {
            return error(
                    help,
                    HttpStatus.BAD_REQUEST,
                    "Bad Request",
                    "Bad request - JSON Error: the body is not a JSON object");
        }
        try {
            Object result = switch (action) {
                case "package_list" -> packageList(params);
                case "package_show" ->
                    CkanViews.dataset(catalogue.dataset(required(params, "id", "name_or_id")), baseUrl);
                case "package_search" -> packageSearch(params);
                case "organization_list" -> organizationList(params);
                case "organization_show" -> organizationShow(required(params, "id"), params);
                case "group_list" -> groupList(params);
                case "tag_list" -> catalogue.keywords();
                case "resource_show" -> resourceShow(required(params, "id"));
                case "status_show" -> status();
                case "help_show" ->
                    "CKAN action " + required(params, "name") + ": see https://docs.ckan.org/en/2.10/api/";
                default -> throw new UnknownAction(action);
            };
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("help", help);
            envelope.put("success", true);
            envelope.put("result", result);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope);
        } catch (UnknownAction unknown) {
            return error(
                    help,
                    HttpStatus.BAD_REQUEST,
                    "Bad Request",
                    "Bad request - Action name not known: " + unknown.name);
        } catch (DatasetNotFound notFound) {
            return error(help, HttpStatus.NOT_FOUND, "Not Found Error", "Not found");
        } catch (Invalid invalid) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("__type", "Validation Error");
            error.put(invalid.field, List.of(invalid.message));
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("help", help);
            envelope.put("success", false);
            envelope.put("error", error);
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(envelope);
        }
    }

    private List<String> packageList(Map<String, String> params) {
        List<String> names = catalogue.datasets().stream().map(Dataset::name).toList();
        int offset = integer(params, "offset", 0);
        int limit = integer(params, "limit", names.size());
        return offset >= names.size()
                ? List.of()
                : names.subList(offset, Math.min(names.size(), offset + Math.max(0, limit)));
    }

    private Map<String, Object> packageSearch(Map<String, String> params) {
        int rows = integer(params, "rows", 10);
        int start = integer(params, "start", 0);
        if (rows < 0 || start < 0) {
            throw new Invalid(rows < 0 ? "rows" : "start", "Must be a natural number");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        String fq = params.getOrDefault("fq", "");
        Matcher m = FILTER.matcher(fq);
        while (m.find()) {
            filters.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        List<String> facetFields = facetFields(params.get("facet.field"));
        SearchResult found = catalogue.search(DatasetSearchBuilder.builder()
                .q(params.get("q"))
                .filters(filters)
                .start(start)
                .rows(rows)
                .sort(params.get("sort"))
                .facetFields(facetFields)
                .build());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.count());
        result.put("sort", params.getOrDefault("sort", "score desc, metadata_modified desc"));
        result.put(
                "results",
                found.results().stream().map(d -> CkanViews.dataset(d, baseUrl)).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        found.facets().forEach((field, counts) -> {
            facets.put(field, counts);
            List<Map<String, Object>> items = new ArrayList<>();
            counts.forEach((name, count) -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", name);
                item.put("display_name", name);
                item.put("count", count);
                items.add(item);
            });
            searchFacets.put(field, Map.of("title", field, "items", items));
        });
        result.put("facets", facets);
        result.put("search_facets", searchFacets);
        return result;
    }

    private List<String> facetFields(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(raw);
            List<String> fields = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(n -> {
                    if (OpenDataCatalogue.FACET_FIELDS.contains(n.asString())) {
                        fields.add(n.asString());
                    }
                });
                return fields;
            }
        } catch (JacksonException notJson) {
            // Falls through to the validation error below.
        }
        throw new Invalid("facet.field", "Not a JSON list of field names");
    }

    private Object organizationList(Map<String, String> params) {
        boolean all = "true".equalsIgnoreCase(params.get("all_fields"));
        return catalogue.publishers().stream()
                .map(o -> all ? CkanViews.organization(o, count(o)) : o.name())
                .toList();
    }

    private Map<String, Object> organizationShow(String id, Map<String, String> params) {
        Publisher publisher = catalogue.publishers().stream()
                .filter(o -> o.name().equals(id))
                .findFirst()
                .orElseThrow(DatasetNotFound::new);
        Map<String, Object> org = CkanViews.organization(publisher, count(publisher));
        if ("true".equalsIgnoreCase(params.get("include_datasets"))) {
            org.put(
                    "packages",
                    catalogue.datasets().stream()
                            .filter(d -> d.publisher().equals(publisher))
                            .map(d -> CkanViews.dataset(d, baseUrl))
                            .toList());
        }
        return org;
    }

    private Object groupList(Map<String, String> params) {
        boolean all = "true".equalsIgnoreCase(params.get("all_fields"));
        return catalogue.themes().stream()
                .map(t -> all ? CkanViews.group(t) : t.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private Map<String, Object> resourceShow(String id) {
        Map.Entry<Dataset, DataResource> found = catalogue.resource(id);
        Dataset dataset = found.getKey();
        return CkanViews.resource(dataset, found.getValue(), dataset.resources().indexOf(found.getValue()), baseUrl);
    }

    private Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", "OpenCity Hà Nội — Dữ liệu mở");
        status.put("site_description", "Dữ liệu mở của Thành phố Hà Nội trên nền tảng OpenCity");
        status.put("site_url", baseUrl);
        status.put("ckan_version", CKAN_VERSION);
        status.put("error_emails_to", null);
        status.put("locale_default", "vi");
        status.put("extensions", List.of("dcat"));
        return status;
    }

    private int count(Publisher publisher) {
        return (int) catalogue.datasets().stream()
                .filter(d -> d.publisher().equals(publisher))
                .count();
    }

    private static Map<String, String> params(HttpServletRequest request, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        if (body != null
                && !body.isBlank()
                && request.getContentType() != null
                && request.getContentType().startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            node.properties()
                    .forEach(e -> params.put(
                            e.getKey(),
                            e.getValue().isValueNode()
                                    ? e.getValue().asString()
                                    : e.getValue().toString()));
        }
        return params;
    }

    private static String required(Map<String, String> params, String... names) {
        for (String name : names) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        throw new Invalid(names[0], "Missing value");
    }

    private static int integer(Map<String, String> params, String name, int otherwise) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new Invalid(name, "Invalid integer");
        }
    }

    private static ResponseEntity<Map<String, Object>> error(
            String help, HttpStatus status, String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type);
        error.put("message", message);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help);
        envelope.put("success", false);
        envelope.put("error", error);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(envelope);
    }

    /** CKAN's ValidationError: a field and what is wrong with it (409). */
    private static final class Invalid extends RuntimeException {

        private final String field;
        private final String message;

        Invalid(String field, String message) {
            super(field + ": " + message, null, false, false);
            this.field = field;
            this.message = message;
        }
    }

    private static final class UnknownAction extends RuntimeException {

        private final String name;

        UnknownAction(String name) {
            super(name, null, false, false);
            this.name = name.length() > 60 ? name.substring(0, 60) : name;
        }
    }
}
