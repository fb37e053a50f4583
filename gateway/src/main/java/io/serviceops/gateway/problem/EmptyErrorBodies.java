package io.serviceops.gateway.problem;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gateway filters such as the rate limiter (429) and the request size limit (413) finish the response
 * with a status and no body, CORS refusals and Spring Security's firewall set a status and leave; this
 * turns every such bodiless error into a problem document. It also
 * notes the path the client called, the problem's {@code instance}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EmptyErrorBodies implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        exchange.getAttributes().put(ProblemResponses.CALLED_PATH, path);
        ProblemOnEmptyError response = new ProblemOnEmptyError(exchange, path);
        // Some refusals (CORS, Spring Security's firewall) only set a status and never complete the
        // response themselves: once the chain is done, an error status without a body still gets one.
        return chain.filter(exchange.mutate().response(response).build()).then(Mono.defer(response::problemIfBodiless));
    }

    private static final class ProblemOnEmptyError extends ServerHttpResponseDecorator {

        private final String path;

        ProblemOnEmptyError(ServerWebExchange exchange, String path) {
            super(exchange.getResponse());
            this.path = path;
        }

        @Override
        public Mono<Void> setComplete() {
            return bodiless() ? ProblemResponses.write(getDelegate(), path, getStatusCode(), null, Map.of())
                    : super.setComplete();
        }

        Mono<Void> problemIfBodiless() {
            return bodiless() ? ProblemResponses.write(getDelegate(), path, getStatusCode(), null, Map.of()) : Mono.empty();
        }

        private boolean bodiless() {
            HttpStatusCode status = getStatusCode();
            return status != null && status.isError() && !isCommitted() && getHeaders().getContentType() == null;
        }
    }
}
