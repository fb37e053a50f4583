package io.serviceops.eventing.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventType;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** The published AsyncAPI catalogue (docs/asyncapi.yaml) describes exactly what the records carry. */
class EventCatalogueDocumentTest {

    private static final Map<String, Object> document = load();

    static Stream<EventType<?>> eventTypes() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void documentsEveryEventOnItsTopicWithTheRecordsFields(EventType<?> type) {
        Map<String, Object> channel = at(document, "channels", type.topic().split("\\.")[1].replaceAll("s$", ""));

        assertThat(channel).containsEntry("address", type.topic());
        assertThat(at(channel, "messages")).containsKey(type.name());
        Map<String, Object> properties = at(document, "components", "schemas", type.name(), "properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(type.javaType()
                .getRecordComponents()).map(component -> component.getName()).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as("catalogue entry %s", key).isNotNull();
        }
        return current;
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(Path.of("../../docs/asyncapi.yaml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml must be readable from the module", e);
        }
    }
}
