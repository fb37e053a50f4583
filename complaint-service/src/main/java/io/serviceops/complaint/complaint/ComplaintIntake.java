package io.serviceops.complaint.complaint;

import io.serviceops.complaint.sla.SlaPolicyCatalog;
import io.serviceops.complaint.types.ComplaintTypeCatalog;
import io.serviceops.conventions.idempotency.Creation;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Files new complaints. The caller-scoped Idempotency-Key is stored in the complaint's own document
 * under a unique index, together with the response the filing answered, so a retry (even one racing
 * the original) cannot create a second complaint: its insert fails and it answers with that response.
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

    /** Files a complaint once per caller-scoped key; {@code response} renders the answer stored with the key. */
    public Creation<Complaint> file(ComplaintDraft draft, IdempotencyKey key, String actor, String client,
            Function<Complaint, String> response) {
        return Creation.once(key, complaints::findByIdempotency_Key,
                () -> insert("cmp-" + UUID.randomUUID(), draft, key, actor, client, response));
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
            insert(id, draft, IdempotencyKey.NONE, "feedback-service", null, complaint -> null);
        } catch (DuplicateKeyException alreadyFiled) {
            // Another delivery of the same event won the race: the one follow-up exists.
        }
    }

    private Complaint insert(String id, ComplaintDraft draft, IdempotencyKey key, String actor, String client,
            Function<Complaint, String> response) {
        types.require("type", draft.type());
        var terms = policies.termsFor(draft.type(), draft.priority());
        Complaint complaint = Complaint.file(id, draft, terms, actor, clock.instant());
        complaint.referencedBy(client);
        if (key.present()) {
            complaint.filedUnder(key.answeredWith(response.apply(complaint)));
        }
        Complaint saved = complaints.insert(complaint);
        metrics.observe(complaint.raisedEvents());
        return saved;
    }
}
