package io.serviceops.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A Content-Security-Policy on every answer: Swagger UI, the one HTML the gateway serves, may load
 * only its own scripts and styles and never be framed; JSON answers are covered too at no cost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ContentSecurityPolicy implements WebFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
        return chain.filter(exchange);
    }
}
