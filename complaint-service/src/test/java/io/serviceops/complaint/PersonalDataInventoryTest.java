package io.serviceops.complaint;

import io.serviceops.testsupport.privacy.PersonalDataInventory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every field this service stores that may hold personal data is classified in docs/privacy.md. */
class PersonalDataInventoryTest {

    @Test
    void everyStoredFieldThatMayHoldPersonalDataIsClassified() {
        PersonalDataInventory.read(Path.of("../docs/privacy.md"))
                .assertClassifies("complaint-service", PersonalDataInventory.documentsIn("io.serviceops.complaint"));
    }
}
