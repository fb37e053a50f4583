package io.serviceops.kpi.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RaisedAlertMatchesGoldenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRaisedAlertHasTheGoldenSamplesFieldsAndADeterministicId() throws IOException {
        LocalDate october = LocalDate.parse("2026-10-01");
        String id = Alert.idOf("staff-042", "MONTH", october, "scorecard-a");
        var alert = Alert.raise(new Alert(id, "staff-042", "store-sh-01", "MONTH", october, "scorecard-a", 1, 40.0,
                60.0, List.of("SATISFACTION"), false, Instant.parse("2026-11-01T00:05:00Z")));

        JsonNode raised = JSON.readTree(alert.pendingEvents().get(0).payload());
        assertThat(fields(raised.path("data"))).isEqualTo(fields(golden().path("data")));
        assertThat(raised.path("data").path("alertId").asString()).isEqualTo("staff-042~MONTH~2026-10-01~scorecard-a");
    }

    private static JsonNode golden() throws IOException {
        try (InputStream json = RaisedAlertMatchesGoldenTest.class.getResourceAsStream(
                "/golden/v1/PerformanceAlertRaised.json")) {
            return JSON.readTree(json);
        }
    }

    private static Set<String> fields(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }
}
