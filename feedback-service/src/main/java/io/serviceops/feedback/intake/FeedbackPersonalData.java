package io.serviceops.feedback.intake;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.eventing.privacy.Erasure;
import io.serviceops.eventing.privacy.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A customer's feedback as feedback-service's part of personal-data requests (found by customer id;
 * feedback keeps no contact data). Erasure replaces the customer id by the pseudonym, deletes the comment
 * and the stored response, and redacts text answers; ratings, topic, store and staff stay, so CSAT, NPS
 * and scorecards do not change. (A single-choice answer is text too and is redacted with the rest.)
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

    static final String REDACTED = "[erased]";

    private final MongoTemplate mongo;

    FeedbackPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String records() {
        return "feedback";
    }

    @Override
    public List<?> export(DataSubject subject) {
        return of(subject).stream().map(FeedbackPersonalData::exported).toList();
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        List<Feedback> found = of(subject);
        found.forEach(feedback -> mongo.updateFirst(new Query(where("_id").is(feedback.id())), new Update()
                .set("customerId", erasure.pseudonym()).unset("comment").unset("idempotency.response")
                .set("answers", redacted(feedback.answers())), Feedback.class));
        return found.size();
    }

    private List<Feedback> of(DataSubject subject) {
        return subject.customerIds().isEmpty() ? List.of()
                : mongo.find(new Query(where("customerId").in(subject.customerIds())), Feedback.class);
    }

    private static Map<String, Object> redacted(Map<String, Object> answers) {
        Map<String, Object> kept = new LinkedHashMap<>();
        answers.forEach((question, answer) -> kept.put(question, answer instanceof String ? REDACTED : answer));
        return kept;
    }

    private static Map<String, Object> exported(Feedback feedback) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("id", feedback.id());
        held.put("receivedAt", feedback.receivedAt().toString());
        held.put("channel", feedback.channel().name());
        held.put("topic", feedback.topic().name());
        held.put("storeId", feedback.storeId());
        held.put("complaintId", feedback.complaintId());
        held.put("customerId", feedback.customerId());
        held.put("satisfaction", feedback.satisfaction());
        held.put("nps", feedback.nps());
        held.put("effort", feedback.effort());
        held.put("comment", feedback.comment());
        held.put("surveyId", feedback.surveyId());
        held.put("answers", feedback.answers());
        return held;
    }
}
