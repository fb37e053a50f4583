package io.serviceops.kpi.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.kpi.KpiProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/** The producers' golden samples become the facts this service expects. */
class GoldenEventsConsumedTest {

    private final Facts facts = mock(Facts.class);
    private final RunningTotals totals = mock(RunningTotals.class);
    private final FactRecorder recorder = new FactRecorder(facts, totals,
            new KpiProperties(ZoneOffset.UTC, new KpiProperties.Closing(Duration.ofMinutes(5), Duration.ofMinutes(10), true),
                    new KpiProperties.Alerting(0.5)),
            new SimpleMeterRegistry());

    @ParameterizedTest
    @CsvSource({
            "ComplaintFiled, FILED, 2026-11-01",
            "ComplaintAssigned, HANDLED, 2026-11-01",
            "ComplaintFirstResponded, FIRST_RESPONSE, 2026-11-01",
            "ComplaintLeftUnanswered, FIRST_RESPONSE, 2026-11-01",
            "ComplaintResolved, RESOLVED, 2026-11-01",
            "ComplaintSlaBreached, SLA_BREACH, 2026-11-01",
            "FeedbackSubmitted, RATING, 2026-11-01",
            "TrainingCompleted, TRAINING_COMPLETED, 2026-12-01",
            "AssessmentScored, ASSESSMENT, 2026-12-01"})
    void recordsTheFactOfEachGoldenSample(String type, FactKind kind, String month) throws IOException {
        when(facts.find(any())).thenReturn(null);

        assertThat(recorder.record(golden(type).data())).isTrue();

        var fact = ArgumentCaptor.forClass(Fact.class);
        verify(facts).writePending(fact.capture(), eq(List.of()));
        verify(totals).replace(null, fact.getValue());
        assertThat(fact.getValue().kind()).isEqualTo(kind);
        assertThat(fact.getValue().staffId()).isNotBlank();
        assertThat(fact.getValue().month()).isEqualTo(month);
    }

    @ParameterizedTest
    @CsvSource("ComplaintReopened")
    void withdrawsTheResolutionOfAReopenedComplaint(String type) throws IOException {
        var reopened = golden(type);

        recorder.record(reopened.data());

        verify(facts).markWithdrawing(reopened.subject() + ":RESOLVED");
    }

    private static io.serviceops.events.EventEnvelope<?> golden(String type) throws IOException {
        try (InputStream json = GoldenEventsConsumedTest.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return EventCodec.INSTANCE.decode(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
