package org.opencity.identity.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencity.identity.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Declares in the API description how to get a token (one OAuth2 scheme: authorization code with PKCE for people,
 * client credentials for agency systems, with the embedded server's addresses and the scopes) and which scope each
 * operation needs. The answer is not written by hand on the controllers: each operation is put to the security
 * configuration's own rules, so the description cannot drift from what is enforced. An operation an anonymous
 * caller may use has no security requirement; any other lists the scopes with which a token could call it.
 */
@Component
class ApiSecurityDocumentation implements OpenApiCustomizer {

    static final String SCHEME = "oauth2";
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "openapi", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> rules;
    private final String baseUrl;

    ApiSecurityDocumentation(
            ObjectProvider<WebInvocationPrivilegeEvaluator> rules, @Value("${opencity.base-url}") String baseUrl) {
        this.rules = rules;
        this.baseUrl = baseUrl;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSecuritySchemes(SCHEME, scheme());
        WebInvocationPrivilegeEvaluator access = rules.getObject();
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    item.readOperationsMap().entrySet()) {
                operation
                        .getValue()
                        .setSecurity(
                                requirements(access, path, operation.getKey().name()));
            }
        });
    }

    /** Null for a public operation; otherwise one alternative per scope that opens it. */
    private static List<SecurityRequirement> requirements(
            WebInvocationPrivilegeEvaluator access, String path, String method) {
        String uri = path.replaceAll("\\{[^}]+}", "x");
        if (access.isAllowed("", uri, method, ANONYMOUS)) {
            return null;
        }
        List<SecurityRequirement> alternatives = new ArrayList<>();
        for (ApiScope scope : ApiScope.values()) {
            if (access.isAllowed("", uri, method, mostATokenCanDoWith(scope))) {
                alternatives.add(new SecurityRequirement().addList(SCHEME, scope.value()));
            }
        }
        // Nothing opens it (a rule nobody can meet yet): still not public, and only a person's token could ever do.
        return alternatives.isEmpty()
                ? List.of(new SecurityRequirement().addList(SCHEME, ApiScope.API.value()))
                : alternatives;
    }

    /** A token with this scope alone, held (for "api") by a person who has every role. Only ever evaluated. */
    private static Authentication mostATokenCanDoWith(ApiScope scope) {
        List<String> authorities = new ArrayList<>(List.of(scope.authority()));
        if (scope == ApiScope.API) {
            for (Role role : Role.values()) {
                authorities.add(role.authority());
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                "openapi", null, AuthorityUtils.createAuthorityList(authorities));
    }

    private SecurityScheme scheme() {
        Scopes personal = new Scopes();
        Scopes agency = new Scopes();
        for (ApiScope scope : ApiScope.values()) {
            (scope.forPeople() ? personal : agency).addString(scope.value(), scope.description());
        }
        OAuthFlows flows = new OAuthFlows()
                .authorizationCode(new OAuthFlow()
                        .authorizationUrl(baseUrl + "/oauth2/authorize")
                        .tokenUrl(baseUrl + "/oauth2/token")
                        .refreshUrl(baseUrl + "/oauth2/token")
                        .scopes(personal))
                .clientCredentials(
                        new OAuthFlow().tokenUrl(baseUrl + "/oauth2/token").scopes(agency));
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .flows(flows)
                .description("Tokens of the platform's authorization server (OpenID Connect discovery at "
                        + baseUrl + "/.well-known/openid-configuration). People: authorization code with PKCE (S256), "
                        + "public client opencity-mobile, scopes openid profile api. Agency systems: client "
                        + "credentials. A person's call needs the api scope and, in addition, a role that allows it.");
    }
}
