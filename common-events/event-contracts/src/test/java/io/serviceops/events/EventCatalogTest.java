package io.serviceops.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.events.complaint.ComplaintReopened;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyEventTypeHasAGoldenSample() {
        for (EventType<?> type : EventCatalog.all()) {
            assertThat(getClass().getResource("/golden/v" + type.schemaVersion() + "/" + type.name() + ".json"))
                    .as("golden sample of %s", type.name())
                    .isNotNull();
        }
    }

    @Test
    void typeNamesAreUnique() {
        assertThat(EventCatalog.all()).extracting(EventType::name).doesNotHaveDuplicates();
    }

    @Test
    void wrapsAnEventWithItsCatalogueAttributes() {
        var reopened = new ComplaintReopened("cmp-1", "store-1", null, "not fixed", Instant.EPOCH);

        var envelope = EventEnvelope.wrap(reopened, Instant.EPOCH, "req-1");

        assertThat(envelope.type()).isEqualTo("ComplaintReopened");
        assertThat(envelope.source()).isEqualTo("/serviceops/complaint-service");
        assertThat(envelope.subject()).isEqualTo("cmp-1");
        assertThat(envelope.topic()).isEqualTo(Topics.COMPLAINTS);
        assertThat(envelope.schemaVersion()).isEqualTo(1);
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> new ComplaintReopened("cmp-1", "store-1", null, " ", Instant.EPOCH))
                .isInstanceOf(MissingEventField.class)
                .hasMessageContaining("'reason'");
    }
}
