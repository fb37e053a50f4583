package io.serviceops.notification.customer;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** What operators may read and record about notifications: outcomes, never the contact data. */
@Service
public class NotificationLog {

    private final CustomerNotifications notifications;
    private final NotificationMetrics metrics;
    private final Clock clock;

    NotificationLog(CustomerNotifications notifications, NotificationMetrics metrics, Clock clock) {
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
    }

    public List<CustomerNotification> ofComplaint(String complaintId) {
        return notifications.ofComplaint(complaintId);
    }

    /** The provider reported that a sent message bounced; false if no such sent notification exists. */
    public boolean bounced(String id, String reason) {
        boolean changed = notifications.bounce(id, reason, clock.instant());
        if (changed) {
            notifications.byId(id).ifPresent(notification -> metrics.outcome(notification.channel(),
                    NotificationStatus.BOUNCED));
        }
        return changed;
    }
}
