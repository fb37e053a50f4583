package io.serviceops.notification.webhook.delivery;

import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** A subscription's deliveries with their attempts, and replays of one delivery or of a time range. */
@Service
public class DeliveryLog {

    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryLog(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Page<Delivery> of(String subscriptionId, DeliveryStatus status, Instant from, Instant to, Pageable page) {
        return deliveries.log(subscriptionId, status, from, to, page);
    }

    /** False when the delivery does not exist or is still waiting (it will be sent anyway). */
    public boolean replay(String subscriptionId, String deliveryId) {
        return deliveries.replay(subscriptionId, deliveryId, clock.instant());
    }

    public long replay(String subscriptionId, Instant from, Instant to) {
        return deliveries.replay(subscriptionId, from, to, clock.instant());
    }
}
