package io.serviceops.eventing.privacy;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.privacy.PersonalDataAnswered;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That this service answered a personal-data request, stored with its answer event. Keyed by the
 * request id, so a redelivered request is answered once. Once the relay has sent the answer only the
 * id and the time remain: the record that it happened, without the data.
 */
@Document(PersonalDataAnswer.COLLECTION)
public class PersonalDataAnswer extends OutboxAggregate {

    public static final String COLLECTION = "privacy_answers";

    @Id
    private final String requestId;
    private final String kind;
    private final Instant answeredAt;

    PersonalDataAnswer(String requestId, String kind, Instant answeredAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.answeredAt = answeredAt;
    }

    static PersonalDataAnswer of(PersonalDataAnswered answered) {
        PersonalDataAnswer answer = new PersonalDataAnswer(answered.requestId(), answered.kind(), answered.answeredAt());
        answer.record(answered, answered.answeredAt());
        return answer;
    }

    public String requestId() {
        return requestId;
    }

    public String kind() {
        return kind;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
