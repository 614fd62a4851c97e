package org.opencity.report.open311;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The Open311 paths: public, stateless, no CSRF (clients are other systems, not browsers with a session).
 * Everything is permitted here because the spec puts the API key in a form parameter, which the controller
 * checks; reading is open to anyone, as the spec wants. Browser applications may read cross-origin.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfiguration {

    @Bean
    @Order(30)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(readsFromAnywhere()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource readsFromAnywhere() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(List.of("*"));
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowedHeaders(List.of("Accept", "Accept-Language"));
        reads.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        // The chain only sees /open311/**, so one pattern for all of it.
        source.registerCorsConfiguration("/**", reads);
        return source;
    }
}
