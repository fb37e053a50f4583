package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.eventing.privacy.shredding.CustomerKey;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.SurveyInvitationIssued;
import io.serviceops.events.notification.Recipient;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.events.privacy.PersonalDataRequested;
import io.serviceops.notification.ServiceTest;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * notification-service stores customers' addresses encrypted and answers personal-data requests: found by
 * e-mail alone (its keyed hash), the customer's notifications and contact-book entries are exported, then
 * erased (address, parameters and contact book gone, id pseudonymised); a contact sealed under a customer key
 * is opened, and skipped once the key was shredded.
 */
@ServiceTest
class NotificationPersonalDataContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CustomerKeyDirectory customerKeys;
    @Autowired
    FieldEncryption ring;
    @Autowired
    KafkaTemplate<String, String> kafka;

    private PersonalDataAnswered answerTo(EventInjector injector, PersonalDataRequested request) throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.PRIVACY)) {
            injector.publish(request);
            EventEnvelope<PersonalDataAnswered> answer = probe.await(PersonalDataAnswered.class,
                    answered -> answered.requestId().equals(request.requestId()), TIMEOUT);
            assertThat(answer.source()).isEqualTo("/serviceops/notification-service");
            return answer.data();
        }
    }

    @Test
    void exportsAndErasesACustomersNotificationsFoundByTheirEmail() throws Exception {
        String complaintId = "cmp-" + UUID.randomUUID();
        String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        String address = complaintId + "@example.com";
        String id = complaintId + ":COMPLAINT_ACKNOWLEDGED";
        try (EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publish(new NotificationRequested(id, "COMPLAINT_ACKNOWLEDGED", complaintId, customer,
                    new Recipient(address, "+86 21 5555 0188", "en", true),
                    Map.of("resolutionDue", "2026-12-04T01:30:00Z", "trackingToken", "tok-" + complaintId), Instant.now()));
            await().atMost(TIMEOUT).until(() -> mongo.findById(id, CustomerNotification.class) != null);
            // Stored encrypted (found below by the keyed hash of the e-mail alone), read back clear.
            Document stored = mongo.getCollection(CustomerNotification.COLLECTION).find(new Document("_id", id)).first();
            assertThat(stored.toJson()).doesNotContain(address).doesNotContain("5555 0188");
            assertThat(((Document) stored.get("recipient")).getString("email")).startsWith("tink:");
            assertThat(mongo.findById(id, CustomerNotification.class).recipient().email()).isEqualTo(address);
            assertThat(mongo.getCollection("contacts").find(new Document("_id", complaintId)).first().toJson())
                    .doesNotContain(address);

            PersonalDataAnswered export = answerTo(injector, new PersonalDataRequested("pdr-" + UUID.randomUUID(),
                    PersonalDataRequested.EXPORT, List.of(), List.of(), List.of(address), null, Instant.now()));
            assertThat(export.export()).contains(address).contains(customer).contains("\"notifications\"")
                    .contains("\"contacts\"").contains("tok-" + complaintId);

            PersonalDataRequested erasure = new PersonalDataRequested("pdr-" + UUID.randomUUID(),
                    PersonalDataRequested.ERASURE, List.of(customer), List.of(), List.of(address), "erased-" + UUID.randomUUID(),
                    Instant.now());
            PersonalDataAnswered erased = answerTo(injector, erasure);

            assertThat(erased.erased()).containsEntry("notifications", 1L).containsEntry("contacts", 1L);
            CustomerNotification after = mongo.findById(id, CustomerNotification.class);
            assertThat(after.recipient()).isNull();
            assertThat(after.parameters()).isNullOrEmpty();
            assertThat(after.customerId()).isEqualTo(erasure.pseudonym());
            assertThat(mongo.findById(complaintId, ContactBook.Entry.class)).isNull();
        }
    }

    /**
     * Crypto-shredding: a customer's id and contact arrive sealed under their key, are opened with the key from
     * the keys topic and stored (a survey invitation's customer id too); once the key's tombstone is read, a
     * request or invitation sealed under it (a replay after the erasure) stores nothing: no notification, no
     * contact-book entry.
     */
    @Test
    void opensAContactSealedUnderTheCustomersKeyAndSkipsARequestWhoseKeyWasShredded() throws Exception {
        CustomerKey key = CustomerKey.generate();
        kafka.send(Topics.CUSTOMER_KEYS, key.id(), ring.seal(key.serialized(), CustomerKeyDirectory.KEY_RECORD)).get();
        String opened = "cmp-" + UUID.randomUUID();
        String address = opened + "@example.com";
        Recipient sealed = new Recipient(key.seal(address, PersonalEventFields.EMAIL),
                key.seal("+86 21 5555 0199", PersonalEventFields.PHONE), "en", true);
        String sealedCustomer = key.seal("cust-sealed", PersonalEventFields.CUSTOMER_ID);
        try (EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publish(new NotificationRequested(opened + ":COMPLAINT_RESOLVED", "COMPLAINT_RESOLVED", opened,
                    sealedCustomer, sealed, Map.of("resolvedAt", "2026-12-04T01:30:00Z"), Instant.now()));
            await().atMost(TIMEOUT).until(() -> mongo.findById(opened + ":COMPLAINT_RESOLVED", CustomerNotification.class) != null);
            CustomerNotification notice = mongo.findById(opened + ":COMPLAINT_RESOLVED", CustomerNotification.class);
            assertThat(notice.recipient().email()).isEqualTo(address);
            assertThat(notice.customerId()).isEqualTo("cust-sealed");
            assertThat(mongo.findById(opened, ContactBook.Entry.class).customerId()).isEqualTo("cust-sealed");
            injector.publish(new SurveyInvitationIssued(opened + "-inv", opened, sealedCustomer,
                    "https://serviceops.example.com/api/v1/feedback/invitations/t-" + opened, Instant.now().plusSeconds(3600),
                    Instant.now()));
            await().atMost(TIMEOUT).until(() -> mongo.findById(opened + "-inv:" + SurveyInvitationIntake.TEMPLATE,
                    CustomerNotification.class) != null);
            assertThat(mongo.findById(opened + "-inv:" + SurveyInvitationIntake.TEMPLATE, CustomerNotification.class)
                    .customerId()).isEqualTo("cust-sealed");

            kafka.send(Topics.CUSTOMER_KEYS, key.id(), null).get();
            await().atMost(TIMEOUT).until(() -> customerKeys.open(sealed.email(), PersonalEventFields.EMAIL).shredded());
            String replayed = "cmp-" + UUID.randomUUID();
            String marker = "cmp-" + UUID.randomUUID();
            injector.publish(new NotificationRequested(replayed + ":COMPLAINT_RESOLVED", "COMPLAINT_RESOLVED", replayed,
                    sealedCustomer, sealed, Map.of("resolvedAt", "2026-12-04T01:30:00Z"), Instant.now()));
            injector.publish(new SurveyInvitationIssued(opened + "-replayed", opened, sealedCustomer,
                    "https://serviceops.example.com/api/v1/feedback/invitations/r-" + opened, Instant.now().plusSeconds(3600),
                    Instant.now()));
            injector.publish(new NotificationRequested(marker + ":COMPLAINT_RESOLVED", "COMPLAINT_RESOLVED", marker,
                    "cust-other", new Recipient(marker + "@example.com", null, "en", true),
                    Map.of("resolvedAt", "2026-12-04T01:30:00Z"), Instant.now()));

            await().atMost(TIMEOUT).until(() -> mongo.findById(marker + ":COMPLAINT_RESOLVED", CustomerNotification.class) != null);
            assertThat(mongo.findById(replayed + ":COMPLAINT_RESOLVED", CustomerNotification.class)).isNull();
            assertThat(mongo.findById(replayed, ContactBook.Entry.class)).isNull();
            assertThat(mongo.findById(opened + "-replayed:" + SurveyInvitationIntake.TEMPLATE, CustomerNotification.class))
                    .isNull();
        }
    }
}
