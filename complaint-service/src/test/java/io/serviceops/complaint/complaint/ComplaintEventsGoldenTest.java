package io.serviceops.complaint.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.eventing.outbox.OutboxMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the outbox will publish has the shape of the contracts' golden samples. */
class ComplaintEventsGoldenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPublishedEventMatchesItsGoldenSample() throws Exception {
        Complaint complaint = ComplaintMother.resolved();
        complaint.reopen("still rude", "agent-7", ComplaintMother.FILED.plusSeconds(4000));
        complaint.checkDeadlines(ComplaintMother.FILED.plus(Duration.ofDays(3)));
        complaint.resolve(null, Handling.COMPENSATION, null, "agent-7", null, ComplaintMother.FILED.plus(Duration.ofDays(3)));
        complaint.confirm(null, "agent-7", ComplaintMother.FILED.plus(Duration.ofDays(4)));

        List<OutboxMessage> messages = complaint.pendingEvents();
        assertThat(messages).extracting(OutboxMessage::type).contains("ComplaintFiled", "ComplaintAssigned",
                "ComplaintFirstResponded", "ComplaintResolved", "ComplaintReopened", "ComplaintSlaBreached",
                "ComplaintEscalated", "ComplaintClosed");
        for (OutboxMessage message : messages) {
            JsonNode published = JSON.readTree(message.payload());
            JsonNode golden = golden(message.type());
            assertThat(fields(published)).as(message.type() + " envelope").isEqualTo(fields(golden));
            assertThat(fields(published.get("data"))).as(message.type() + " data").isEqualTo(fields(golden.get("data")));
            assertThat(published.get("source").asString()).isEqualTo("/serviceops/complaint-service");
        }
    }

    private static JsonNode golden(String type) throws Exception {
        try (InputStream in = ComplaintEventsGoldenTest.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static Set<String> fields(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }
}
