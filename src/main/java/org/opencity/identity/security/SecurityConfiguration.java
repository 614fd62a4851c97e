package org.opencity.identity.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.opencity.identity.AccessRules;
import org.opencity.platform.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Deny by default: four filter chains (authorization server, JSON API, operations, pages), each of which
 * names who may call every path it serves and refuses the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] OFFICERS = {
        "WARD_OFFICER", "CENTRE_CLERK", "DEPARTMENT_OFFICER", "CITY_OPERATOR", "ADMINISTRATOR"
    };
    private static final String[] IDENTITY_VERIFIERS = {"WARD_OFFICER", "CENTRE_CLERK", "CITY_OPERATOR", "ADMINISTRATOR"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain api(
            HttpSecurity http,
            ActorJwtConverter tokens,
            ProblemWriter problemWriter,
            List<AccessRules> modules,
            ApplicationEventPublisher events,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers)
            throws Exception {
        // A bearer token acts for its person only with the "api" scope (ActorJwtConverter grants the roles every
        // rule below asks for only then), so a token granted just "openid" is refused wherever a role is needed.
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(problemWriter, ApiScope.API, events);
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> modulesFirst(requests, modules, AccessRules::api)
                        .requestMatchers(GET, "/api/v1/provinces", "/api/v1/provinces/**")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/wards", "/api/v1/wards/**")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/units/*/officers")
                        .hasAnyRole(OFFICERS)
                        .requestMatchers(GET, "/api/v1/units", "/api/v1/units/*")
                        .permitAll()
                        .requestMatchers(POST, "/api/v1/accounts")
                        .permitAll()
                        .requestMatchers("/api/v1/me", "/api/v1/me/**")
                        .hasRole("RESIDENT")
                        .requestMatchers(POST, "/api/v1/accounts/*/identity-verification")
                        .hasAnyRole(IDENTITY_VERIFIERS)
                        .requestMatchers(GET, "/api/v1/accounts/lookup")
                        .hasAnyRole(IDENTITY_VERIFIERS)
                        .requestMatchers("/api/v1/admin/**", "/api/v1/audit", "/api/v1/audit/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(new UnmappedPath(controllers))
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain operations(
            HttpSecurity http, ActorJwtConverter tokens, ProblemWriter problemWriter, ApplicationEventPublisher events)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(problemWriter, ApiScope.METRICS_READ, events);
        http.securityMatcher("/actuator/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .hasAnyAuthority(ApiScope.METRICS_READ.authority(), "ROLE_ADMINISTRATOR", "ROLE_CITY_OPERATOR")
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /** Pages: the last chain, matching every path the chains before it (orders below 100) did not take. */
    @Bean
    @Order(100)
    SecurityFilterChain pages(
            HttpSecurity http,
            List<AccessRules> modules,
            ApplicationEventPublisher events,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(requests -> modulesFirst(requests, modules, AccessRules::pages)
                        .requestMatchers(
                                GET,
                                "/",
                                "/wards",
                                "/wards/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/login", "/signup", "/error")
                        .permitAll()
                        .requestMatchers("/profile", "/profile/**")
                        .hasRole("RESIDENT")
                        .requestMatchers("/officer/identity", "/officer/identity/**")
                        .hasAnyRole(IDENTITY_VERIFIERS)
                        .requestMatchers("/officer", "/officer/**")
                        .hasAnyRole(OFFICERS)
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMINISTRATOR")
                        // The design system's catalogue: for the people who build and run the platform.
                        .requestMatchers("/design")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(new UnmappedPath(controllers))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/profile")
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredSessionHandler(events)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static <R> R modulesFirst(R registry, List<AccessRules> modules, BiConsumer<AccessRules, R> rules) {
        modules.forEach(module -> rules.accept(module, registry));
        return registry;
    }
}
