package io.serviceops.complaint.complaint;

import io.serviceops.complaint.sla.SlaPolicyCatalog;
import io.serviceops.complaint.types.ComplaintTypeCatalog;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Files new complaints. The Idempotency-Key is stored in the complaint's own document under a unique
 * index, so a retry (even one racing the original) cannot create a second complaint: its insert fails
 * and it answers with the complaint the original created.
 */
@Service
public class ComplaintIntake {

    private final Complaints complaints;
    private final ComplaintTypeCatalog types;
    private final SlaPolicyCatalog policies;
    private final ComplaintMetrics metrics;
    private final Clock clock;

    ComplaintIntake(Complaints complaints, ComplaintTypeCatalog types, SlaPolicyCatalog policies,
            ComplaintMetrics metrics, Clock clock) {
        this.complaints = complaints;
        this.types = types;
        this.policies = policies;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A filed complaint, and whether it was filed earlier by the same request (a replay). */
    public record Filing(Complaint complaint, boolean replayed) {
    }

    /**
     * Inserts first and looks for the earlier complaint only when the key's unique index refuses the
     * insert: retries are rare, so a first filing costs one store round trip instead of two.
     */
    public Filing file(ComplaintDraft draft, Idempotency idempotency, String actor) {
        try {
            return new Filing(insert("cmp-" + UUID.randomUUID(), draft, idempotency, actor), false);
        } catch (DuplicateKeyException retried) {
            return replayOf(idempotency).orElseThrow(() -> retried);
        }
    }

    /**
     * Files the follow-up of a piece of negative feedback under an id derived from the feedback, so a
     * redelivered event finds the complaint already there instead of opening a second one.
     */
    public void fileFollowUp(ComplaintDraft draft) {
        String id = "cmp-fb-" + draft.followUpOf();
        if (complaints.existsById(id)) {
            return;
        }
        try {
            insert(id, draft, Idempotency.NONE, "feedback-service");
        } catch (DuplicateKeyException alreadyFiled) {
            // Another delivery of the same event won the race: the one follow-up exists.
        }
    }

    private Complaint insert(String id, ComplaintDraft draft, Idempotency idempotency, String actor) {
        types.require("type", draft.type());
        var terms = policies.current(draft.type()).termsFor(draft.priority());
        Complaint complaint = Complaint.file(id, draft, terms, idempotency, actor, clock.instant());
        Complaint saved = complaints.insert(complaint);
        metrics.observe(complaint.raisedEvents());
        return saved;
    }

    private Optional<Filing> replayOf(Idempotency idempotency) {
        if (idempotency.key() == null) {
            return Optional.empty();
        }
        return complaints.findByIdempotencyKey(idempotency.key()).map(stored -> {
            idempotency.check(stored);
            return new Filing(stored, true);
        });
    }
}
