package io.serviceops.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.Api;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small builders of the requests the integration tests repeat. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> programme(String department, boolean mandatory, Integer validityMonths,
            Map<String, Object> schedule) {
        var body = new HashMap<String, Object>(Map.of("kind", "SPECIALISED", "topic", "Warranty rules",
                "format", "LECTURE", "durationMinutes", 60, "capacity", 2, "passMark", 70,
                "targetDepartments", List.of(department), "mandatory", mandatory));
        if (validityMonths != null) {
            body.put("certificationValidityMonths", validityMonths);
        }
        if (schedule != null) {
            body.put("schedule", schedule);
        }
        return body;
    }

    public static String createProgramme(Api api, Map<String, Object> body) {
        var response = api.post("/api/v1/training/programmes", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    public static String oneOffSession(Api api, String programmeId, Instant startsAt, int capacity) {
        var response = api.post("/api/v1/training/sessions", Map.of("programmeId", programmeId,
                "startsAt", startsAt.toString(), "capacity", capacity));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    public static JsonNode enrol(Api api, String sessionId, String staffId) {
        var response = api.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", staffId));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body();
    }
}
