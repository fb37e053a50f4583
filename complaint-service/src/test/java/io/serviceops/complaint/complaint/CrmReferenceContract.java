package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A CRM's own reference: unique per CRM client, the way to find its complaint, carried in the events. */
@ComplaintServiceTest
class CrmReferenceContract {

    private static final String SCOPES = "complaints:file complaints:act complaints:read";

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    private Api crmA;
    private Api crmB;

    @BeforeEach
    void connect() {
        crmA = new Api(port, "complaint-service").as("INTEGRATION", SCOPES);
        crmB = new Api(port, "complaint-service").as("INTEGRATION,TRAINER", SCOPES);
    }

    private static Map<String, Object> crmComplaint(String reference) {
        return with(with(complaint(uniqueStore()), "channel", "CRM"), "externalReference", reference);
    }

    @Test
    void aReferenceIsUniquePerClientAndFindsTheComplaint() {
        String reference = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response first = crmA.post("/api/v1/complaints", crmComplaint(reference));
        Api.Response again = crmA.post("/api/v1/complaints", crmComplaint(reference));
        Api.Response otherClient = crmB.post("/api/v1/complaints", crmComplaint(reference));

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(otherClient.status()).as(otherClient.text()).isEqualTo(201);
        Api.Response found = crmA.get("/api/v1/complaints/by-reference/" + reference);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(crmB.get("/api/v1/complaints/by-reference/" + reference).body().get("id").asString())
                .isEqualTo(otherClient.body().get("id").asString());
        assertThat(crmA.get("/api/v1/complaints/by-reference/CRM-unknown").status()).isEqualTo(404);
    }

    @Test
    void theReferenceTravelsInTheEvents() throws Exception {
        String reference = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            Api.Response filed = crmA.post("/api/v1/complaints", crmComplaint(reference));
            String id = filed.body().get("id").asString();

            var event = probe.await(ComplaintFiled.class, e -> e.complaintId().equals(id), Duration.ofSeconds(20));
            assertThat(event.data().externalReference()).isEqualTo(reference);
        }
    }
}
