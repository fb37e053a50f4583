package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.events.notification.Recipient;
import io.serviceops.notification.ServiceTest;
import io.serviceops.testsupport.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * notification-service's copies of customers' addresses and texts leave 180 days after they were written;
 * the records stay. Time moves by storing records as written that long ago (the service's clock is real).
 */
@ServiceTest
class NotificationRetentionContract {

    @Value("${local.server.port}")
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    NotificationRetention retention;

    private String stored(Duration ago) {
        String complaintId = "cmp-" + UUID.randomUUID();
        Instant written = Instant.now().minus(ago);
        CustomerNotification notification = CustomerNotification.of(complaintId + ":COMPLAINT_RESOLVED",
                "COMPLAINT_RESOLVED", complaintId, "cust-77", new Recipient(complaintId + "@example.com", null, "en", true),
                Map.of("resolvedAt", written.toString()), written);
        mongo.insert(notification);
        // Settled long ago (if the sender was quicker, it settled it just now: SENT either way).
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notification.id()).and("status").is("PENDING")),
                new Update().set("status", NotificationStatus.SENT.name()).set("settledAt", written),
                CustomerNotification.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(notification.id(), CustomerNotification.class)
                .status() == NotificationStatus.SENT);
        mongo.save(new ContactBook.Entry(complaintId, "cust-77", notification.recipient(), written));
        return complaintId;
    }

    @Test
    void addressesAndTextsAreDeleted180DaysAfterTheyWereWrittenAndTheRecordsStay() {
        String old = stored(Duration.ofDays(181));
        String recent = stored(Duration.ofDays(179));

        long erased = retention.eraseExpired();

        assertThat(erased).isGreaterThanOrEqualTo(2);
        CustomerNotification expired = mongo.findById(old + ":COMPLAINT_RESOLVED", CustomerNotification.class);
        assertThat(expired.recipient()).isNull();
        assertThat(expired.parameters()).isNullOrEmpty();
        assertThat(expired.template()).isEqualTo("COMPLAINT_RESOLVED");
        assertThat(mongo.findById(old, ContactBook.Entry.class)).isNull();
        assertThat(mongo.findById(recent + ":COMPLAINT_RESOLVED", CustomerNotification.class).recipient()).isNotNull();
        assertThat(mongo.findById(recent, ContactBook.Entry.class)).isNotNull();
        assertThat(retention.eraseExpired()).as("a second run finds nothing left").isZero();
        assertThat(new Api(port, "notification-service").get("/actuator/prometheus").text())
                .contains("serviceops_privacy_retention_erased_total{application=\"notification-service\",field=\"notification-contact\"}");
    }
}
