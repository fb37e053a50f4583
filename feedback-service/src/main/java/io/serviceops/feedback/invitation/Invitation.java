package io.serviceops.feedback.invitation;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.notification.SurveyInvitationIssued;
import io.serviceops.feedback.support.PeriodKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request to a customer to rate how their complaint was handled. The id derives from the complaint,
 * so a complaint gets one invitation however often its resolution is delivered; the token is what the
 * customer's link carries, in place of a login.
 */
@CompoundIndex(name = "period_day", def = "{'period.day': 1}")
@CompoundIndex(name = "store_period_day", def = "{'storeId': 1, 'period.day': 1}")
@Document("invitations")
public class Invitation extends OutboxAggregate {

    /** Invitations are answered through the satisfaction survey channel; stored for the analytics grouping. */
    private static final String CHANNEL = "SATISFACTION_SURVEY";

    @Id
    private String id;
    @Indexed(unique = true)
    private String token;
    @Indexed
    private String complaintId;
    private String complaintType;
    private String customerId;
    private String storeId;
    private String staffId;
    private String channel;
    private String surveyId;
    private int surveyVersion;
    private Instant createdAt;
    private Instant expiresAt;
    private PeriodKeys period;
    @Indexed
    private int answered;
    private Instant answeredAt;
    private String feedbackId;

    Invitation() {
    }

    static String idFor(String complaintId) {
        return "inv-" + complaintId;
    }

    /**
     * The invitation, with the request to send the customer its link. The link goes on the restricted
     * notifications topic only: the token in it stands in for a login.
     */
    static Invitation issue(ComplaintResolved resolved, String surveyId, int surveyVersion, String token,
            String link, Instant now, Duration validFor, ZoneId zone) {
        Invitation invitation = new Invitation();
        invitation.id = idFor(resolved.complaintId());
        invitation.token = token;
        invitation.complaintId = resolved.complaintId();
        invitation.complaintType = resolved.type();
        invitation.customerId = resolved.customerId();
        invitation.storeId = resolved.storeId();
        invitation.staffId = handlerOf(resolved);
        invitation.channel = CHANNEL;
        invitation.surveyId = surveyId;
        invitation.surveyVersion = surveyVersion;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validFor);
        invitation.period = PeriodKeys.of(now, zone);
        invitation.record(new SurveyInvitationIssued(invitation.id, invitation.complaintId, invitation.customerId,
                link, invitation.expiresAt, now), now);
        return invitation;
    }

    /**
     * The survey's satisfaction credits who handled the case (as Zendesk stamps CSAT with the assignee):
     * the assignee when the case was resolved, or who resolved it in events without one.
     */
    private static String handlerOf(ComplaintResolved resolved) {
        return resolved.assigneeId() != null ? resolved.assigneeId() : resolved.resolvedBy();
    }

    InvitationStatus status(Instant now) {
        if (answered == 1) {
            return InvitationStatus.ANSWERED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    void ensureOpen(Instant now) {
        switch (status(now)) {
            case ANSWERED -> throw new InvitationAlreadyAnswered();
            case EXPIRED -> throw new InvitationExpired(expiresAt);
            default -> { }
        }
    }

    void markAnswered(String byFeedback, Instant now) {
        answered = 1;
        answeredAt = now;
        feedbackId = byFeedback;
    }

    /** The id of the one response this invitation may have; its uniqueness makes the token single-use. */
    String responseId() {
        return "fb-" + id;
    }

    public String id() { return id; }
    public String token() { return token; }
    public String complaintId() { return complaintId; }
    public String complaintType() { return complaintType; }
    public String customerId() { return customerId; }
    public String storeId() { return storeId; }
    public String staffId() { return staffId; }
    public String surveyId() { return surveyId; }
    public int surveyVersion() { return surveyVersion; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant answeredAt() { return answeredAt; }
    public String feedbackId() { return feedbackId; }
}
