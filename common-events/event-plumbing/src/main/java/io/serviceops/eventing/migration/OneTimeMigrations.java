package io.serviceops.eventing.migration;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Runs a data migration once per database: a migration that ran to its end is recorded in the {@code migrations}
 * collection by its name, and later starts skip it. Without the record each start of each replica repeated the
 * migration's search for documents left to change — a read of the whole collection on MongoDB without an index for
 * it, and on the local store the start-up that kept a restarted complaint-service from answering its health check
 * for up to 72 s at 30 000 complaints (deploy/faults/README.md).
 *
 * <p>Migrations must be idempotent: replicas starting together may both run one before either records it, and a
 * migration that stops part-way (a crash, an error) is not recorded and runs again at the next start. A migration
 * serves the data of releases before it; once no such data can remain, the migration and its record go.
 */
public final class OneTimeMigrations {

    static final String COLLECTION = "migrations";
    private static final Logger log = LoggerFactory.getLogger(OneTimeMigrations.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public OneTimeMigrations(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs the migration unless this database records it as done; records it once it has returned. */
    public void runOnce(String name, Runnable migration) {
        if (mongo.exists(Query.query(where("_id").is(name)), COLLECTION)) {
            return;
        }
        migration.run();
        mongo.save(new Document("_id", name).append("completedAt", Date.from(clock.instant())), COLLECTION);
        log.info("Data migration '{}' done; recorded in the {} collection, later starts skip it", name, COLLECTION);
    }
}
