package io.serviceops.kpi.closing;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.KpiScenario;
import io.serviceops.kpi.KpiServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** Runs in its own context, whose business time starts early in October 2026. */
@KpiServiceTest
@TestPropertySource(properties = KpiServiceTest.START + "=2026-10-05T01:00:00Z")
class ClosingScheduleTest {

    private static final LocalDate SEPTEMBER_2026 = LocalDate.parse("2026-09-01");

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private ClosingSchedule schedule;

    @Test
    void closesTheLastFinishedPeriodsWhenTheClockHasPassedThem() {
        String staff = KpiScenario.unique("staff");
        var api = new Api(port, "kpi-service");
        try (var events = new EventInjector(bootstrapServers)) {
            var scenario = new KpiScenario(api, events);
            scenario.handCheckedMonth(staff, KpiScenario.unique("store"), SEPTEMBER_2026);
            scenario.awaitScore("STAFF", staff, "MONTH", SEPTEMBER_2026, "scorecard-a", KpiScenario.HAND_CHECKED_A);

            schedule.run();

            var month = scenario.scorecard("STAFF", staff, "MONTH", SEPTEMBER_2026, "scorecard-a");
            assertThat(month.path("status").asString()).isEqualTo("FINAL");
            var quarter = scenario.scorecard("STAFF", staff, "QUARTER", LocalDate.parse("2026-07-01"), "scorecard-a");
            assertThat(quarter.path("status").asString()).isEqualTo("FINAL");
            assertThat(quarter.path("score").asDouble()).isEqualTo(KpiScenario.HAND_CHECKED_A);
        }
    }
}
