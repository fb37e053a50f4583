package io.serviceops.training.assignment;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.complaint.ComplaintResolved;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A complaint whose root cause the remedial rules map to a programme retrains the staff member it names.
 * Which root causes call for retraining is training-service's decision, held in those rules: the
 * defaults seed the two the manuals name (the clerk's conduct, the standard process not followed), and
 * an operator's rule for any other root cause applies the same way.
 */
@Component
class ComplaintRootCauseTraining implements EventHandler<ComplaintResolved> {

    private final RemedialPolicy policy;
    private final Assigning assigning;

    ComplaintRootCauseTraining(RemedialPolicy policy, Assigning assigning) {
        this.policy = policy;
        this.assigning = assigning;
    }

    @Override
    public Class<ComplaintResolved> eventType() {
        return ComplaintResolved.class;
    }

    @Override
    public void handle(EventEnvelope<ComplaintResolved> event) {
        ComplaintResolved resolved = event.data();
        if (resolved.staffId() == null) {
            return;
        }
        String eventId = event.id().toString();
        for (String programmeId : policy.programmesFor(RemedialTrigger.COMPLAINT_ROOT_CAUSE,
                List.of(resolved.rootCause()))) {
            String explanation = "Complaint " + resolved.complaintId() + " (" + resolved.type()
                    + ") resolved with root cause " + resolved.rootCause();
            assigning.assign(new AssignmentRequest(resolved.staffId(), programmeId,
                    RemedialTrigger.COMPLAINT_ROOT_CAUSE.reason(), eventId, eventId, explanation));
        }
    }
}
