package io.serviceops.gateway.security;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.gateway.apikey.ApiKeyRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Stateless: bearer JWTs for people and apps, API keys for CRM systems (configured and managed at run time:
 * {@code /api/v1/api-keys}, ADMIN through the closed default), rules from {@link AccessProperties}.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties({AccessProperties.class, AuthProperties.class, CorsProperties.class,
    VerifiedTokensProperties.class})
class SecurityConfiguration {

    // The gateway's own infrastructure: health for orchestrators, scrape target, docs, development tokens.
    private static final String[] INFRASTRUCTURE = {"/actuator/health", "/actuator/health/**", "/actuator/info",
        "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/auth/**"};

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccessProperties access, AuthProperties auth,
            ApiKeyRegistry managedKeys, MeterRegistry meters, ReactiveJwtDecoder decoder, VerifiedTokensProperties verifiedTokens) {
        ProblemAuthHandlers problems = new ProblemAuthHandlers();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(VerifiedTokenCache.around(decoder, verifiedTokens, meters, Clock.systemUTC()))
                                .jwtAuthenticationConverter(new JwtRoles(auth.rolesClaim(), auth.storesClaim())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAt(new ApiKeys(auth.apiKeys(), managedKeys, meters).filter(problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> authorize(exchanges, access))
                .build();
    }

    private static void authorize(AuthorizeExchangeSpec exchanges, AccessProperties access) {
        exchanges.pathMatchers(INFRASTRUCTURE).permitAll();
        access.open().forEach(rule -> forEachMethod(exchanges, rule, AuthorizeExchangeSpec.Access::permitAll));
        access.rules().forEach(rule -> forEachMethod(exchanges, rule,
                matched -> matched.hasAnyAuthority(rule.authorities())));
        exchanges.anyExchange().hasAuthority(Role.ADMIN.authority());
    }

    // Each matcher must be completed before the next one is started: the spec holds one pending matcher.
    private static void forEachMethod(AuthorizeExchangeSpec exchanges, AccessProperties.Rule rule,
            Consumer<AuthorizeExchangeSpec.Access> completion) {
        String[] paths = rule.paths().toArray(String[]::new);
        if (rule.methods().isEmpty()) {
            completion.accept(exchanges.pathMatchers(paths));
        }
        rule.methods().forEach(method -> completion.accept(exchanges.pathMatchers(HttpMethod.valueOf(method), paths)));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "Idempotency-Key",
                "If-Match", "If-None-Match"));
        configuration.setExposedHeaders(List.of("X-Request-Id", "ETag", "Location", "Retry-After", "RateLimit-Limit",
                "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"));
        // Bearer tokens travel in a header, never in cookies, so credentials mode stays off.
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
