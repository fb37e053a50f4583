package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import io.serviceops.events.notification.SurveyInvitationIssued;
import io.serviceops.notification.ServiceTest;
import io.serviceops.notification.TestEndpoints;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Customer e-mails on a real broker and store, into GreenMail: once each, in the customer's language. */
@ServiceTest
class CustomerNotificationContract {

    private static final Instant DUE = Instant.parse("2026-12-04T01:30:00Z");

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;

    EventInjector injector;
    Api supervisor;

    @BeforeEach
    void open() {
        injector = new EventInjector(bootstrapServers);
        supervisor = new Api(port, "notification-service").as("SUPERVISOR", "");
    }

    @AfterEach
    void close() {
        injector.close();
    }

    static NotificationRequested acknowledgement(String complaintId, String email, String language, boolean consent) {
        return new NotificationRequested(complaintId + ":COMPLAINT_ACKNOWLEDGED", "COMPLAINT_ACKNOWLEDGED", complaintId,
                "cust-77", new Recipient(email, null, language, consent),
                Map.of("resolutionDue", DUE.toString(), "trackingToken", "tok-" + complaintId), Instant.now());
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestEndpoints.MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void theAcknowledgementCarriesThePromisedTimeInTheCustomersLanguageAndTheTrackingLink() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        injector.publish(acknowledgement(complaintId, address, "en", true));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).isEqualTo("We have received your complaint (" + complaintId + ")");
        assertThat(GreenMailUtil.getBody(mail).replaceAll("=\r?\n", "")).contains("2026-12-04 09:30 (Asia/Shanghai)")
                .contains("/api/v1/complaints/tracking/tok-" + complaintId);
        assertThat(body).isNotBlank();
    }

    @Test
    void aChineseSpeakingCustomerIsWrittenToInChinese() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        injector.publish(acknowledgement(complaintId, address, "zh-CN", true));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        assertThat(mailTo(address).get(0).getSubject()).isEqualTo("我们已收到您的投诉（" + complaintId + "）");
    }

    @Test
    void aRequestDeliveredThreeTimesSendsOneMail() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        EventEnvelope<NotificationRequested> first = injector.publish(acknowledgement(complaintId, address, "en", true));
        injector.publish(first);
        injector.publish(acknowledgement(complaintId, address, "en", true));
        String marker = "cmp-" + UUID.randomUUID();
        injector.publish(acknowledgement(marker, marker + "@example.com", "en", true));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(marker + "@example.com").size() == 1);
        assertThat(mailTo(address)).hasSize(1);
    }

    @Test
    void theSurveyLinkGoesToTheContactTheComplaintCarried() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        injector.publish(acknowledgement(complaintId, address, "en", true));
        injector.publish(new SurveyInvitationIssued("inv-" + complaintId, complaintId, "cust-77",
                "http://gateway/api/v1/feedback/invitations/t0k3n", Instant.now().plusSeconds(86400), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 2);
        assertThat(mailTo(address)).anySatisfy(mail -> assertThat(GreenMailUtil.getBody(mail))
                .contains("http://gateway/api/v1/feedback/invitations/t0k3n"));
    }

    @Test
    void theOutcomeOfAnImprovementReachesTheCustomerOnceHoweverOftenItIsShared() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        NotificationRequested outcome = new NotificationRequested(complaintId + ":IMPROVEMENT_OUTCOME:act-7",
                NotificationRequested.IMPROVEMENT_OUTCOME, complaintId, "cust-77", new Recipient(address, null, "en", true),
                Map.of("actionId", "act-7", "measure", "Second counter", "outcome", "Opens at rush hour"), Instant.now());
        injector.publish(outcome);
        injector.publish(outcome);
        String marker = "cmp-" + UUID.randomUUID();
        injector.publish(acknowledgement(marker, marker + "@example.com", "en", true));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(marker + "@example.com").size() == 1);
        assertThat(mailTo(address)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("What came of the improvement you asked about (" + complaintId + ")");
            assertThat(GreenMailUtil.getBody(mail)).contains("Second counter", "Opens at rush hour");
        });
    }

    @Test
    void aStaffMemberIsRemindedOfAnUnconfirmedStandardInTheirLanguage() throws Exception {
        String staffId = "staff-" + UUID.randomUUID();
        String address = staffId + "@stores.example.com";
        injector.publish(NotificationRequested.toStaff("ack-std-1-2-" + staffId + ":STANDARD_ACKNOWLEDGEMENT_OVERDUE",
                NotificationRequested.STANDARD_ACKNOWLEDGEMENT_OVERDUE, staffId, new Recipient(address, null, "zh-CN", true),
                Map.of("standardId", "std-1", "title", "投诉处理时限", "major", "2", "dueSince", DUE.toString()),
                Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        assertThat(mailTo(address).get(0).getSubject()).isEqualTo("请确认已阅读服务标准《投诉处理时限》第 2 版");
    }

    @Test
    void withoutConsentNothingIsSentAndTheSkipIsRecorded() {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        injector.publish(acknowledgement(complaintId, address, "en", false));

        await().atMost(Duration.ofSeconds(20)).until(() -> supervisor.get("/api/v1/notifications?complaintId="
                + complaintId).body().size() == 1);
        var recorded = supervisor.get("/api/v1/notifications?complaintId=" + complaintId).body().get(0);
        assertThat(recorded.get("status").asString()).isEqualTo("SKIPPED");
        assertThat(recorded.toString()).doesNotContain(address);
        assertThat(mailTo(address)).isEmpty();
    }

    @Test
    void aSendCutOffMidWayIsRecordedAsUncertainAndNeverSentAgain() {
        String complaintId = "cmp-" + UUID.randomUUID();
        String address = complaintId + "@example.com";
        // What a SIGKILL between claiming and recording leaves: a claim nobody will finish.
        CustomerNotification claimed = CustomerNotification.of(complaintId + ":COMPLAINT_ACKNOWLEDGED",
                "COMPLAINT_ACKNOWLEDGED", complaintId, "cust-77", new Recipient(address, null, "en", true), Map.of(),
                Instant.now());
        mongo.insert(claimed);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())), new Update()
                .set("status", NotificationStatus.SENDING).set("claimedAt", Instant.now().minus(Duration.ofHours(1))),
                CustomerNotification.class);
        injector.publish(acknowledgement(complaintId, address, "en", true));

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(claimed.id(), CustomerNotification.class)
                .status() == NotificationStatus.UNCERTAIN);
        assertThat(mailTo(address)).isEmpty();
    }

    @Test
    void aBounceReportedForASentMailIsRecorded() {
        String complaintId = "cmp-" + UUID.randomUUID();
        injector.publish(acknowledgement(complaintId, complaintId + "@example.com", "en", true));
        String id = complaintId + ":COMPLAINT_ACKNOWLEDGED";
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(id, CustomerNotification.class) != null
                && mongo.findById(id, CustomerNotification.class).status() == NotificationStatus.SENT);

        var bounced = supervisor.post("/api/v1/notifications/" + id + "/bounce", Map.of("reason", "550 mailbox unknown"));
        var blank = supervisor.post("/api/v1/notifications/" + id + "/bounce", Map.of("reason", ""));

        assertThat(bounced.status()).isEqualTo(204);
        assertThat(mongo.findById(id, CustomerNotification.class).status()).isEqualTo(NotificationStatus.BOUNCED);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("reason");
    }
}
