package io.serviceops.notification.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends customer notifications at most once each: a sender first claims the notification (PENDING →
 * SENDING in one conditional update), then hands it to the provider, then records the outcome. A crash
 * (even SIGKILL) between claim and outcome leaves it SENDING; the sweep turns such claims into
 * UNCERTAIN and never sends them again. Only a send the provider refused goes back to PENDING.
 */
@Service
public class CustomerNotifier {

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifier.class);
    private static final int SWEEP_BATCH = 100;

    private final CustomerNotifications notifications;
    private final MessageTemplates templates;
    private final Map<Channel, Transport> transports;
    private final NotificationMetrics metrics;
    private final NotificationProperties properties;
    private final Clock clock;

    CustomerNotifier(CustomerNotifications notifications, MessageTemplates templates, List<Transport> transports,
            NotificationMetrics metrics, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, Function.identity()));
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores the notification unless it exists, then tries to send it at once. */
    void accept(CustomerNotification notification) {
        if (!notifications.add(notification)) {
            return;
        }
        if (notification.status() == NotificationStatus.PENDING) {
            send(notification.id());
        } else {
            metrics.outcome(notification.channel(), notification.status());
        }
    }

    void send(String id) {
        Instant now = clock.instant();
        notifications.claim(id, now).ifPresent(claimed -> {
            try {
                transports.get(claimed.channel()).send(claimed, templates.render(claimed.template(),
                        claimed.recipient().language(), claimed.parameters()));
                settle(claimed, NotificationStatus.SENT, null);
            } catch (Transport.Uncertain e) {
                settle(claimed, NotificationStatus.UNCERTAIN, e.getMessage());
            } catch (Transport.NotDelivered e) {
                if (claimed.attempts() >= properties.maxAttempts()) {
                    settle(claimed, NotificationStatus.FAILED, e.getMessage());
                } else {
                    log.info("Notification {} not delivered (attempt {}), trying again later: {}", id,
                            claimed.attempts(), e.getMessage());
                    notifications.retryLater(id, e.getMessage(), clock.instant().plus(properties.retryAfter()));
                }
            }
        });
    }

    private void settle(CustomerNotification notification, NotificationStatus outcome, String error) {
        notifications.settle(notification.id(), outcome, error, clock.instant());
        metrics.outcome(notification.channel(), outcome);
        if (outcome != NotificationStatus.SENT) {
            log.warn("Notification {} ({}) {}: {}", notification.id(), notification.channel(), outcome, error);
        }
    }

    /** Sends what is due (retries, and requests a crash left stored but unsent) and settles stuck claims. */
    @Scheduled(fixedDelayString = "${serviceops.notifications.sweep-interval:5s}")
    void sweep() {
        Instant now = clock.instant();
        long stuck = notifications.markStuckUncertain(now.minus(properties.claimTimeout()), now);
        if (stuck > 0) {
            metrics.uncertain(stuck);
            log.warn("{} notification(s) were claimed by a sender that stopped; recorded as UNCERTAIN, not resent",
                    stuck);
        }
        notifications.dueIds(now, SWEEP_BATCH).forEach(this::send);
    }
}
