package org.opencity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencity.DemoPeople;
import org.opencity.identity.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A bearer token acts for its person only with the {@code api} scope. Tokens here are signed with the platform's own
 * key and go through the real decoder and converter: a token granted for sign-in alone ({@code openid}) is refused
 * with 403 and RFC 6750's {@code insufficient_scope} wherever the API needs a person, and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiScopeTests {

    private static final String INSUFFICIENT_SCOPE = "Bearer error=\"insufficient_scope\", scope=\"api\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    DemoPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aTokenGrantedOnlyOpenidCannotReadTheAccountNorSubmitAReport() throws Exception {
        String openidOnly = token(DemoPeople.RESIDENT, "openid");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + openidOnly))
                .andExpect(status().isForbidden())
                .andExpect(refusedForScope());

        String description = "Rác ở góc phố " + UUID.randomUUID();
        mvc.perform(post("/api/v1/reports")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + openidOnly)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report(description)))
                .andExpect(status().isForbidden())
                .andExpect(refusedForScope());
        assertThat(reportsDescribedAs(description)).isZero();
    }

    @Test
    void withTheApiScopeTheSameCallsWork() throws Exception {
        String api = token(DemoPeople.RESIDENT, "openid api");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(DemoPeople.RESIDENT));

        String description = "Rác ở góc phố " + UUID.randomUUID();
        mvc.perform(post("/api/v1/reports")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + api)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report(description)))
                .andExpect(status().isCreated());
        assertThat(reportsDescribedAs(description)).isOne();
    }

    /** Deny by default for scopes too: no endpoint that needs a person forgets to need the scope. */
    @Test
    void everyApiEndpointThatNeedsAPersonRefusesTheAdministratorsTokenWithoutTheApiScope() throws Exception {
        String adminWithoutApi = token(DemoPeople.ADMIN, "openid profile");
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpMethod http = HttpMethod.valueOf(method.name());
                    if (mvc.perform(request(http, path))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus()
                            != 401) {
                        continue; // public: DenyByDefaultTests keeps that list
                    }
                    checked++;
                    MockHttpServletResponse response = mvc.perform(
                                    request(http, path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminWithoutApi))
                            .andReturn()
                            .getResponse();
                    if (response.getStatus() != 403
                            || !INSUFFICIENT_SCOPE.equals(response.getHeader("WWW-Authenticate"))) {
                        open.add(method + " " + pattern + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(open)
                .as("endpoints that let a token without the api scope act for its person")
                .isEmpty();
    }

    @Test
    void metricsNeedMetricsReadOrAnOperatorsTokenWithTheApiScope() throws Exception {
        mvc.perform(get("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(DemoPeople.OPERATOR, "openid profile")))
                .andExpect(status().isForbidden())
                .andExpect(header().string(
                                "WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"metrics.read\""));
        mvc.perform(get("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(DemoPeople.OPERATOR, "openid api")))
                .andExpect(status().isOk());
    }

    /** The embedded server and Keycloak write "scope" as a string; Entra ID writes "scp", Okta a list. */
    @Test
    void scopesAreReadFromTheScopeAndScpClaimsAsTextOrList() {
        assertThat(ApiScope.grantedBy(jwt(Map.of("scope", "openid  api")))).containsExactly("openid", "api");
        assertThat(ApiScope.grantedBy(jwt(Map.of("scp", List.of("api", "profile")))))
                .containsExactly("api", "profile");
        assertThat(ApiScope.grantedBy(jwt(Map.of("scp", "api")))).containsExactly("api");
        assertThat(ApiScope.grantedBy(jwt(Map.of("sub", "x")))).isEmpty();
    }

    private static ResultMatcher refusedForScope() {
        return result -> {
            content()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .match(result);
            header().string("WWW-Authenticate", INSUFFICIENT_SCOPE).match(result);
            jsonPath("$.status").value(403).match(result);
        };
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(c -> c.putAll(claims))
                .build();
    }

    /** A token as the platform's authorization server would issue it to the mobile app, for these scopes. */
    private String token(String login, String scopes) {
        return people.signedToken(login, scopes.split(" "));
    }

    private static String report(String description) {
        return "{\"categoryCode\": \"WASTE\", \"description\": \"" + description + "\", "
                + "\"lat\": 21.0287, \"lon\": 105.8524}";
    }

    private long reportsDescribedAs(String description) {
        return jdbc.sql("select count(*) from rpt_report where description = ?")
                .param(description)
                .query(Long.class)
                .single();
    }
}
