package io.serviceops.notification.customer;

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
 * The notifications sent (or to be sent) to a customer, matched by customer id, phone or e-mail, as
 * notification-service's part of personal-data requests. Erasure deletes the address and the message's
 * parameters (tracking token, survey link, texts), replaces the customer id by the pseudonym and skips a
 * notification not sent yet; status and times stay.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    private final MongoTemplate mongo;
    private final SubjectRecords records;

    NotificationPersonalData(MongoTemplate mongo, SubjectRecords records) {
        this.mongo = mongo;
        this.records = records;
    }

    @Override
    public String records() {
        return "notifications";
    }

    @Override
    public List<?> export(DataSubject subject) {
        return records.of(subject).map(query -> mongo.find(query, CustomerNotification.class).stream()
                .map(NotificationPersonalData::exported).toList()).orElse(List.of());
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        return records.of(subject).map(query -> {
            long found = mongo.count(query, CustomerNotification.class);
            mongo.updateMulti(Query.of(query).addCriteria(where("status").is(NotificationStatus.PENDING.name())),
                    new Update().set("status", NotificationStatus.SKIPPED.name())
                            .set("lastError", "personal data erased before sending"), CustomerNotification.class);
            mongo.updateMulti(query, new Update().unset("recipient").unset("parameters"), CustomerNotification.class);
            if (!subject.customerIds().isEmpty()) {
                mongo.updateMulti(new Query(where("customerId").in(subject.customerIds())),
                        new Update().set("customerId", erasure.pseudonym()), CustomerNotification.class);
            }
            return found;
        }).orElse(0L);
    }

    private static Map<String, Object> exported(CustomerNotification notification) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("id", notification.id());
        held.put("template", notification.template());
        held.put("complaintId", notification.complaintId());
        held.put("customerId", notification.customerId());
        held.put("channel", notification.channel() == null ? null : notification.channel().name());
        held.put("recipient", notification.recipient());
        held.put("parameters", notification.parameters());
        held.put("status", notification.status().name());
        held.put("createdAt", notification.createdAt().toString());
        held.put("settledAt", notification.settledAt() == null ? null : notification.settledAt().toString());
        return held;
    }
}
