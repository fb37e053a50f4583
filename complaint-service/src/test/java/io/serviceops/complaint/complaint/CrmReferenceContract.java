package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.Api.body;
import static io.serviceops.complaint.support.Api.json;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.Api;
import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.testsupport.EventProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A CRM's own reference: unique per CRM client, the way to find its complaint, carried in the events. */
@ComplaintServiceTest
abstract class CrmReferenceContract {

    private static final String SCOPES = "complaints:file complaints:act complaints:read";

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    private Api crmA;
    private Api crmB;

    @BeforeEach
    void connect() {
        crmA = new Api(port).as("INTEGRATION", SCOPES);
        crmB = new Api(port).as("INTEGRATION,TRAINER", SCOPES);
    }

    private static Map<String, Object> crmComplaint(String reference) {
        return with(with(complaint(uniqueStore()), "channel", "CRM"), "externalReference", reference);
    }

    @Test
    void aReferenceIsUniquePerClientAndFindsTheComplaint() {
        String reference = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> first = crmA.post("/api/v1/complaints", body(crmComplaint(reference)));
        HttpResponse<String> again = crmA.post("/api/v1/complaints", body(crmComplaint(reference)));
        HttpResponse<String> otherClient = crmB.post("/api/v1/complaints", body(crmComplaint(reference)));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(otherClient.statusCode()).as(otherClient.body()).isEqualTo(201);
        HttpResponse<String> found = crmA.get("/api/v1/complaints/by-reference/" + reference);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(json(found).get("id").asString()).isEqualTo(json(first).get("id").asString());
        assertThat(json(crmB.get("/api/v1/complaints/by-reference/" + reference)).get("id").asString())
                .isEqualTo(json(otherClient).get("id").asString());
        assertThat(crmA.get("/api/v1/complaints/by-reference/CRM-unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void theReferenceTravelsInTheEvents() throws Exception {
        String reference = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            HttpResponse<String> filed = crmA.post("/api/v1/complaints", body(crmComplaint(reference)));
            String id = json(filed).get("id").asString();

            var event = probe.await(ComplaintFiled.class, e -> e.complaintId().equals(id), Duration.ofSeconds(20));
            assertThat(event.data().externalReference()).isEqualTo(reference);
        }
    }
}
