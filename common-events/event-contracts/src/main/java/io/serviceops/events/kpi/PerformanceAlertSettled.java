package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * The close of its period decided a provisional alert: {@code CONFIRMED} (the final score is below
 * the threshold too; {@code finalScore} is it) or {@code WITHDRAWN} (it is not, or there was too little
 * evidence at the close). A confirmed alert is the same alert, so it asks for no second training.
 */
public record PerformanceAlertSettled(
        String alertId,
        String staffId,
        String templateId,
        String outcome,
        Double finalScore,
        Instant settledAt) implements IntegrationEvent {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WITHDRAWN = "WITHDRAWN";

    public PerformanceAlertSettled {
        present(alertId, "alertId");
        present(staffId, "staffId");
        present(templateId, "templateId");
        present(outcome, "outcome");
        present(settledAt, "settledAt");
    }

    public boolean withdrawn() {
        return WITHDRAWN.equals(outcome);
    }

    @Override
    public String subject() {
        return alertId;
    }
}
