package io.serviceops.feedback.improvement;

import io.serviceops.conventions.idempotency.IdempotentCreation;
import io.serviceops.conventions.problem.Conflict;
import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.feedback.ImprovementOutcomeShared;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A measure taken because of feedback or complaints (改进措施), with who answers for it, a due date,
 * its progress, and the outcome told back to customers (向顾客反馈改进情况). A customer asks about an action
 * through their complaint or feedback linked to it; sharing the outcome records
 * {@code ImprovementOutcomeShared} for complaint-service, which holds their contact data and consent.
 */
@Document("improvement_actions")
@CompoundIndex(name = "idempotency_key", def = "{'idempotency.key': 1}", unique = true, sparse = true)
public class ImprovementAction extends OutboxAggregate {

    @Id
    private String id;
    private String measure;
    private Responsible responsible;
    @Indexed
    private LocalDate dueDate;
    @Indexed
    private ActionStatus status;
    private List<String> feedbackIds;
    private List<String> complaintIds;
    /** The stores the action is for: those of its feedback and the one named when planning it. */
    private Set<String> storeIds;
    private String outcome;
    private Instant outcomeSharedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant doneAt;
    private Instant verifiedAt;
    /** Set when planned under an Idempotency-Key: the caller-scoped key and the response first answered. */
    private IdempotentCreation idempotency;
    @Version
    private Long version;

    ImprovementAction() {
    }

    static ImprovementAction plan(String id, String measure, Responsible responsible, LocalDate dueDate,
            List<String> feedbackIds, List<String> complaintIds, Set<String> storeIds, Instant now) {
        ImprovementAction action = new ImprovementAction();
        action.id = id;
        action.measure = measure;
        action.responsible = responsible;
        action.dueDate = dueDate;
        action.status = ActionStatus.PLANNED;
        action.feedbackIds = List.copyOf(feedbackIds);
        action.complaintIds = List.copyOf(complaintIds);
        action.storeIds = Set.copyOf(storeIds);
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** Places an action saved before actions had stores in the stores derived from what it links to. */
    void placeIn(Set<String> stores, Instant now) {
        this.storeIds = Set.copyOf(stores);
        this.updatedAt = now;
    }

    void moveTo(ActionStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusChange(status, next);
        }
        status = next;
        updatedAt = now;
        if (next == ActionStatus.DONE) {
            doneAt = now;
        } else if (next == ActionStatus.VERIFIED) {
            verifiedAt = now;
        }
    }

    /**
     * Customers hear about an improvement once it is in place, not while it is only planned. They are the
     * customers of the linked complaints and of the complaints the linked feedback was about.
     */
    void shareOutcome(String text, List<String> complaintsOfLinkedFeedback, Instant now) {
        if (status.isOpen()) {
            throw new Conflict("Share the outcome once the action is done; it is " + status + ".");
        }
        outcome = text;
        outcomeSharedAt = now;
        updatedAt = now;
        var askedBy = new LinkedHashSet<>(complaintIds);
        askedBy.addAll(complaintsOfLinkedFeedback);
        record(new ImprovementOutcomeShared(id, measure, text, List.copyOf(askedBy), now), now);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    public String id() { return id; }
    public String measure() { return measure; }
    public Responsible responsible() { return responsible; }
    public LocalDate dueDate() { return dueDate; }
    public ActionStatus status() { return status; }
    public List<String> feedbackIds() { return feedbackIds; }
    public List<String> complaintIds() { return complaintIds; }
    public Set<String> storeIds() { return storeIds == null ? Set.of() : storeIds; }
    public String outcome() { return outcome; }
    public Instant outcomeSharedAt() { return outcomeSharedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant doneAt() { return doneAt; }
    public Instant verifiedAt() { return verifiedAt; }
    public Long version() { return version; }

    void plannedUnder(IdempotentCreation creation) {
        idempotency = creation;
    }

    public IdempotentCreation idempotency() {
        return idempotency;
    }
}
