package org.opencity.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at /v3/api-docs. How to get a token, and which scope each operation needs, is declared by
 * the identity module, which owns sign-in (ApiSecurityDocumentation).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI openCityApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenCity API")
                        .version("v1")
                        .description("Public services of the city: wards, accounts, reports, procedures. "
                                + "Errors are RFC 9457 problem documents; POSTs accept an Idempotency-Key header.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")));
    }
}
