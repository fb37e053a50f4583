package io.serviceops.eventing.privacy;

import java.util.List;

/**
 * One kind of record a service keeps about customers, as its part of export and erasure requests.
 * Declare an implementation as a bean and the service answers {@code PersonalDataRequested} with it
 * ({@link PersonalDataRequests}).
 */
public interface PersonalDataHolder {

    /** The name of these records in the export document and the erasure counts, e.g. {@code complaints}. */
    String records();

    /** Everything held about the subject, as JSON values (maps, lists, texts, numbers, times). */
    List<?> export(DataSubject subject);

    /**
     * Deletes the subject's contact data, replaces their customer ids by the erasure's pseudonym and redacts
     * their free text; counts changed records. Must be idempotent: run again, it finds nothing left and
     * counts 0. Counts, ratings and times stay, so aggregates do not change.
     */
    long erase(DataSubject subject, Erasure erasure);
}
