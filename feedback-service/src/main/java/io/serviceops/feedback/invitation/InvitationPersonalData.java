package io.serviceops.feedback.invitation;

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
 * The survey invitations sent to a customer, as part of personal-data requests: exported without their
 * tokens (a secret link, not data about the customer); erasure replaces the customer id by the pseudonym.
 */
@Component
class InvitationPersonalData implements PersonalDataHolder {

    private final MongoTemplate mongo;

    InvitationPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String records() {
        return "invitations";
    }

    @Override
    public List<?> export(DataSubject subject) {
        return subject.customerIds().isEmpty() ? List.of()
                : mongo.find(of(subject), Invitation.class).stream().map(InvitationPersonalData::exported).toList();
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        return subject.customerIds().isEmpty() ? 0
                : mongo.updateMulti(of(subject), new Update().set("customerId", erasure.pseudonym()), Invitation.class)
                        .getModifiedCount();
    }

    private static Query of(DataSubject subject) {
        return new Query(where("customerId").in(subject.customerIds()));
    }

    private static Map<String, Object> exported(Invitation invitation) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("id", invitation.id());
        held.put("complaintId", invitation.complaintId());
        held.put("customerId", invitation.customerId());
        held.put("createdAt", invitation.createdAt().toString());
        held.put("expiresAt", invitation.expiresAt().toString());
        held.put("answeredAt", invitation.answeredAt() == null ? null : invitation.answeredAt().toString());
        held.put("feedbackId", invitation.feedbackId());
        return held;
    }
}
