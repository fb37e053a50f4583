package io.serviceops.eventing.privacy;

import io.serviceops.events.privacy.PersonalDataRequested;
import java.util.List;

/**
 * The customer a personal-data request is about, by every id, phone number and e-mail address known
 * for them; a service matches its records on whichever it stores.
 */
public record DataSubject(List<String> customerIds, List<String> phones, List<String> emails) {

    public DataSubject {
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public static DataSubject of(PersonalDataRequested request) {
        return new DataSubject(request.customerIds(), request.phones(), request.emails());
    }

    public boolean isCustomer(String customerId) {
        return customerId != null && customerIds.contains(customerId);
    }

    public boolean isReachedAt(String phone, String email) {
        return (phone != null && phones.contains(phone)) || (email != null && emails.contains(email));
    }
}
