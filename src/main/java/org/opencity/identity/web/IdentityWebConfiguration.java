package org.opencity.identity.web;

import java.util.List;
import org.opencity.identity.Actor;
import org.opencity.platform.ServiceEntry;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    static {
        // The signed-in person is resolved from the sign-in (CurrentActorResolver), never sent by the client: the
        // API description must not list it as a parameter or a request body.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

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
        return org.opencity.platform.ServiceEntryBuilder.builder()
                .messageKey("home.service.account")
                .path("/profile")
                .icon("person-circle")
                .order(100)
                .build();
    }
}
