package io.serviceops.gateway.security;

import java.util.List;
import java.util.stream.Collectors;

import io.serviceops.identity.IdentityAssertion;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who calls ({@code X-User-Id}, {@code X-User-Roles}, {@code X-User-Scopes}, and
 * {@code X-User-Stores} for staff limited to their stores), which
 * {@link IdentityAssertions} then signs. Every {@code X-User-*} header and any identity assertion the
 * client sent are dropped first, so a caller cannot claim an identity; the API key itself never travels
 * further.
 */
@Component
class IdentityHeaders implements GlobalFilter, Ordered {

    static final String USER_ID = "X-User-Id";
    static final String USER_ROLES = "X-User-Roles";
    static final String USER_SCOPES = "X-User-Scopes";
    static final String USER_STORES = "X-User-Stores";
    static final int ORDER = 0;
    private static final List<String> CLIENT_SUPPLIED = List.of(IdentityAssertion.HEADER, ApiKeys.HEADER);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .cast(Authentication.class)
                .map(caller -> request(exchange, caller))
                .defaultIfEmpty(request(exchange, null))
                .flatMap(request -> chain.filter(exchange.mutate().request(request).build()));
    }

    private static ServerHttpRequest request(ServerWebExchange exchange, Authentication caller) {
        return exchange.getRequest().mutate().headers(headers -> {
            CLIENT_SUPPLIED.forEach(headers::remove);
            headers.headerNames().stream().filter(IdentityAssertion::isIdentityHeader).toList().forEach(headers::remove);
            if (caller != null) {
                headers.set(USER_ID, caller.getName());
                headers.set(USER_ROLES, authorities(caller, "ROLE_", ","));
                headers.set(USER_SCOPES, authorities(caller, "SCOPE_", " "));
                // Absent rather than empty: a caller without stores is limited to none.
                String stores = authorities(caller, Stores.AUTHORITY_PREFIX, ",");
                if (!stores.isEmpty()) {
                    headers.set(USER_STORES, stores);
                }
            }
        }).build();
    }

    private static String authorities(Authentication caller, String prefix, String separator) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()))
                .collect(Collectors.joining(separator));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
