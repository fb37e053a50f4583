package io.serviceops.notification.customer;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.eventing.privacy.Erasure;
import io.serviceops.eventing.privacy.PersonalDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** The contact book's entries of a customer (complaint, customer id, address), exported as they are; erased by deleting them. */
@Component
class ContactBookPersonalData implements PersonalDataHolder {

    private final ContactBook contacts;

    ContactBookPersonalData(ContactBook contacts) {
        this.contacts = contacts;
    }

    @Override
    public String records() {
        return "contacts";
    }

    @Override
    public List<?> export(DataSubject subject) {
        return contacts.of(subject);
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        return contacts.forget(subject);
    }
}
