package io.serviceops.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import io.serviceops.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request gets an {@code X-Request-Id}, passed downstream and returned to the caller. First of all
 * filters, so even a 401 or 429 carries it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    // A caller's id is kept only when it cannot smuggle anything into logs or downstream headers.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(ProblemResponses.REQUEST_ID);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(ProblemResponses.REQUEST_ID, id))
                .build();
        exchange.getResponse().getHeaders().set(ProblemResponses.REQUEST_ID, id);
        return chain.filter(exchange.mutate().request(request).build());
    }
}
