package io.serviceops.notification.customer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code serviceops_notifications_total{channel, outcome}}: sent, failed, bounced, uncertain, skipped. */
@Component
class NotificationMetrics {

    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            for (NotificationStatus outcome : new NotificationStatus[] {NotificationStatus.SENT, NotificationStatus.FAILED,
                    NotificationStatus.BOUNCED, NotificationStatus.UNCERTAIN}) {
                counter(channel.name(), outcome).increment(0);
            }
        }
    }

    void outcome(Channel channel, NotificationStatus outcome) {
        counter(channel == null ? "NONE" : channel.name(), outcome).increment();
    }

    void uncertain(long count) {
        counter("ANY", NotificationStatus.UNCERTAIN).increment(count);
    }

    private Counter counter(String channel, NotificationStatus outcome) {
        return Counter.builder("serviceops.notifications").description("Customer notifications by channel and outcome")
                .tag("channel", channel).tag("outcome", outcome.name().toLowerCase()).register(registry);
    }
}
