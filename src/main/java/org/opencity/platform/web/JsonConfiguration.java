package org.opencity.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * The platform's additions to JSON reading; Spring Boot registers every {@link JacksonModule} bean.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule nulRefusingStrings() {
        return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new NulRefusingStrings());
    }
}
