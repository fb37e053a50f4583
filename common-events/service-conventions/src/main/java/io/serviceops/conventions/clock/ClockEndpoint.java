package io.serviceops.conventions.clock;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/** {@code /actuator/clock}: read the service's time, or move it forward by an ISO-8601 duration. */
@Endpoint(id = "clock")
public class ClockEndpoint {

    private final AdjustableClock clock;

    public ClockEndpoint(AdjustableClock clock) {
        this.clock = clock;
    }

    @ReadOperation
    public Map<String, Object> now() {
        return Map.of("now", clock.instant().toString(), "offset", clock.offset().toString());
    }

    @WriteOperation
    public Map<String, Object> advance(String by) {
        clock.advance(Duration.parse(by));
        return now();
    }
}
