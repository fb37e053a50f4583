package io.serviceops.testsupport.privacy;

import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every event field that may carry personal data on Kafka is classified in docs/privacy.md. */
class EventPersonalDataTest {

    @Test
    void everyEventFieldThatMayHoldPersonalDataIsClassified() {
        PersonalDataInventory.read(Path.of("../../docs/privacy.md")).assertClassifies("events",
                EventCatalog.all().stream().<Class<?>>map(EventType::javaType).toList());
    }
}
