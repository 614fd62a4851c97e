package org.opencity.identity.web;

import java.util.List;
import org.opencity.platform.ServiceEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final CurrentActorResolver actors;

    IdentityWebConfiguration(CurrentActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actors);
    }

    @Bean
    static ServiceEntry accountEntry() {
        return new ServiceEntry("home.service.account", "/profile", 100);
    }
}
