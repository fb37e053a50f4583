package io.serviceops.complaint.complaint;

import io.serviceops.complaint.sla.Deadline;
import io.serviceops.complaint.sla.DeadlineFinding;
import io.serviceops.complaint.sla.DeadlineKind;
import io.serviceops.events.complaint.ComplaintEscalated;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Turns deadline findings into the complaint's history and events. A deadline escalates once, to the
 * case's next level: the first troubled deadline goes to the supervisor, the second to the manager.
 */
class DeadlineCheck {

    private final Complaint complaint;

    DeadlineCheck(Complaint complaint) {
        this.complaint = complaint;
    }

    void run(Map<DeadlineKind, List<DeadlineFinding>> findings, Instant now) {
        findings.forEach((kind, found) -> found.forEach(finding -> apply(kind, finding, now)));
        if (complaint.sla().checkLeftUnanswered(now)) {
            Duration limit = complaint.sla().terms().responseLimit();
            complaint.changed("escalation-scan", now, "LEFT_UNANSWERED", "no first response within " + limit);
            complaint.raise(new ComplaintLeftUnanswered(complaint.id(), complaint.storeId(), complaint.staffId(),
                    complaint.assigneeId(), complaint.filedAt(), limit, complaint.sla().unansweredAt()), now);
        }
    }

    private void apply(DeadlineKind kind, DeadlineFinding finding, Instant now) {
        Deadline deadline = complaint.sla().deadline(kind);
        switch (finding) {
            case AT_RISK -> complaint.changed("escalation-scan", now, "AT_RISK", kind + " due " + deadline.dueAt());
            case BREACHED -> {
                complaint.changed("escalation-scan", now, "SLA_BREACHED", kind + " was due " + deadline.dueAt());
                complaint.raise(new ComplaintSlaBreached(complaint.id(), complaint.filing().type(), complaint.storeId(),
                        complaint.staffId(), kind.name(), complaint.filedAt(), deadline.dueAt(), now), now);
            }
            case ESCALATION_DUE -> {
                EscalationLevel level = complaint.escalationLevel().next();
                complaint.escalate(level);
                complaint.changed("escalation-scan", now, "ESCALATED", "to " + level + " for " + kind);
                complaint.raise(new ComplaintEscalated(complaint.id(), complaint.storeId(), complaint.staffId(),
                        level.name(), kind.name(), deadline.dueAt(), now), now);
            }
        }
    }
}
