package io.serviceops.eventing.privacy.shredding;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.eventing.privacy.Erasure;
import io.serviceops.eventing.privacy.PersonalDataHolder;
import java.util.List;

/**
 * An erasure destroys the customer's keys (crypto-shredding): every personal field this service ever
 * published for them — on its topics, their dead-letter topics, in its pending outbox entries and in what
 * consumers parked — stays unreadable from then on. An export leaves the keys out: they are not data
 * about the customer.
 */
public class CustomerKeyShredding implements PersonalDataHolder {

    private final CustomerKeyStore keys;

    public CustomerKeyShredding(CustomerKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public String records() {
        return CustomerKeyStore.COLLECTION;
    }

    @Override
    public List<?> export(DataSubject subject) {
        return List.of();
    }

    @Override
    public long erase(DataSubject subject, Erasure erasure) {
        return keys.shred(subject.customerIds());
    }
}
