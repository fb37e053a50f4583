package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Customers' phone and e-mail are stored encrypted, read back clear, and old clear documents are sealed. */
@ComplaintServiceTest
class ContactAtRestContract {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ContactEncryptionMigration migration;
    private Api agent;
    private String email;
    private String phone;

    @BeforeEach
    void connect() {
        agent = new Api(port, "complaint-service");
        email = "rest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        phone = "+86 21 " + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private String filed() {
        Api.Response filed = agent.post("/api/v1/complaints", with(complaint(uniqueStore()), "contact",
                Map.of("email", email, "phone", phone, "consent", true)));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String id = filed.body().get("id").asString();
        // Pending events (the acknowledgement's contact) leave the document once relayed.
        await().atMost(Duration.ofSeconds(30)).until(() -> ((List<?>) stored(id).get("outbox")).isEmpty());
        return id;
    }

    private Document stored(String id) {
        return mongo.getCollection(Complaint.COLLECTION).find(new Document("_id", id)).first();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contactOf(Document complaint) {
        return (Map<String, Object>) ((Map<String, Object>) complaint.get("filing")).get("contact");
    }

    @Test
    void theStoreHoldsThePhoneAndEmailOnlyEncryptedAndTheApiShowsThemClear() {
        String id = filed();

        Document complaint = stored(id);
        Map<String, Object> contact = contactOf(complaint);
        assertThat((String) contact.get("email")).startsWith("tink:");
        assertThat((String) contact.get("phone")).startsWith("tink:");
        assertThat(contact).containsKeys("emailLookup", "phoneLookup").containsEntry("encrypted", true);
        assertThat(complaint.toJson()).doesNotContain(email).doesNotContain(phone);

        assertContact(agent.get("/api/v1/complaints/" + id).body(), email, phone);
    }

    @Test
    void aContactStoredBeforeEncryptionIsReadAsItIsAndSealedByTheMigration() {
        String id = filed();
        mongo.getCollection(Complaint.COLLECTION).updateOne(new Document("_id", id), new Document("$set",
                new Document("filing.contact", new Document("phone", phone).append("email", email)
                        .append("consent", true).append("language", "en"))));
        assertThat(stored(id).toJson()).contains(email);

        assertContact(agent.get("/api/v1/complaints/" + id).body(), email, phone);
        assertThat(migration.sealClearContacts()).isGreaterThanOrEqualTo(1);

        assertThat(stored(id).toJson()).doesNotContain(email).doesNotContain(phone);
        assertThat(contactOf(stored(id))).containsEntry("encrypted", true);
        assertContact(agent.get("/api/v1/complaints/" + id).body(), email, phone);
        assertThat(migration.sealClearContacts()).as("nothing left in clear").isZero();
    }

    /** The migration ran at this service's start and is recorded, so no later start searches every complaint again. */
    @Test
    void theMigrationIsRecordedAsDoneAtTheFirstStart() {
        assertThat(mongo.getCollection("migrations").find(new Document("_id", ContactEncryptionMigration.NAME)).first())
                .as("recorded by the start of this test's service").isNotNull();
    }

    private static void assertContact(JsonNode complaint, String email, String phone) {
        assertThat(complaint.get("contact").get("email").asString()).isEqualTo(email);
        assertThat(complaint.get("contact").get("phone").asString()).isEqualTo(phone);
    }
}
