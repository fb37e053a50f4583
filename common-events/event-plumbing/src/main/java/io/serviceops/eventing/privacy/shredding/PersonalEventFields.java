package io.serviceops.eventing.privacy.shredding;

import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import io.serviceops.events.notification.SurveyInvitationIssued;
import java.util.function.UnaryOperator;

/**
 * The personal fields of the catalogue's events that travel sealed under their customer's key, in one place
 * for every producer: {@code ComplaintFiled}/{@code ComplaintResolved.customerId}, the customer notice's
 * {@code NotificationRequested.customerId} and {@code recipient} (e-mail and phone),
 * {@code NegativeFeedbackReceived.customerId} and {@code comment}, {@code SurveyInvitationIssued.customerId}. The outbox applies it to each event as it is stored, so an aggregate raises events
 * with clear values and nothing pending or published holds them. A field without a customer (anonymous
 * feedback, a staff member's notice) stays as it is: no erasure could find it by customer.
 */
public class PersonalEventFields implements UnaryOperator<IntegrationEvent> {

    /** The field names bound to the ciphertexts; readers open each field under its name. */
    public static final String CUSTOMER_ID = "customerId";
    public static final String COMMENT = "comment";
    public static final String EMAIL = "recipient.email";
    public static final String PHONE = "recipient.phone";

    private final CustomerKeyStore keys;

    public PersonalEventFields(CustomerKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public IntegrationEvent apply(IntegrationEvent event) {
        if (event instanceof ComplaintFiled filed && needsSealing(filed.customerId())) {
            return filed.withCustomerId(sealedCustomerId(filed.customerId()));
        }
        if (event instanceof ComplaintResolved resolved && needsSealing(resolved.customerId())) {
            return resolved.withCustomerId(sealedCustomerId(resolved.customerId()));
        }
        if (event instanceof NegativeFeedbackReceived negative && needsSealing(negative.customerId())) {
            CustomerKey key = keys.keyFor(negative.customerId());
            return negative.withCustomer(key.seal(negative.customerId(), CUSTOMER_ID), key.seal(negative.comment(), COMMENT));
        }
        if (event instanceof NotificationRequested notice && !notice.forStaff() && needsSealing(notice.customerId())) {
            CustomerKey key = keys.keyFor(notice.customerId());
            Recipient recipient = notice.recipient();
            return notice.withCustomerId(key.seal(notice.customerId(), CUSTOMER_ID)).withRecipient(
                    recipient.withAddresses(key.seal(recipient.email(), EMAIL), key.seal(recipient.phone(), PHONE)));
        }
        if (event instanceof SurveyInvitationIssued invitation && needsSealing(invitation.customerId())) {
            return invitation.withCustomerId(sealedCustomerId(invitation.customerId()));
        }
        return event;
    }

    private String sealedCustomerId(String customerId) {
        return keys.keyFor(customerId).seal(customerId, CUSTOMER_ID);
    }

    /** Present and not sealed yet (an event is stored once, but a sealed id must never be sealed again). */
    private static boolean needsSealing(String customerId) {
        return customerId != null && CustomerKey.keyIdOf(customerId) == null;
    }
}
