package io.serviceops.gateway.problem;

import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refusals Netty would otherwise answer itself with an empty body: an over-long request line (414),
 * oversized headers (431), and methods the API never serves (TRACE, CONNECT: 405). Netty's own limits
 * are set above these ({@code server.netty.max-initial-line-length}, {@code server.max-http-request-header-size}),
 * so a request between the two gets a problem document; only one beyond Netty's gets a bare answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestShapeLimits implements WebFilter {

    /** The longest path and query the API accepts (a default; ids and filters are far shorter). */
    static final int MAX_URI_LENGTH = 8 * 1024;
    /** The most header bytes the API accepts (a default; a JWT and the usual headers take ~2 KB). */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Set<HttpMethod> SERVED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!SERVED.contains(request.getMethod())) {
            exchange.getResponse().getHeaders().setAllow(SERVED);
            return ProblemResponses.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "The API does not serve this method.");
        }
        if (request.getURI().getRawPath().length() + String.valueOf(request.getURI().getRawQuery()).length() > MAX_URI_LENGTH) {
            return ProblemResponses.write(exchange, HttpStatus.URI_TOO_LONG,
                    "The path and query are longer than " + MAX_URI_LENGTH + " characters.");
        }
        if (headerBytes(request.getHeaders()) > MAX_HEADER_BYTES) {
            return ProblemResponses.write(exchange, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes.");
        }
        return chain.filter(exchange);
    }

    private static long headerBytes(HttpHeaders headers) {
        return headers.headerSet().stream()
                .mapToLong(header -> header.getValue().stream().mapToLong(value -> header.getKey().length() + value.length() + 4).sum())
                .sum();
    }
}
