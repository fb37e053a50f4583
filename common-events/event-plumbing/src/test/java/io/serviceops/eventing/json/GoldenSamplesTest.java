package io.serviceops.eventing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventType;
import io.serviceops.events.UnknownEventType;
import io.serviceops.events.complaint.ComplaintResolved;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The codec reads every golden sample into its record and writes it back unchanged. */
class GoldenSamplesTest {

    private final EventCodec codec = EventCodec.INSTANCE;
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<EventType<?>> eventTypes() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void roundTripsTheGoldenSample(EventType<?> type) throws IOException {
        String golden = golden(type.name());

        var envelope = codec.decode(golden);

        assertThat(envelope.data()).isInstanceOf(type.javaType());
        assertThat(envelope.type()).isEqualTo(type.name());
        assertThat(json.readTree(codec.encode(envelope))).isEqualTo(json.readTree(golden));
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws IOException {
        ObjectNode sample = (ObjectNode) json.readTree(golden("ComplaintResolved"));
        sample.put("futureattribute", "x");
        ((ObjectNode) sample.get("data")).put("futureField", 42);

        var envelope = codec.decode(sample.toString());

        assertThat(((ComplaintResolved) envelope.data()).rootCause()).isEqualTo("PROCESS_NOT_FOLLOWED");
    }

    @Test
    void namesAMissingRequiredDataField() throws IOException {
        ObjectNode sample = (ObjectNode) json.readTree(golden("ComplaintResolved"));
        ((ObjectNode) sample.get("data")).remove("rootCause");

        assertThatThrownBy(() -> codec.decode(sample.toString()))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("rootCause");
    }

    @Test
    void namesAMissingEnvelopeAttribute() throws IOException {
        ObjectNode sample = (ObjectNode) json.readTree(golden("ComplaintResolved"));
        sample.remove("subject");

        assertThatThrownBy(() -> codec.decode(sample.toString()))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("'subject'");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void reportsATypeThisVersionDoesNotKnow() throws IOException {
        ObjectNode sample = (ObjectNode) json.readTree(golden("ComplaintResolved"));
        sample.put("type", "ComplaintTeleported");

        assertThatThrownBy(() -> codec.decode(sample.toString())).isInstanceOf(UnknownEventType.class);
    }

    private String golden(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/v1/" + type + ".json")) {
            assertThat(in).as("golden sample for %s", type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
