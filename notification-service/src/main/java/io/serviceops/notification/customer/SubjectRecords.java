package io.serviceops.notification.customer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds a data subject's notifications and contact-book entries by whichever of customer id, phone and
 * e-mail they hold: the address by its keyed hash ({@link RecipientAtRest}), or as it is when stored
 * before encryption.
 */
@Component
class SubjectRecords {

    private final FieldEncryption encryption;

    SubjectRecords(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    Optional<Query> of(DataSubject subject) {
        List<Criteria> matches = new ArrayList<>();
        if (!subject.customerIds().isEmpty()) {
            matches.add(where("customerId").in(subject.customerIds()));
        }
        if (!subject.phones().isEmpty()) {
            matches.add(where("recipient." + RecipientAtRest.PHONE_LOOKUP).in(lookups(subject.phones())));
            matches.add(where("recipient.phone").in(subject.phones()));
        }
        if (!subject.emails().isEmpty()) {
            matches.add(where("recipient." + RecipientAtRest.EMAIL_LOOKUP).in(lookups(subject.emails())));
            matches.add(where("recipient.email").in(subject.emails()));
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Query(new Criteria().orOperator(matches)));
    }

    private List<String> lookups(List<String> values) {
        return values.stream().map(encryption::lookup).toList();
    }
}
