package io.serviceops.notification.customer;

import io.serviceops.events.notification.Recipient;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Whether a customer can be told something, and by which channel: only with consent and an address,
 * by e-mail if they gave one, else by SMS if the SMS channel is configured. Anything else is recorded
 * as skipped with the reason.
 */
@Component
class Reachability {

    private final HttpSmsTransport sms;

    Reachability(HttpSmsTransport sms) {
        this.sms = sms;
    }

    CustomerNotification notification(String id, String template, String complaintId, String customerId,
            Recipient recipient, Map<String, String> parameters, Instant now) {
        if (recipient == null || !recipient.consent()) {
            return CustomerNotification.skipped(id, template, complaintId, customerId, "no consent on file", now);
        }
        if (recipient.email() == null && (recipient.phone() == null || !sms.enabled())) {
            return CustomerNotification.skipped(id, template, complaintId, customerId,
                    recipient.phone() == null ? "no address on file" : "no e-mail address and the SMS channel is off",
                    now);
        }
        return CustomerNotification.of(id, template, complaintId, customerId, recipient, parameters, now);
    }
}
