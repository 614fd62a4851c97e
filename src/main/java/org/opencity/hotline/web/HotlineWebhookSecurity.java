package org.opencity.hotline.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The paths the telephony provider calls: its voice webhook and the prompts it fetches to play (and the call
 * simulator's recordings, which the platform fetches as it fetches a provider's). Stateless and without
 * CSRF, because the caller is the provider's server, not a browser with a session; the webhook proves who sent it by
 * the provider's request signature, which the webhook checks itself when an auth token is configured.
 */
@Configuration(proxyBeanMethods = false)
class HotlineWebhookSecurity {

    @Bean
    @Order(31)
    SecurityFilterChain hotlineWebhook(HttpSecurity http) throws Exception {
        http.securityMatcher("/hotline/twiml/**", "/hotline/audio/**", "/hotline/simulator/recordings/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
