package io.serviceops.events.feedback;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of an improvement action (改进措施) was written down to be told back to the customers who
 * asked about it (向顾客反馈改进情况): those whose complaints are linked to the action, directly or through
 * their linked feedback. complaint-service, which holds their contact data and consent, turns it into one
 * notification per complaint. {@code outcome} and {@code measure} are staff's words, never a customer's.
 * Sharing a corrected outcome again sends nothing new to a customer already told.
 */
public record ImprovementOutcomeShared(
        String actionId,
        String measure,
        String outcome,
        List<String> complaintIds,
        Instant sharedAt) implements IntegrationEvent {

    public ImprovementOutcomeShared {
        present(actionId, "actionId");
        present(measure, "measure");
        present(outcome, "outcome");
        present(sharedAt, "sharedAt");
        complaintIds = complaintIds == null ? List.of() : List.copyOf(complaintIds);
    }

    @Override
    public String subject() {
        return actionId;
    }
}
