package io.serviceops.complaint.followup;

import io.serviceops.complaint.complaint.ComplaintWorkflow;
import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.feedback.ImprovementOutcomeShared;
import org.springframework.stereotype.Component;

/**
 * Tells the customers who asked about an improvement action what came of it: feedback-service names
 * their complaints, and this service holds their contact data and consent. One notification per
 * complaint and action (its id says so), however often the outcome is shared or the event delivered.
 */
@Component
class ImprovementOutcomeNotices implements EventHandler<ImprovementOutcomeShared> {

    private final ComplaintWorkflow workflow;

    ImprovementOutcomeNotices(ComplaintWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public Class<ImprovementOutcomeShared> eventType() {
        return ImprovementOutcomeShared.class;
    }

    @Override
    public void handle(EventEnvelope<ImprovementOutcomeShared> event) {
        ImprovementOutcomeShared shared = event.data();
        for (String complaintId : shared.complaintIds()) {
            workflow.changeIfAny(complaintId, (complaint, at) ->
                    complaint.tellImprovementOutcome(shared.actionId(), shared.measure(), shared.outcome(), at));
        }
    }
}
