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
 * with a status and no body; this turns every such bodiless error into a problem document. It also
 * notes the path the client called, the problem's {@code instance}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EmptyErrorBodies implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        exchange.getAttributes().put(ProblemResponses.CALLED_PATH, path);
        return chain.filter(exchange.mutate().response(new ProblemOnEmptyError(exchange, path)).build());
    }

    private static final class ProblemOnEmptyError extends ServerHttpResponseDecorator {

        private final String path;

        ProblemOnEmptyError(ServerWebExchange exchange, String path) {
            super(exchange.getResponse());
            this.path = path;
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (status != null && status.isError() && !isCommitted() && getHeaders().getContentType() == null) {
                return ProblemResponses.write(getDelegate(), path, status, null, Map.of());
            }
            return super.setComplete();
        }
    }
}
