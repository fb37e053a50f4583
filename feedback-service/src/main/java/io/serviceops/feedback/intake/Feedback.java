package io.serviceops.feedback.intake;

import io.serviceops.conventions.idempotency.IdempotentCreation;
import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.feedback.support.PeriodKeys;
import io.serviceops.feedback.survey.Ratings;
import io.serviceops.feedback.topic.Topic;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One customer response from any channel. It is written once; the events it raises travel in the
 * same document (outbox), so a response is never stored without its events or the other way round.
 */
@CompoundIndex(name = "period_day", def = "{'period.day': 1}")
@CompoundIndex(name = "store_period_day", def = "{'storeId': 1, 'period.day': 1}")
@CompoundIndex(name = "idempotency_key", def = "{'idempotency.key': 1}", unique = true, sparse = true)
@Document("feedback")
public class Feedback extends OutboxAggregate {

    @Id
    private String id;
    private Channel channel;
    private Topic topic;
    private TopicSource topicSource;
    private String storeId;
    @Indexed
    private String staffId;
    @Indexed
    private String complaintId;
    private String customerId;
    private boolean anonymous;
    private String surveyId;
    private Integer surveyVersion;
    private String invitationId;
    /** The channel that vouches for the rating, and who submitted it (null for a survey link). */
    private RatingSource source;
    private String submittedBy;
    private Map<String, Object> answers;
    private Integer satisfaction;
    private Integer nps;
    private Integer effort;
    private String comment;
    private boolean negative;
    private boolean followUpRequested;
    private Instant receivedAt;
    private Instant recordedAt;
    private PeriodKeys period;
    private Tally tally;
    /** Set when submitted under an Idempotency-Key: the caller-scoped key and the response first answered. */
    private IdempotentCreation idempotency;

    Feedback() {
    }

    /**
     * Records a response. A negative one asks complaint-service for a follow-up complaint, which the
     * contract allows only when the store is known.
     */
    static Feedback receive(String id, Submission submission, Ratings ratings, Classification classification,
            boolean negative, ZoneId zone, Instant now) {
        Feedback feedback = new Feedback();
        feedback.id = id;
        feedback.channel = submission.channel();
        feedback.topic = classification.topic();
        feedback.topicSource = classification.source();
        feedback.storeId = submission.attribution().storeId();
        feedback.staffId = submission.attribution().staffId();
        feedback.complaintId = submission.attribution().complaintId();
        feedback.anonymous = submission.anonymous();
        feedback.customerId = submission.anonymous() ? null : submission.customerId();
        if (submission.survey() != null) {
            feedback.surveyId = submission.survey().surveyId();
            feedback.surveyVersion = submission.survey().version();
            feedback.answers = submission.survey().answers();
        }
        feedback.invitationId = submission.invitationId();
        feedback.source = submission.submitter().source();
        feedback.submittedBy = submission.submitter().callerId();
        feedback.satisfaction = ratings.satisfaction();
        feedback.nps = ratings.nps();
        feedback.effort = ratings.effort();
        feedback.comment = ratings.comment();
        feedback.negative = negative;
        feedback.followUpRequested = negative && feedback.storeId != null;
        feedback.receivedAt = submission.receivedAt() == null ? now : submission.receivedAt();
        feedback.recordedAt = now;
        feedback.period = PeriodKeys.of(feedback.receivedAt, zone);
        feedback.tally = Tally.of(ratings.satisfaction(), ratings.nps(), negative);
        feedback.raiseEvents(now);
        return feedback;
    }

    private void raiseEvents(Instant now) {
        record(new FeedbackSubmitted(id, channel.name(), topic.name(), storeId, staffId, complaintId,
                satisfaction, nps, effort, anonymous, receivedAt), now);
        if (followUpRequested) {
            record(new NegativeFeedbackReceived(id, channel.name(), topic.name(), storeId, staffId, complaintId,
                    customerId, satisfaction, nps, comment, receivedAt), now);
        }
    }

    public String id() { return id; }
    public Channel channel() { return channel; }
    public Topic topic() { return topic; }
    public TopicSource topicSource() { return topicSource; }
    public String storeId() { return storeId; }
    public String staffId() { return staffId; }
    public String complaintId() { return complaintId; }
    public String customerId() { return customerId; }
    public boolean anonymous() { return anonymous; }
    public String surveyId() { return surveyId; }
    public Integer surveyVersion() { return surveyVersion; }
    public String invitationId() { return invitationId; }
    public RatingSource source() { return source; }
    public String submittedBy() { return submittedBy; }
    public Map<String, Object> answers() { return answers == null ? Map.of() : answers; }
    public Integer satisfaction() { return satisfaction; }
    public Integer nps() { return nps; }
    public Integer effort() { return effort; }
    public String comment() { return comment; }
    public boolean negative() { return negative; }
    public boolean followUpRequested() { return followUpRequested; }
    public Instant receivedAt() { return receivedAt; }
    public PeriodKeys period() { return period; }

    /** Keeps the Idempotency-Key it was submitted under and the response that submission answered. */
    void submittedUnder(IdempotentCreation creation) {
        idempotency = creation;
    }

    public IdempotentCreation idempotency() {
        return idempotency;
    }
}
