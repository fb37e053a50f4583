package io.serviceops.complaint.complaint;

import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the customer is told about their case (告知处理时限、及时反馈): the acknowledgement with the
 * promised resolution time on filing, the resolution notice, and the outcome of an improvement action
 * their case asked about (向顾客反馈改进情况). Only for a named customer who gave contact data and
 * consent (the notification contract needs the customer); an anonymous filer's contact data is for staff
 * calling back. The notification id derives
 * from the complaint and the template (and the action), so the customer is told each thing once.
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

    static Optional<NotificationRequested> improvementOutcome(Complaint complaint, String actionId, String measure,
            String outcome, Instant at) {
        return request(complaint, NotificationRequested.IMPROVEMENT_OUTCOME, ":" + actionId,
                Map.of("actionId", actionId, "measure", measure, "outcome", outcome), at);
    }

    private static Optional<NotificationRequested> request(Complaint complaint, String template,
            Map<String, String> parameters, Instant at) {
        return request(complaint, template, "", parameters, at);
    }

    private static Optional<NotificationRequested> request(Complaint complaint, String template, String idSuffix,
            Map<String, String> parameters, Instant at) {
        ComplaintDraft filing = complaint.filing();
        if (filing.isAnonymous() || filing.contact() == null) {
            return Optional.empty();
        }
        Recipient recipient = filing.contact().asRecipient();
        if (!recipient.reachable()) {
            return Optional.empty();
        }
        return Optional.of(new NotificationRequested(complaint.id() + ":" + template + idSuffix, template, complaint.id(),
                filing.customerId(), recipient, parameters, at));
    }
}
