package org.opencity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description at /v3/api-docs as a client generator reads it, through an independent parser
 * (swagger-parser): valid OpenAPI 3.1; no argument the server resolves itself (the signed-in person) offered as a
 * parameter or a body, every documented parameter one the handler really binds; uploads described as
 * multipart/form-data with their files; and a security requirement on exactly the operations that refuse an
 * anonymous caller, so the description cannot drift from what the security configuration enforces.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiContractTests {

    /** Names a person resolved from the sign-in went by in the controllers (and so, wrongly, in the description). */
    private static final Set<String> RESOLVED_NAMES = Set.of("resident", "person", "officer", "admin", "viewer");

    private static final String ANY_ID = "00000000-0000-0000-0000-000000000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionIsValidOpenApi31ForAnIndependentParser() throws Exception {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).as("the parser's validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(operations(result.getOpenAPI())).hasSizeGreaterThan(70);
    }

    @Test
    void noOperationAsksForTheSignedInPersonAndEveryParameterIsOneTheHandlerBinds() throws Exception {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getComponents().getSchemas()).doesNotContainKey("Actor");
        Map<String, Set<String>> bound = handlers(this::boundParameters);
        List<String> wrong = new ArrayList<>();
        operations(api).forEach((endpoint, operation) -> {
            Set<String> documented = new TreeSet<>();
            for (Parameter parameter :
                    operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                documented.add(parameter.getIn() + " " + parameter.getName());
                String ref = parameter.getSchema() == null
                        ? null
                        : parameter.getSchema().get$ref();
                boolean theAuditFilter = endpoint.equals("GET /api/v1/audit")
                        && parameter.getName().equals("actor");
                if ((ref != null && ref.endsWith("/Actor"))
                        || RESOLVED_NAMES.contains(parameter.getName())
                        || (parameter.getName().equals("actor") && !theAuditFilter)) {
                    wrong.add(endpoint + " asks for " + parameter.getName());
                }
            }
            if (!documented.equals(bound.getOrDefault(endpoint, Set.of()))) {
                wrong.add(endpoint + " documents " + documented + " but binds " + bound.get(endpoint));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void uploadsAreMultipartFormDataWithTheirFilesAndParts() throws Exception {
        OpenAPI api = parse().getOpenAPI();
        Map<String, Set<String>> uploads = handlers(this::uploadParts);
        uploads.values().removeIf(Set::isEmpty);
        Map<String, Set<String>> documented = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        operations(api).forEach((endpoint, operation) -> {
            Map<String, MediaType> content = operation.getRequestBody() == null
                    ? Map.of()
                    : operation.getRequestBody().getContent();
            content.forEach((type, media) -> {
                if (!type.startsWith("multipart/")) {
                    return;
                }
                Schema<?> schema = media.getSchema();
                if (!type.equals("multipart/form-data")
                        || !isType(schema, "object")
                        || schema.getProperties() == null) {
                    wrong.add(endpoint + " describes its upload as " + type + " " + schema);
                    return;
                }
                documented.put(endpoint, new TreeSet<>(schema.getProperties().keySet()));
                if (schema.getProperties().values().stream().noneMatch(OpenApiContractTests::isFile)) {
                    wrong.add(endpoint + " has no binary file property");
                }
                if (schema.getRequired() != null
                        && !schema.getProperties().keySet().containsAll(schema.getRequired())) {
                    wrong.add(endpoint + " requires parts it does not describe");
                }
            });
        });
        assertThat(wrong).isEmpty();
        assertThat(documented)
                .as("multipart bodies and their parts, as the handlers take them")
                .isEqualTo(uploads)
                .containsKeys(
                        "POST /api/v1/reports",
                        "POST /api/v1/dossiers/{code}/documents",
                        "POST /api/v1/documents/verify",
                        "POST /api/v1/desk/reports/{number}/answers");
    }

    @Test
    void exactlyTheOperationsThatRefuseAnAnonymousCallerNeedATokenWithTheApiScope() throws Exception {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getSecurity())
                .as("no requirement for the whole API: public operations need none")
                .isNullOrEmpty();
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("oauth2");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        OAuthFlows flows = scheme.getFlows();
        assertThat(flows.getAuthorizationCode().getAuthorizationUrl()).endsWith("/oauth2/authorize");
        assertThat(flows.getAuthorizationCode().getTokenUrl()).endsWith("/oauth2/token");
        assertThat(flows.getAuthorizationCode().getScopes()).containsOnlyKeys("openid", "profile", "api");
        assertThat(flows.getClientCredentials().getTokenUrl()).endsWith("/oauth2/token");
        assertThat(flows.getClientCredentials().getScopes()).containsKeys("metrics.read");

        SecurityRequirement apiScope = new SecurityRequirement().addList("oauth2", "api");
        List<String> wrong = new ArrayList<>();
        int secured = 0;
        for (Map.Entry<String, Operation> entry : operations(api).entrySet()) {
            String[] endpoint = entry.getKey().split(" ");
            int anonymous = mvc.perform(
                            request(HttpMethod.valueOf(endpoint[0]), endpoint[1].replaceAll("\\{[^}]+}", ANY_ID)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            List<SecurityRequirement> declared = entry.getValue().getSecurity();
            if (anonymous == 401) {
                secured++;
                if (!List.of(apiScope).equals(declared)) {
                    wrong.add(entry.getKey() + " refuses anonymous callers but declares " + declared);
                }
            } else if (declared != null && !declared.isEmpty()) {
                wrong.add(entry.getKey() + " is public (" + anonymous + ") but declares " + declared);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(secured).isGreaterThan(50);
    }

    private SwaggerParseResult parse() throws Exception {
        String json =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getOpenAPI())
                .as("parsed description, messages: %s", result.getMessages())
                .isNotNull();
        return result;
    }

    /** Every operation as "METHOD /path". */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    item.readOperationsMap().entrySet()) {
                operations.put(operation.getKey() + " " + path, operation.getValue());
            }
        });
        return operations;
    }

    /** What the API's handlers take, per "METHOD /path" (two handlers of one path, JSON and multipart, merged). */
    private Map<String, Set<String>> handlers(BiConsumer<HandlerMethod, Set<String>> take) {
        Map<String, Set<String>> handlers = new TreeMap<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    take.accept(handler, handlers.computeIfAbsent(method + " " + pattern, key -> new TreeSet<>()));
                }
            }
        });
        return handlers;
    }

    /** "query name", "path name", "header name" of what the handler binds from the request line and headers. */
    private void boundParameters(HandlerMethod handler, Set<String> into) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            String name = javaName(handler, parameter);
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (query != null && !isUpload(parameter)) {
                into.add("query " + (query.name().isEmpty() ? name : query.name()));
            } else if (path != null) {
                into.add("path " + (path.name().isEmpty() ? name : path.name()));
            } else if (header != null) {
                into.add("header " + (header.name().isEmpty() ? name : header.name()));
            }
        }
    }

    /** The part names of a handler that takes files: its @RequestPart arguments and files as @RequestParam. */
    private void uploadParts(HandlerMethod handler, Set<String> into) {
        if (Arrays.stream(handler.getMethodParameters()).noneMatch(OpenApiContractTests::isUpload)) {
            return;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (part != null) {
                into.add(part.name().isEmpty() ? javaName(handler, parameter) : part.name());
            } else if (param != null && isUpload(parameter)) {
                into.add(param.name().isEmpty() ? javaName(handler, parameter) : param.name());
            }
        }
    }

    private static boolean isUpload(MethodParameter parameter) {
        return MultipartFile.class.equals(parameter.getParameterType())
                || MultipartFile.class.equals(parameter.nested().getNestedParameterType());
    }

    private static String javaName(HandlerMethod handler, MethodParameter parameter) {
        String[] names = new DefaultParameterNameDiscoverer().getParameterNames(handler.getMethod());
        return names == null ? "" : names[parameter.getParameterIndex()];
    }

    /** A file: a binary string (format binary, or an OpenAPI 3.1 content media type), or a list of them. */
    private static boolean isFile(Schema<?> schema) {
        if (isType(schema, "array")) {
            return schema.getItems() != null && isFile(schema.getItems());
        }
        return isType(schema, "string")
                && ("binary".equals(schema.getFormat()) || schema.getContentMediaType() != null);
    }

    private static boolean isType(Schema<?> schema, String type) {
        return schema != null
                && (type.equals(schema.getType())
                        || (schema.getTypes() != null && schema.getTypes().contains(type)));
    }
}
