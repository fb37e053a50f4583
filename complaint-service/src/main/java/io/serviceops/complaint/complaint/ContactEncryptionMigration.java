package io.serviceops.complaint.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Seals the contacts stored before encryption at rest existed: at start-up, in batches, each complaint
 * read (the reader takes clear values as they are) and saved again (the writer seals them). Idempotent,
 * and harmless on several replicas at once: a complaint saved meanwhile by anyone is sealed already.
 */
@Component
class ContactEncryptionMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContactEncryptionMigration.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final Complaints complaints;

    ContactEncryptionMigration(MongoTemplate mongo, Complaints complaints) {
        this.mongo = mongo;
        this.complaints = complaints;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long sealed = sealClearContacts();
        if (sealed > 0) {
            log.info("Sealed the contact data of {} complaints stored before encryption at rest", sealed);
        }
    }

    /** Seals every contact still stored in clear; returns how many complaints it saved. */
    long sealClearContacts() {
        Query clear = new Query(where("filing.contact").ne(null).and("filing.contact." + ContactAtRest.ENCRYPTED).ne(true))
                .with(PageRequest.of(0, BATCH));
        long sealed = 0;
        List<Complaint> batch = mongo.find(clear, Complaint.class);
        while (!batch.isEmpty()) {
            for (Complaint complaint : batch) {
                try {
                    complaints.save(complaint);
                    sealed++;
                } catch (OptimisticLockingFailureException savedMeanwhile) {
                    // saved by a request in between, and so sealed
                }
            }
            batch = mongo.find(clear, Complaint.class);
        }
        return sealed;
    }
}
