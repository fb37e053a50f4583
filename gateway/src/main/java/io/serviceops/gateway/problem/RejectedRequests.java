package io.serviceops.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses suspicious requests (encoded slashes, {@code ..} segments, odd
 * characters in headers) with an empty 400; Spring Security picks up this handler instead, which answers
 * in problem+json without echoing what was refused.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST,
                "The request was refused: its path or headers contain characters the API does not accept.");
    }
}
