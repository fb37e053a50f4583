package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.stacktesting.Mailbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * notification-service killed with SIGKILL while it is sending the acknowledgements of a burst of
 * complaints filed with an e-mail address and consent, then started again as before. Every customer's
 * mailbox (GreenMail, in the store's JVM) holds at most one acknowledgement: a send cut off between
 * claim and outcome is recorded as uncertain, never repeated; all others arrive once.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(11)
class NotificationCrashTest {

    private static final String FAULT = "notification-crash";
    private static final String NOTIFICATIONS = "notification-service";
    private static final int CUSTOMERS = 60;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Mailbox mailbox = new Mailbox(FaultStack.POP3_PORT);

    private FaultStack stack;

    @BeforeAll
    void connect(FaultStack stack) {
        this.stack = stack;
    }

    private static String address(String run, int i) {
        return "crash-" + run + "-" + i + "@example.com";
    }

    @Test
    void noCustomerIsNotifiedTwiceAcrossASigkill() throws Exception {
        Api frontEnd = Api.gateway().as("fault-notify-agent", "AGENT");
        List<String> failures = new ArrayList<>();
        FaultStack.Launch launch = stack.launchOf(NOTIFICATIONS);
        for (int i = 0; i < CUSTOMERS; i++) {
            var filed = frontEnd.post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE", "channel", "APP",
                    "storeId", "store-mail-" + run, "customerId", "cust-" + run + "-" + i,
                    "contact", Map.of("email", address(run, i), "consent", true, "language", "en"),
                    "description", "Complaint " + i + " of the notification crash test"));
            if (filed.status() != 201) {
                failures.add(filed.toString());
            }
            if (i == CUSTOMERS / 3) {
                stack.kill(NOTIFICATIONS, true, Duration.ofSeconds(15));
            }
        }
        Report.injected(FAULT, "SIGKILL " + NOTIFICATIONS + " (pid " + launch.pid() + ") after " + (CUSTOMERS / 3 + 1)
                + " of " + CUSTOMERS + " complaints with e-mail and consent were filed, while it was sending");
        long pid = stack.restart(launch);
        Report.injected(FAULT, "restarted it as pid " + pid + " after the rest were filed");
        assertThat(failures).as("filings").isEmpty();

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() ->
                Api.service(NOTIFICATIONS).get("/actuator/health").body().contains("\"status\":\"UP\""));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(3)).until(() ->
                received() >= CUSTOMERS - uncertain());
        int twice = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            int count = mailbox.of(address(run, i)).size();
            assertThat(count).as("acknowledgements in the mailbox of customer %d", i).isLessThanOrEqualTo(1);
            twice += count > 1 ? 1 : 0;
        }
        Report.verified(FAULT, received() + " of " + CUSTOMERS + " customers got their acknowledgement exactly once, "
                + twice + " twice; " + (long) uncertain() + " cut off mid-send recorded as UNCERTAIN and not resent");
    }

    private int received() {
        int count = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            count += mailbox.of(address(run, i)).isEmpty() ? 0 : 1;
        }
        return count;
    }

    private double uncertain() {
        return Api.service(NOTIFICATIONS).metric("serviceops_notifications_total", "outcome=\"uncertain\"");
    }
}
