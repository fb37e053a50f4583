package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.complaint.ComplaintStatus.ASSIGNED;
import static io.serviceops.complaint.complaint.ComplaintStatus.CLOSED;
import static io.serviceops.complaint.complaint.ComplaintStatus.INVESTIGATING;
import static io.serviceops.complaint.complaint.ComplaintStatus.RECEIVED;
import static io.serviceops.complaint.complaint.ComplaintStatus.RESOLVED;
import static io.serviceops.complaint.complaint.ComplaintStatus.WAITING_ON_CUSTOMER;
import static io.serviceops.complaint.sla.DeadlineKind.FIRST_RESPONSE;
import static io.serviceops.complaint.sla.DeadlineKind.RESOLUTION;

import io.serviceops.complaint.sla.DeadlineKind;
import io.serviceops.complaint.sla.Priority;
import io.serviceops.complaint.sla.SlaClock;
import io.serviceops.complaint.sla.SlaTerms;
import io.serviceops.conventions.idempotency.IdempotentCreation;
import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer's complaint from intake to closing. Every state change checks the lifecycle, records
 * who did it in the history and records the integration event in the same document (the outbox).
 */
@Document(Complaint.COLLECTION)
@CompoundIndex(name = "store_filed", def = "{'filing.storeId': 1, 'filedAt': -1}")
@CompoundIndex(name = "filed", def = "{'filedAt': -1}")
@CompoundIndex(name = "idempotency_key", def = "{'idempotency.key': 1}", unique = true, sparse = true)
public class Complaint extends OutboxAggregate {

    public static final String COLLECTION = "complaints";
    /** What stands in for erased free text. */
    public static final String REDACTED = "[erased]";

    @Id
    private String id;
    @Version
    private Long version;
    /** Set when filed under an Idempotency-Key: the caller-scoped key and the response the filing answered. */
    private IdempotentCreation idempotency;
    private ComplaintDraft filing;
    private Priority priority;
    /** The priority as a number, so lists sort URGENT before HIGH rather than alphabetically. */
    private int priorityRank;
    @Indexed
    private ComplaintStatus status;
    private ComplaintStatus statusBeforeWaiting;
    private String department;
    private String assigneeId;
    private RootCause rootCause;
    private Handling handling;
    private EscalationLevel escalationLevel = EscalationLevel.NONE;
    private Instant filedAt;
    private Instant lastChangedAt;
    private SlaClock sla;
    @Indexed(sparse = true)
    private Instant nextCheckAt;
    private List<AuditEntry> history = new ArrayList<>();
    /** The filing CRM client and its reference ({@code <client>|<externalReference>}): unique per client. */
    @Indexed(unique = true, sparse = true)
    private String externalKey;
    /** What the customer's status link carries in place of a login (see {@link TrackingTokens}). */
    @Indexed(unique = true, sparse = true)
    private String trackingToken;
    @Transient
    private List<IntegrationEvent> raised = new ArrayList<>();

    protected Complaint() {
    }

    public static Complaint file(String id, ComplaintDraft draft, SlaTerms terms, String actor, Instant at) {
        Complaint complaint = new Complaint();
        complaint.id = id;
        complaint.filing = draft;
        complaint.priority = draft.priority();
        complaint.priorityRank = complaint.priority.ordinal();
        complaint.status = RECEIVED;
        complaint.filedAt = at;
        complaint.sla = SlaClock.start(terms, at);
        complaint.trackingToken = TrackingTokens.next();
        complaint.changed(actor, at, "FILED", "via " + draft.channel() + ", priority " + complaint.priority
                + ", SLA policy " + terms.policyType() + " v" + terms.policyVersion());
        complaint.raise(new ComplaintFiled(id, draft.type(), draft.channel().name(), draft.storeId(), draft.staffId(),
                draft.customerId(), draft.tier().name(), complaint.priority.name(), draft.followUpOf(), at,
                complaint.due(FIRST_RESPONSE), complaint.due(RESOLUTION), draft.externalReference()), at);
        CustomerNotices.acknowledgement(complaint, complaint.due(RESOLUTION), at).ifPresent(notice -> complaint.raise(notice, at));
        return complaint;
    }

    /** Keeps the filing's Idempotency-Key and first response, so a retry gets that response back. */
    void filedUnder(IdempotentCreation creation) {
        idempotency = creation;
    }

    /**
     * Records which CRM client filed the complaint under its external reference, so the client finds it
     * by that reference and cannot file two complaints under one.
     */
    void referencedBy(String client) {
        externalKey = filing.externalReference() == null || client == null ? null
                : externalKey(client, filing.externalReference());
    }

    static String externalKey(String client, String externalReference) {
        return client + "|" + externalReference;
    }

    public void assign(String toDepartment, String toAssignee, String actor, Instant at) {
        allow("assign", Set.of(RECEIVED, ASSIGNED, INVESTIGATING), "it is no longer being worked");
        department = toDepartment;
        assigneeId = toAssignee;
        status = status == RECEIVED ? ASSIGNED : status;
        changed(actor, at, "ASSIGNED", toDepartment + " / " + toAssignee);
        raise(new ComplaintAssigned(id, storeId(), staffId(), department, assigneeId, at, filedAt), at);
    }

    public void investigate(RootCause cause, String findings, String actor, Instant at) {
        allow("record the root cause of", Set.of(ASSIGNED, INVESTIGATING), "it must be assigned and not resolved");
        rootCause = cause;
        status = INVESTIGATING;
        changed(actor, at, "ROOT_CAUSE_FOUND", cause + (findings == null ? "" : ": " + findings));
    }

    /** {@code onBehalfOf}: the staff member a supervisor records the answer for (credited with it), else null. */
    public void respond(String message, String actor, String onBehalfOf, Instant at) {
        allow("respond to", Set.of(ASSIGNED, INVESTIGATING), "it must be assigned and not waiting or resolved");
        history.add(new AuditEntry(at, actor, "RESPONDED", message, onBehalfOf));
        changed(at);
        firstResponse(onBehalfOf == null ? actor : onBehalfOf, at);
    }

    public void waitForCustomer(String reason, String actor, Instant at) {
        allow("wait for the customer on", Set.of(ASSIGNED, INVESTIGATING), "only a case being worked can wait");
        statusBeforeWaiting = status;
        status = WAITING_ON_CUSTOMER;
        sla.pause(at);
        changed(actor, at, "WAITING_ON_CUSTOMER", reason);
    }

    public void resume(String note, String actor, Instant at) {
        allow("resume", Set.of(WAITING_ON_CUSTOMER), "it is not waiting on the customer");
        status = statusBeforeWaiting;
        statusBeforeWaiting = null;
        sla.resume(at);
        changed(actor, at, "RESUMED", note);
    }

    /**
     * Resolving answers the customer too, so it counts as the first response if there was none.
     * {@code onBehalfOf}: the staff member a supervisor records the resolution for (credited with it), else null.
     */
    public void resolve(RootCause cause, Handling how, String summary, String actor, String onBehalfOf, Instant at) {
        String resolvedBy = onBehalfOf == null ? actor : onBehalfOf;
        allow("resolve", Set.of(ASSIGNED, INVESTIGATING), "it must be assigned and not waiting or resolved");
        if (cause == null && rootCause == null) {
            throw new ActionNotAllowed("resolve", status, "record the root cause first (investigate) or give it");
        }
        rootCause = cause == null ? rootCause : cause;
        handling = how;
        firstResponse(resolvedBy, at);
        sla.met(RESOLUTION, at);
        status = RESOLVED;
        history.add(new AuditEntry(at, actor, "RESOLVED", rootCause + " / " + how + (summary == null ? "" : ": " + summary),
                onBehalfOf));
        changed(at);
        raise(new ComplaintResolved(id, filing.type(), storeId(), staffId(), filing.customerId(), resolvedBy,
                rootCause.name(), how.name(), filedAt, at, due(RESOLUTION), sla.deadline(RESOLUTION).metInTime(),
                filing.externalReference(), assigneeId), at);
        CustomerNotices.resolution(this, at).ifPresent(notice -> raise(notice, at));
    }

    /**
     * Tells the customer what came of an improvement action their case asked about (向顾客反馈改进情况);
     * false, with nothing recorded, when they cannot be told (anonymous, no consent or no address).
     */
    public boolean tellImprovementOutcome(String actionId, String measure, String outcome, Instant at) {
        var notice = CustomerNotices.improvementOutcome(this, actionId, measure, outcome, at);
        notice.ifPresent(request -> raise(request, at));
        return notice.isPresent();
    }

    /**
     * Erases what identifies the customer (a personal-data erasure request, docs/privacy.md): the contact
     * data and the tracking token go, the customer id becomes {@code pseudonym}, the description and every
     * history note are redacted, the stored filing response too. Status, times, staff, root cause and SLA
     * stay, so counts and scorecards do not change. The history records that it happened, without data.
     */
    public void eraseCustomer(String pseudonym, String requestId, Instant at) {
        String customer = filing.customerId();
        filing = new ComplaintDraft(filing.type(), filing.channel(), filing.storeId(), filing.staffId(),
                filing.customerId() == null ? null : pseudonym, filing.tier(), null, REDACTED,
                filing.externalReference(), filing.urgency(), filing.importance(), filing.followUpOf());
        trackingToken = null;
        idempotency = idempotency == null ? null : new IdempotentCreation(idempotency.key(), idempotency.fingerprint(), null);
        // A customer who filed in the app or confirmed the closure is an actor of the history too.
        history = new ArrayList<>(history.stream().map(entry -> new AuditEntry(entry.at(),
                pseudonymOf(entry.actor(), customer, pseudonym), entry.action(),
                entry.detail() == null ? null : REDACTED, pseudonymOf(entry.onBehalfOf(), customer, pseudonym))).toList());
        history.add(new AuditEntry(at, "privacy", "PERSONAL_DATA_ERASED", "erasure request " + requestId));
    }

    private static String pseudonymOf(String actor, String customer, String pseudonym) {
        return actor != null && actor.equals(customer) ? pseudonym : actor;
    }

    public void confirm(String note, String actor, Instant at) {
        close("confirm", true, note, actor, at);
    }

    public void close(String reason, String actor, Instant at) {
        close("close", false, reason, actor, at);
    }

    public void reopen(String reason, String actor, Instant at) {
        allow("reopen", Set.of(RESOLVED), "only a resolved case the customer has not accepted can be reopened");
        status = INVESTIGATING;
        sla.reopenResolution();
        changed(actor, at, "REOPENED", reason);
        raise(new ComplaintReopened(id, storeId(), staffId(), reason, at), at);
    }

    /**
     * Applies what the escalation scan found (see {@link DeadlineCheck}), and closes a resolved case
     * the customer did not confirm within the policy's confirmation window.
     */
    public void checkDeadlines(Instant now) {
        if (status.isOpen()) {
            new DeadlineCheck(this).run(sla.check(now), now);
        } else if (status == RESOLVED && confirmationDue() != null && !confirmationDue().isAfter(now)) {
            close("close", false, "no confirmation from the customer within " + sla.terms().confirmationWindow(),
                    "confirmation-window", now);
        }
        nextCheckAt = nextCheck();
    }

    private void close(String action, boolean confirmed, String note, String actor, Instant at) {
        allow(action, Set.of(RESOLVED), "only a resolved case can be closed");
        status = CLOSED;
        changed(actor, at, confirmed ? "CONFIRMED_BY_CUSTOMER" : "CLOSED", note);
        raise(new ComplaintClosed(id, storeId(), staffId(), confirmed, at), at);
    }

    private void firstResponse(String respondedBy, Instant at) {
        if (sla.deadline(FIRST_RESPONSE).metAt() == null) {
            sla.met(FIRST_RESPONSE, at);
            raise(new ComplaintFirstResponded(id, storeId(), staffId(), respondedBy, filedAt, at, due(FIRST_RESPONSE),
                    sla.deadline(FIRST_RESPONSE).metInTime(), assigneeId, sla.workingTimeUntil(at)), at);
        }
    }

    private void allow(String action, Set<ComplaintStatus> allowed, String why) {
        if (!allowed.contains(status)) {
            throw new ActionNotAllowed(action, status, why);
        }
    }

    void changed(String actor, Instant at, String action, String detail) {
        history.add(new AuditEntry(at, actor, action, detail));
        changed(at);
    }

    private void changed(Instant at) {
        lastChangedAt = at;
        nextCheckAt = nextCheck();
    }

    /** When the scan must look at this case next: a deadline threshold, or the end of the confirmation window. */
    private Instant nextCheck() {
        return status.isOpen() ? sla.nextCheckAt() : status == RESOLVED ? confirmationDue() : null;
    }

    private Instant confirmationDue() {
        Instant resolvedAt = sla.deadline(RESOLUTION).metAt();
        return resolvedAt == null || sla.terms().confirmationWindow() == null ? null
                : resolvedAt.plus(sla.terms().confirmationWindow());
    }

    void raise(IntegrationEvent event, Instant at) {
        record(event, at);
        raised.add(event);
    }

    void escalate(EscalationLevel level) {
        escalationLevel = level;
    }

    /** The integration events raised since this instance was loaded, for metrics after a successful save. */
    public List<IntegrationEvent> raisedEvents() {
        return List.copyOf(raised);
    }

    private Instant due(DeadlineKind kind) {
        return sla.deadline(kind).dueAt();
    }

    public String id() { return id; }
    public Long version() { return version; }
    public IdempotentCreation idempotency() { return idempotency; }
    public ComplaintDraft filing() { return filing; }
    public String storeId() { return filing.storeId(); }
    public String staffId() { return filing.staffId(); }
    public Priority priority() { return priority; }
    public ComplaintStatus status() { return status; }
    public String department() { return department; }
    public String assigneeId() { return assigneeId; }
    public RootCause rootCause() { return rootCause; }
    public Handling handling() { return handling; }
    public EscalationLevel escalationLevel() { return escalationLevel; }
    public Instant filedAt() { return filedAt; }
    public Instant lastChangedAt() { return lastChangedAt; }
    public SlaClock sla() { return sla; }
    public List<AuditEntry> history() { return List.copyOf(history); }
    public String trackingToken() { return trackingToken; }
}
