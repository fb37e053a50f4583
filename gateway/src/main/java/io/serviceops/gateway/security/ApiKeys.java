package io.serviceops.gateway.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.gateway.apikey.ApiKeyDigest;
import io.serviceops.gateway.apikey.ApiKeyRegistry;
import io.serviceops.gateway.apikey.ApiScopes;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import reactor.core.publisher.Mono;

/**
 * Authenticates CRM systems by {@code X-Api-Key}: role INTEGRATION plus the key's scopes as {@code SCOPE_*}
 * (an earlier coarse {@code …:write} as the action families it covered, {@link ApiScopes})
 * and, for a key limited to stores, {@code STORE_*} (the key's stores also in the details). Keys come from
 * configuration ({@code serviceops.auth.api-keys}) and from the managed keys of the ADMIN API
 * ({@link ApiKeyRegistry}). A refusal is counted by reason in {@code serviceops.gateway.auth.failures}.
 */
class ApiKeys implements ReactiveAuthenticationManager {

    static final String HEADER = "X-Api-Key";

    /** Who a key stands for, wherever it is kept. */
    record KeyHolder(String client, List<String> scopes, List<String> stores) {
    }

    private final Map<String, AuthProperties.ApiKey> configuredByDigest;
    private final Set<String> revokedInConfiguration;
    private final ApiKeyRegistry managed;
    private final MeterRegistry meters;

    ApiKeys(List<AuthProperties.ApiKey> keys, ApiKeyRegistry managed, MeterRegistry meters) {
        this.configuredByDigest = keys.stream().filter(key -> !key.revoked())
                .collect(Collectors.toUnmodifiableMap(AuthProperties.ApiKey::sha256, Function.identity()));
        this.revokedInConfiguration = keys.stream().filter(AuthProperties.ApiKey::revoked)
                .map(AuthProperties.ApiKey::sha256).collect(Collectors.toUnmodifiableSet());
        this.managed = managed;
        this.meters = meters;
    }

    AuthenticationWebFilter filter(ServerAuthenticationEntryPoint entryPoint) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(this);
        filter.setServerAuthenticationConverter(exchange -> Mono
                .justOrEmpty(exchange.getRequest().getHeaders().getFirst(HEADER))
                .map(key -> UsernamePasswordAuthenticationToken.unauthenticated(HEADER, key)));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        return filter;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication presented) {
        String digest = ApiKeyDigest.sha256(String.valueOf(presented.getCredentials()));
        AuthProperties.ApiKey configured = configuredByDigest.get(digest);
        if (configured != null) {
            return Mono.just(authenticated(new KeyHolder(configured.client(), configured.scopes(), configured.stores())));
        }
        if (revokedInConfiguration.contains(digest)) {
            return refused("revoked-key");
        }
        return managed.lookup(digest).map(key -> {
            if (!key.active()) {
                return refused(key.state() + "-key");
            }
            managed.used(key.id());
            return Mono.just(authenticated(new KeyHolder(key.client(), key.scopes(), key.stores())));
        }).orElseGet(() -> refused("unknown-key"));
    }

    // One answer for every reason, so a caller cannot probe which keys exist; the reason is only counted.
    private Mono<Authentication> refused(String reason) {
        meters.counter("serviceops.gateway.auth.failures", "reason", reason).increment();
        return Mono.error(new BadCredentialsException("The API key is unknown or revoked."));
    }

    private static Authentication authenticated(KeyHolder key) {
        var authorities = Stream.concat(Stream.concat(Stream.of(Role.INTEGRATION.authority()),
                        ApiScopes.granted(key.scopes()).stream().map(scope -> "SCOPE_" + scope)).map(SimpleGrantedAuthority::new),
                Stores.authorities(key.stores())).toList();
        var token = UsernamePasswordAuthenticationToken.authenticated(key.client(), null, authorities);
        token.setDetails(key);
        return token;
    }
}
