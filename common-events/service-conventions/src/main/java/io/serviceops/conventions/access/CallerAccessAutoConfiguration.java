package io.serviceops.conventions.access;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.identity.IdentityKeys;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedGrantedAuthoritiesUserDetailsService;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Re-checks, inside each service, the roles the gateway already checked (defence in depth): the
 * caller's identity comes from the gateway's headers ({@link CallerIdentity}), believed only under the
 * gateway's signature ({@link VerifiedIdentity}, keys from {@code serviceops.identity}), the rules from
 * this service's {@code serviceops.access}. Health, metrics and API docs stay open: probes, Prometheus
 * and the gateway's aggregated Swagger UI read them without a user.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({AccessProperties.class, IdentityProperties.class})
public class CallerAccessAutoConfiguration {

    private static final String[] INFRASTRUCTURE = {"/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/error"};

    /** A bean, so Boot does not also create a user store with a generated password. */
    @Bean
    PreAuthenticatedAuthenticationProvider gatewayIdentityProvider() {
        var provider = new PreAuthenticatedAuthenticationProvider();
        provider.setPreAuthenticatedUserDetailsService(new PreAuthenticatedGrantedAuthoritiesUserDetailsService());
        return provider;
    }

    @Bean
    AccessProblems accessProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            ObjectProvider<MeterRegistry> meters) {
        return new AccessProblems(resolver, meters.getIfAvailable());
    }

    @Bean
    ReadScopeAcknowledgement readScopeAcknowledgement(AccessProperties access, JsonMapper json,
            ObjectProvider<MeterRegistry> meters) {
        return new ReadScopeAcknowledgement(access, json, meters.getIfAvailable());
    }

    @Bean
    SecurityFilterChain callerAccess(HttpSecurity http, AccessProperties access, IdentityProperties keys,
            @Value("${spring.application.name}") String audience, AuthenticationProvider provider,
            AccessProblems problems, ObjectProvider<MeterRegistry> meters) throws Exception {
        RequestMatcher infrastructure = new OrRequestMatcher(Arrays.stream(INFRASTRUCTURE)
                .<RequestMatcher>map(PathPatternRequestMatcher::pathPattern).toList());
        var verified = new VerifiedIdentity(IdentityKeys.parse(keys.keys()), audience, infrastructure, problems,
                meters.getIfAvailable(), Clock.systemUTC());
        RequestHeaderAuthenticationFilter identity = CallerIdentity.filter();
        identity.setAuthenticationManager(new ProviderManager(provider));
        identity.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilter(identity)
                .addFilterBefore(verified, RequestHeaderAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(INFRASTRUCTURE).permitAll();
                    access.open().forEach(rule -> matching(authorize, rule).forEach(matched -> matched.permitAll()));
                    access.rules().forEach(rule -> matching(authorize, rule)
                            .forEach(matched -> matched.hasAnyAuthority(rule.authorities())));
                    authorize.anyRequest().hasAuthority(CallerIdentity.roleAuthority(CallerIdentity.ADMIN));
                })
                .build();
    }

    private static List<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl> matching(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            AccessProperties.Rule rule) {
        String[] paths = rule.paths().toArray(String[]::new);
        if (rule.methods().isEmpty()) {
            return List.of(authorize.requestMatchers(paths));
        }
        return rule.methods().stream().map(method -> authorize.requestMatchers(HttpMethod.valueOf(method), paths)).toList();
    }
}
