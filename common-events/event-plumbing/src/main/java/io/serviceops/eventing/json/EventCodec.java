package io.serviceops.eventing.json;

import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.EventType;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.UnknownEventType;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the JSON form of an envelope (CloudEvents 1.0 structured mode). Unknown fields
 * are ignored so that additive changes by a producer never break a consumer; a missing required
 * field fails with {@link MalformedEvent} naming it.
 */
public final class EventCodec {

    public static final EventCodec INSTANCE = new EventCodec();

    private static final String SPEC_VERSION = "1.0";

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public String encode(EventEnvelope<?> envelope) {
        ObjectNode json = mapper.createObjectNode();
        json.put("specversion", SPEC_VERSION);
        json.put("id", envelope.id().toString());
        json.put("type", envelope.type());
        json.put("source", envelope.source());
        json.put("time", envelope.time().toString());
        json.put("subject", envelope.subject());
        json.put("schemaversion", envelope.schemaVersion());
        json.put("correlationid", envelope.correlationId());
        json.put("datacontenttype", "application/json");
        json.set("data", mapper.valueToTree(envelope.data()));
        return mapper.writeValueAsString(json);
    }

    /**
     * Reads an envelope.
     *
     * @throws UnknownEventType when the type is not in this version's catalogue
     * @throws MalformedEvent when the JSON is not a valid envelope of a known type
     */
    public EventEnvelope<? extends IntegrationEvent> decode(String text) {
        JsonNode json = parse(text);
        String typeName = required(json, "type");
        EventType<?> type = EventCatalog.byName(typeName).orElseThrow(() -> new UnknownEventType(typeName));
        IntegrationEvent data = readData(json, type);
        try {
            return new EventEnvelope<>(UUID.fromString(required(json, "id")), typeName, required(json, "source"),
                    Instant.parse(required(json, "time")), required(json, "subject"),
                    json.path("schemaversion").asInt(type.schemaVersion()), optional(json, "correlationid"), data);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new MalformedEvent(e.getMessage(), e);
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode json = mapper.readTree(text);
            if (json == null || !json.isObject()) {
                throw new MalformedEvent("an event must be a JSON object", null);
            }
            return json;
        } catch (JacksonException e) {
            throw new MalformedEvent("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private IntegrationEvent readData(JsonNode json, EventType<?> type) {
        JsonNode data = json.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEvent("required envelope attribute 'data' is missing", null);
        }
        try {
            return mapper.treeToValue(data, type.javaType());
        } catch (JacksonException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : cause.getMessage();
            throw new MalformedEvent(type.name() + ": " + message, e);
        }
    }

    private static String required(JsonNode json, String attribute) {
        String value = optional(json, attribute);
        if (value == null || value.isBlank()) {
            throw new MalformedEvent("required envelope attribute '" + attribute + "' is missing", null);
        }
        return value;
    }

    private static String optional(JsonNode json, String attribute) {
        JsonNode value = json.get(attribute);
        return value == null || value.isNull() ? null : value.asString();
    }
}
