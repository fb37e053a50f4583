package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.complaint.ComplaintMother.ATTITUDE;
import static io.serviceops.complaint.complaint.ComplaintMother.FILED;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.notification.NotificationRequested;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomerNoticesTest {

    private static Complaint filedWith(String customerId, Contact contact) {
        ComplaintDraft draft = new ComplaintDraft("SERVICE_ATTITUDE", Channel.APP, "store-sh-01", "staff-042", customerId,
                CustomerTier.TWO_STAR, contact, "Clerk was rude", null, null, null, null);
        return Complaint.file("cmp-9", draft, ATTITUDE, "app", FILED);
    }

    private static java.util.List<NotificationRequested> notices(Complaint complaint) {
        return complaint.raisedEvents().stream().filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast).toList();
    }

    @Test
    void aConsentingCustomerIsPromisedTheResolutionTimeWithTheirTrackingToken() {
        Complaint complaint = filedWith("cust-77", new Contact(null, "li.lei@example.com", true, "en"));

        NotificationRequested acknowledgement = notices(complaint).get(0);
        assertThat(acknowledgement.notificationId()).isEqualTo("cmp-9:COMPLAINT_ACKNOWLEDGED");
        assertThat(acknowledgement.parameters()).containsEntry("resolutionDue", FILED.plus(Duration.ofHours(24)).toString())
                .containsEntry("trackingToken", complaint.trackingToken());
        assertThat(acknowledgement.recipient().email()).isEqualTo("li.lei@example.com");
        assertThat(acknowledgement.recipient().language()).isEqualTo("en");
        assertThat(complaint.trackingToken()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void resolvingTellsTheCustomerOnceMore() {
        Complaint complaint = filedWith("cust-77", new Contact("+86 21 5555 0101", null, true, null));
        complaint.assign("CUSTOMER_SUPPORT", "agent-7", "lead-1", FILED.plusSeconds(60));
        complaint.resolve(RootCause.STAFF_CONDUCT, Handling.APOLOGY, null, "agent-7", null, FILED.plusSeconds(600));

        assertThat(notices(complaint)).extracting(NotificationRequested::template)
                .containsExactly("COMPLAINT_ACKNOWLEDGED", "COMPLAINT_RESOLVED");
        assertThat(notices(complaint).get(1).recipient().language()).isEqualTo("zh-CN");
    }

    @Test
    void withoutConsentOrAddressNobodyIsNotified() {
        assertThat(notices(filedWith("cust-77", new Contact(null, "li.lei@example.com", false, "en")))).isEmpty();
        assertThat(notices(filedWith("cust-77", new Contact(null, "li.lei@example.com", null, "en")))).isEmpty();
        assertThat(notices(filedWith("cust-77", new Contact(null, null, true, "en")))).isEmpty();
        assertThat(notices(filedWith("cust-77", null))).isEmpty();
    }

    @Test
    void anAnonymousComplaintNeverProducesANotification() {
        Complaint anonymous = filedWith(null, new Contact(null, "li.lei@example.com", true, "en"));

        assertThat(notices(anonymous)).isEmpty();
    }

    @Test
    void aCustomerWhoAskedAboutAnImprovementHearsItsOutcomeOncePerAction() {
        Complaint complaint = filedWith("cust-77", new Contact(null, "li.lei@example.com", true, "en"));

        boolean told = complaint.tellImprovementOutcome("act-7", "Second counter", "Opens at rush hour", FILED);

        assertThat(told).isTrue();
        NotificationRequested outcome = notices(complaint).get(1);
        assertThat(outcome.notificationId()).isEqualTo("cmp-9:IMPROVEMENT_OUTCOME:act-7");
        assertThat(outcome.template()).isEqualTo(NotificationRequested.IMPROVEMENT_OUTCOME);
        assertThat(outcome.parameters()).containsEntry("measure", "Second counter")
                .containsEntry("outcome", "Opens at rush hour");
        assertThat(outcome.recipient().email()).isEqualTo("li.lei@example.com");
    }

    @Test
    void anImprovementOutcomeIsNotRecordedForACustomerWhoCannotBeTold() {
        Complaint anonymous = filedWith(null, new Contact(null, "li.lei@example.com", true, "en"));
        Complaint withoutConsent = filedWith("cust-77", new Contact(null, "li.lei@example.com", false, "en"));

        assertThat(anonymous.tellImprovementOutcome("act-7", "m", "o", FILED)).isFalse();
        assertThat(withoutConsent.tellImprovementOutcome("act-7", "m", "o", FILED)).isFalse();
        assertThat(notices(anonymous)).isEmpty();
        assertThat(notices(withoutConsent)).isEmpty();
    }
}
