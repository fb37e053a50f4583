package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The business time of the four services ({@code /actuator/clock}, on when
 * {@code serviceops.clock.adjustable=true}). They always move together, so deadlines, periods and
 * sessions agree; the gateway has no business time and keeps the real one (its tokens stay valid).
 * This is the one place the scenario talks to a service directly: it is the stack's time, not business.
 */
final class Clocks {

    private final Map<String, JsonHttp> services;

    Clocks(Map<String, Integer> servicePorts) {
        services = servicePorts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new JsonHttp(URI.create("http://127.0.0.1:" + entry.getValue()))));
    }

    Instant now() {
        return Instant.parse(services.get("kpi-service").get("/actuator/clock")
                .path("now").asString());
    }

    void advance(Duration amount) {
        services.values().forEach(service ->
                service.post("/actuator/clock", Map.of("by", amount.toString())));
        Set<String> offsets = services.values().stream()
                .map(service -> service.get("/actuator/clock").path("offset").asString())
                .collect(Collectors.toSet());
        assertThat(offsets).as("every service's clock offset").hasSize(1);
    }

    /** Moves every clock to {@code moment}, or leaves them where they are if it has passed already. */
    void advanceTo(Instant moment) {
        Duration ahead = Duration.between(now(), moment);
        if (!ahead.isNegative()) {
            advance(ahead);
        }
    }
}
