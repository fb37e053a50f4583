package io.serviceops.gateway.bodylimit;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@code RequestSize} filter trusts {@code Content-Length}; a chunked body has
 * none and passed whole. This counts the bytes as they stream through and fails the request with a
 * 413 problem at the first byte past the limit, which also stops reading the client's body and
 * aborts what was forwarded. A declared length over the limit is refused before anything is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@EnableConfigurationProperties(BodyLimitProperties.class)
class BodyLimit implements WebFilter {

    private final long limit;

    BodyLimit(BodyLimitProperties properties) {
        this.limit = properties.maxSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return Mono.error(tooLarge());
        }
        return chain.filter(exchange.mutate().request(new CountedBody(exchange)).build());
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the gateway accepts (" + limit + " bytes).");
    }

    private final class CountedBody extends ServerHttpRequestDecorator {

        CountedBody(ServerWebExchange exchange) {
            super(exchange.getRequest());
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
