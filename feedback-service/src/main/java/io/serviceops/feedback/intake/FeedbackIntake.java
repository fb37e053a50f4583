package io.serviceops.feedback.intake;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.idempotency.Creation;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.problem.Conflict;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.feedback.FeedbackProperties;
import io.serviceops.feedback.survey.Ratings;
import io.serviceops.feedback.survey.Survey;
import io.serviceops.feedback.survey.SurveyCatalog;
import io.serviceops.feedback.survey.SurveyVersion;
import io.serviceops.feedback.topic.Topic;
import io.serviceops.feedback.topic.TopicClassifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Takes feedback in from any channel: validates, classifies, flags negative responses and stores them. */
@Service
public class FeedbackIntake {

    private final Feedbacks feedbacks;
    private final SurveyCatalog surveys;
    private final TopicClassifier classifier;
    private final NegativityPolicy policy;
    private final FeedbackMetrics metrics;
    private final FeedbackProperties properties;
    private final Clock clock;

    FeedbackIntake(Feedbacks feedbacks, SurveyCatalog surveys, TopicClassifier classifier, NegativityPolicy policy,
            FeedbackMetrics metrics, FeedbackProperties properties, Clock clock) {
        this.feedbacks = feedbacks;
        this.surveys = surveys;
        this.classifier = classifier;
        this.policy = policy;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores new feedback once per caller-scoped key: a retry finds what the first call stored, whose
     * stored response ({@code response} renders it) is answered again.
     */
    public Creation<Feedback> submit(Submission submission, IdempotencyKey key, Function<Feedback, String> response) {
        return Creation.once(key, feedbacks::findByIdempotency_Key,
                () -> store(UUID.randomUUID().toString(), submission, key, response));
    }

    /**
     * Stores feedback under a chosen id, so that a second answer to the same invitation fails on the
     * store's unique id with a {@link DuplicateKeyException}, atomically.
     */
    public Feedback submitAs(String id, Submission submission) {
        return store(id, submission, IdempotencyKey.NONE, feedback -> null);
    }

    private Feedback store(String id, Submission submission, IdempotencyKey key, Function<Feedback, String> response) {
        Instant now = clock.instant();
        if (submission.receivedAt() != null && submission.receivedAt().isAfter(now)) {
            throw new InvalidInput("receivedAt", "must not be in the future");
        }
        SurveyAnswers survey = submission.survey();
        Ratings ratings = submission.ratings();
        if (survey != null) {
            SurveyVersion version = versionAnswered(survey);
            survey = new SurveyAnswers(survey.surveyId(), version.number(), survey.answers());
            ratings = version.validate(survey.answers());
        }
        if (ratings == null || ratings.isEmpty()) {
            throw new InvalidInput(survey == null ? "satisfaction" : "answers",
                    "feedback needs at least one rating or a comment");
        }
        Classification classification = classify(submission, ratings.comment());
        boolean negative = policy.isNegative(ratings.satisfaction(), ratings.nps(), classification.topic());
        Feedback received = Feedback.receive(id, submission.withSurvey(survey), ratings, classification, negative,
                properties.zone(), now);
        if (key.present()) {
            received.submittedUnder(key.answeredWith(response.apply(received)));
        }
        Feedback feedback = feedbacks.insert(received);
        metrics.received(feedback);
        return feedback;
    }

    /** A response of the caller's stores; another store's answers as a missing one. */
    public Feedback find(String id) {
        Feedback feedback = feedbacks.findById(id).orElseThrow(() -> new NotFound("Feedback", id));
        return StoreScope.ofCaller().visible(feedback, feedback.storeId(), () -> new NotFound("Feedback", id));
    }

    /**
     * The stores of the stored responses among {@code ids}; one of a store the caller cannot see answers
     * as missing, as {@link #find} does. An id of no stored response has no store to contribute.
     */
    public Set<String> storesOf(Collection<String> ids) {
        StoreScope scope = StoreScope.ofCaller();
        Set<String> stores = new TreeSet<>();
        feedbacks.findAllById(ids).forEach(feedback -> {
            scope.visible(feedback, feedback.storeId(), () -> new NotFound("Feedback", feedback.id()));
            if (feedback.storeId() != null) {
                stores.add(feedback.storeId());
            }
        });
        return stores;
    }

    /** The stores of the responses about any of {@code complaintIds} (a complaint's survey names its store). */
    public Set<String> storesOfComplaints(Collection<String> complaintIds) {
        Set<String> stores = new TreeSet<>();
        feedbacks.findByComplaintIdIn(complaintIds).stream().map(Feedback::storeId).filter(Objects::nonNull)
                .forEach(stores::add);
        return stores;
    }

    /**
     * The version the answers are checked against and pinned to, so they stay readable later: the one
     * named, or the latest published. A survey the client names wrongly is a bad request, not a 404.
     */
    private SurveyVersion versionAnswered(SurveyAnswers answers) {
        Survey survey;
        try {
            survey = surveys.find(answers.surveyId());
        } catch (NotFound e) {
            throw new InvalidInput("surveyId", "names no survey");
        }
        try {
            return answers.version() == null ? survey.latest() : survey.version(answers.version());
        } catch (NotFound e) {
            throw new InvalidInput("surveyVersion", "is not a published version of this survey");
        } catch (Conflict e) {
            throw new InvalidInput("surveyId", "has no published version yet");
        }
    }

    private Classification classify(Submission submission, String comment) {
        if (submission.topic() != null) {
            return new Classification(submission.topic(), TopicSource.SUBMITTER);
        }
        Optional<Topic> byKeyword = classifier.classify(comment);
        if (byKeyword.isPresent()) {
            return new Classification(byKeyword.get(), TopicSource.KEYWORD_RULE);
        }
        return submission.topicHint() != null ? new Classification(submission.topicHint(), TopicSource.COMPLAINT_TYPE)
                : new Classification(Topic.OTHER, TopicSource.DEFAULT);
    }
}
