package io.serviceops.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One bucket per client and route (the limiter adds the route id): a token's subject, an API key's
 * client, or for open endpoints the caller's address.
 */
@Component
class ClientKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(caller -> (caller instanceof JwtAuthenticationToken ? "user:" : "client:") + caller.getName())
                .defaultIfEmpty("address:" + Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                        .map(InetSocketAddress::getHostString).orElse("unknown"));
    }
}
