package io.serviceops.complaint.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.eventing.privacy.Erasure;
import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.eventing.privacy.PersonalDataHolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The complaints filed by or for a customer, as complaint-service's part of personal-data requests:
 * matched by customer id, phone or e-mail; exported with their contact, description and history; erased
 * by {@link Complaint#eraseCustomer}.
 */
@Component
public class ComplaintPersonalData implements PersonalDataHolder {

    private final MongoTemplate mongo;
    private final Complaints complaints;
    private final FieldEncryption encryption;

    ComplaintPersonalData(MongoTemplate mongo, Complaints complaints, FieldEncryption encryption) {
        this.mongo = mongo;
        this.complaints = complaints;
        this.encryption = encryption;
    }

    @Override
    public String records() {
        return "complaints";
    }

    /**
     * The subject widened by what its complaints know: the customer ids filed with its phone or e-mail,
     * and the phone numbers and e-mail addresses filed with its ids, so other services find theirs.
     */
    public DataSubject widened(DataSubject subject) {
        Set<String> ids = new LinkedHashSet<>(subject.customerIds());
        Set<String> phones = new LinkedHashSet<>(subject.phones());
        Set<String> emails = new LinkedHashSet<>(subject.emails());
        for (Complaint complaint : of(subject)) {
            ComplaintDraft filing = complaint.filing();
            if (filing.customerId() != null) {
                ids.add(filing.customerId());
            }
            if (filing.contact() != null) {
                addPresent(phones, filing.contact().phone());
                addPresent(emails, filing.contact().email());
            }
        }
        return new DataSubject(List.copyOf(ids), List.copyOf(phones), List.copyOf(emails));
    }

    @Override
    public List<?> export(DataSubject subject) {
        return of(subject).stream().map(ComplaintPersonalData::exported).toList();
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        List<Complaint> found = of(subject);
        found.forEach(complaint -> complaint.eraseCustomer(erasure.pseudonym(), erasure.requestId(), erasure.at()));
        complaints.saveAll(found);
        return found.size();
    }

    private List<Complaint> of(DataSubject subject) {
        List<Criteria> matches = new ArrayList<>();
        if (!subject.customerIds().isEmpty()) {
            matches.add(where("filing.customerId").in(subject.customerIds()));
        }
        // By keyed hash; the clear value finds a contact stored before encryption and not yet sealed.
        if (!subject.phones().isEmpty()) {
            matches.add(where("filing.contact." + ContactAtRest.PHONE_LOOKUP).in(lookups(subject.phones())));
            matches.add(where("filing.contact.phone").in(subject.phones()));
        }
        if (!subject.emails().isEmpty()) {
            matches.add(where("filing.contact." + ContactAtRest.EMAIL_LOOKUP).in(lookups(subject.emails())));
            matches.add(where("filing.contact.email").in(subject.emails()));
        }
        return matches.isEmpty() ? List.of()
                : mongo.find(new Query(new Criteria().orOperator(matches)), Complaint.class);
    }

    private List<String> lookups(List<String> values) {
        return values.stream().map(encryption::lookup).toList();
    }

    private static Map<String, Object> exported(Complaint complaint) {
        ComplaintDraft filing = complaint.filing();
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("id", complaint.id());
        held.put("filedAt", complaint.filedAt().toString());
        held.put("status", complaint.status().name());
        held.put("type", filing.type());
        held.put("channel", filing.channel().name());
        held.put("storeId", filing.storeId());
        held.put("customerId", filing.customerId());
        held.put("tier", filing.tier().name());
        held.put("contact", filing.contact());
        held.put("description", filing.description());
        held.put("history", complaint.history().stream().map(entry -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("at", entry.at().toString());
            step.put("action", entry.action());
            step.put("detail", entry.detail());
            return step;
        }).toList());
        return held;
    }

    private static void addPresent(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }
}
