package io.serviceops.complaint.complaint;

import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the customer is told about their case (告知处理时限、及时反馈): the acknowledgement with the
 * promised resolution time on filing, and the resolution notice. Only for a customer who left contact
 * data and consent (an anonymous filer may, to hear back, without naming an identity). The notification id derives
 * from the complaint and the template, so the customer is told each thing once.
 */
final class CustomerNotices {

    private CustomerNotices() {
    }

    static Optional<NotificationRequested> acknowledgement(Complaint complaint, Instant resolutionDue, Instant at) {
        return request(complaint, NotificationRequested.COMPLAINT_ACKNOWLEDGED,
                Map.of("resolutionDue", resolutionDue.toString(), "trackingToken", complaint.trackingToken()), at);
    }

    static Optional<NotificationRequested> resolution(Complaint complaint, Instant at) {
        return request(complaint, NotificationRequested.COMPLAINT_RESOLVED, Map.of("resolvedAt", at.toString()), at);
    }

    private static Optional<NotificationRequested> request(Complaint complaint, String template,
            Map<String, String> parameters, Instant at) {
        ComplaintDraft filing = complaint.filing();
        if (filing.contact() == null) {
            return Optional.empty();
        }
        Recipient recipient = filing.contact().asRecipient();
        if (!recipient.reachable()) {
            return Optional.empty();
        }
        return Optional.of(new NotificationRequested(complaint.id() + ":" + template, template, complaint.id(),
                filing.customerId(), recipient, parameters, at));
    }
}
