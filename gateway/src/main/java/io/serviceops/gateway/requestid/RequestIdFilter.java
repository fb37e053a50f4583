package io.serviceops.gateway.requestid;

import io.serviceops.gateway.problem.ProblemResponses;
import io.serviceops.ids.Ids;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request gets an {@code X-Request-Id}, passed downstream and returned to the caller exactly once.
 * First of all filters, so even a 401 or 429 carries it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(ProblemResponses.REQUEST_ID);
        // A caller's id is kept only when it follows the id rule, so it cannot smuggle anything into logs
        // or downstream headers.
        String id = Ids.isValid(given) ? given : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(ProblemResponses.REQUEST_ID, id))
                .build();
        exchange.getResponse().getHeaders().set(ProblemResponses.REQUEST_ID, id);
        // The service answers with the same header, which the proxy adds to ours: one value leaves the gateway.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(ProblemResponses.REQUEST_ID, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }
}
