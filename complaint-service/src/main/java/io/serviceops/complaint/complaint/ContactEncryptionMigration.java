package io.serviceops.complaint.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.eventing.migration.OneTimeMigrations;
import java.time.Clock;
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
 * Seals the contacts stored before encryption at rest existed: at the first start on a database, in batches,
 * each complaint read (the reader takes clear values as they are) and saved again (the writer seals them).
 * Idempotent, and harmless on several replicas at once: a complaint saved meanwhile by anyone is sealed already.
 * Recorded once done ({@link OneTimeMigrations}): its search reads every complaint, no index serving it, and
 * every complaint written since is sealed as it is written.
 */
@Component
class ContactEncryptionMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContactEncryptionMigration.class);
    private static final int BATCH = 100;

    static final String NAME = "complaint-contacts-encrypted-at-rest";

    private final MongoTemplate mongo;
    private final Complaints complaints;
    private final Clock clock;

    ContactEncryptionMigration(MongoTemplate mongo, Complaints complaints, Clock clock) {
        this.mongo = mongo;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        new OneTimeMigrations(mongo, clock).runOnce(NAME, () -> {
            long sealed = sealClearContacts();
            if (sealed > 0) {
                log.info("Sealed the contact data of {} complaints stored before encryption at rest", sealed);
            }
        });
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
