package org.opencity.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at /v3/api-docs: bearer tokens from the platform's authorization server.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI openCityApi(@Value("${opencity.base-url}") String baseUrl) {
        OAuthFlows flows = new OAuthFlows()
                .authorizationCode(new OAuthFlow()
                        .authorizationUrl(baseUrl + "/oauth2/authorize")
                        .tokenUrl(baseUrl + "/oauth2/token")
                        .scopes(new Scopes().addString("openid", "OpenID Connect").addString("api", "Act as the resident")))
                .clientCredentials(new OAuthFlow()
                        .tokenUrl(baseUrl + "/oauth2/token")
                        .scopes(new Scopes().addString("metrics.read", "Read metrics")));
        return new OpenAPI()
                .info(new Info().title("OpenCity API").version("v1")
                        .description("Public services of the city: wards, accounts, reports, procedures. "
                                + "Errors are RFC 9457 problem documents; POSTs accept an Idempotency-Key header.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("oauth2", new SecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)));
    }
}
