package io.serviceops.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference "bare" Spring Cloud Gateway: the gateway's own jars (same Spring Cloud Gateway and
 * Reactor Netty versions) minus security, Redis, resilience4j, springdoc and actuator, and one route
 * without filters. bench/gateway-hop/run.sh compiles it and passes the route as properties:
 * --server.port, --spring.cloud.gateway.server.webflux.routes[0].uri/predicates.
 */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
