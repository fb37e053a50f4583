package io.serviceops.gateway.security;

import java.time.Clock;

import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.identity.IdentitySigner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Signs the identity {@link IdentityHeaders} set — every {@code X-User-*} header, whoever added it — for
 * the service the route leads to (its {@code audience} metadata), so the service can tell the gateway's
 * word from a forged header. Anonymous calls get an assertion over no identity: a service answers its
 * open endpoints only to requests that came through the gateway. Routes without an audience (the
 * services' API documents, open in every service) carry none.
 */
@Component
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityAssertions implements GlobalFilter, Ordered {

    static final String AUDIENCE = "audience";

    private final IdentitySigner signer;

    IdentityAssertions(IdentityProperties properties) {
        this.signer = new IdentitySigner(IdentityKeys.parse(properties.keys()), properties.lifetime(),
                properties.cacheSize(), Clock.systemUTC());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object audience = route == null ? null : route.getMetadata().get(AUDIENCE);
        if (audience == null) {
            return chain.filter(exchange);
        }
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String assertion = signer.assertion(IdentityAssertion.identityHeaders(headers.headerNames(), headers::get),
                audience.toString());
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(mutable -> mutable.set(IdentityAssertion.HEADER, assertion)))
                .build());
    }

    /** After {@link IdentityHeaders}, so the assertion covers the identity it set. */
    @Override
    public int getOrder() {
        return IdentityHeaders.ORDER + 1;
    }
}
