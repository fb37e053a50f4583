package io.serviceops.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * and its store limit as {@code STORE_*}.
 */
class ApiKeys implements ReactiveAuthenticationManager {

    static final String HEADER = "X-Api-Key";

    private final Map<String, AuthProperties.ApiKey> activeByDigest;

    ApiKeys(List<AuthProperties.ApiKey> keys) {
        this.activeByDigest = keys.stream().filter(key -> !key.revoked())
                .collect(Collectors.toUnmodifiableMap(AuthProperties.ApiKey::sha256, Function.identity()));
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
        AuthProperties.ApiKey key = activeByDigest.get(sha256(String.valueOf(presented.getCredentials())));
        if (key == null) {
            return Mono.error(new BadCredentialsException("The API key is unknown or revoked."));
        }
        var authorities = Stream.concat(Stream.concat(Stream.of(Role.INTEGRATION.authority()),
                key.scopes().stream().map(scope -> "SCOPE_" + scope)).map(SimpleGrantedAuthority::new),
                Stores.authorities(key.stores())).toList();
        return Mono.just(UsernamePasswordAuthenticationToken.authenticated(key.client(), null, authorities));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
