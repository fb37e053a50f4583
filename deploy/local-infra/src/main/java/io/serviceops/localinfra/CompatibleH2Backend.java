package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * mongo-java-server's H2 backend, plus the few commands that current clients send and the
 * server does not know, collections that find a document by its {@code _id} also when the
 * query names more fields, and aggregations that start with a {@code $match} an index answers (the
 * driver's counts: {@link IdNarrowingCollection}), and non-unique indexes that answer queries on their first
 * field ({@link FieldIndex}: the escalation scan, the gauges, the outbox relay's sweep).
 *
 * <ul>
 *   <li>{@code hello}: the modern name of {@code isMaster} (MongoDB 4.4.2+). Spring Boot's
 *       MongoDB health indicator runs {@code {hello: 1}}; without this every service's
 *       {@code /actuator/health} would report DOWN against the local store. Answered as
 *       {@code isMaster} plus the {@code isWritablePrimary} field that replaced {@code ismaster}.</li>
 * </ul>
 */
final class CompatibleH2Backend extends H2Backend {

    private static final String ADMIN = "admin";

    private final SlowCommandLog slowCommands;
    private final LongAdder opened = new LongAdder();

    /** With the slow-command log at its default threshold (tests and bench/, in process). */
    CompatibleH2Backend(String fileName) {
        this(fileName, new SlowCommandLog(SlowCommandLog.DEFAULT_THRESHOLD));
    }

    CompatibleH2Backend(String fileName, SlowCommandLog slowCommands) {
        super(fileName);
        this.slowCommands = slowCommands;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        long started = System.nanoTime();
        try {
            return answer(channel, databaseName, command, query);
        } finally {
            slowCommands.took(started, databaseName, command, query);
        }
    }

    private Document answer(Channel channel, String databaseName, String command, Document query) {
        if (ADMIN.equals(databaseName) && "listDatabases".equalsIgnoreCase(command)) {
            return listDatabases();
        }
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    /**
     * {@code listDatabases} from the databases as they are open. mongo-java-server opens every database anew to
     * answer it, which reads every document of every collection to build its in-memory indexes, and Spring
     * Boot's MongoDB health indicator lists the databases at every health check: each check of each service read
     * the whole store, and under writes such a long read failed with "Chunk … not found", so a restarted
     * service's health stayed DOWN (issue 19's full-size publisher figure stalled at 25 000 commands).
     */
    private Document listDatabases() {
        List<Document> databases = listDatabaseNames().stream().sorted()
                .map(name -> new Document("name", name).append("empty", resolveDatabase(name).isEmpty()))
                .collect(Collectors.toCollection(ArrayList::new));
        Document response = new Document("databases", databases);
        Utils.markOkay(response);
        return response;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        if (opened != null) {   // null while H2Backend's constructor opens the databases in the file
            opened.increment();
        }
        return new IdNarrowingDatabase(databaseName, getCursorRegistry());
    }

    /** How many times a database was opened after those in the file at start: each open reads its collections. */
    long databasesOpened() {
        return opened.sum();
    }

    /**
     * H2's database with {@link IdNarrowingCollection}s. An inner class: H2Database's constructor opens
     * the collections already in the file before a field of a subclass could be set, and the outer
     * backend (its MVStore) is there before that constructor runs.
     */
    private final class IdNarrowingDatabase extends H2Database {

        IdNarrowingDatabase(String databaseName, CursorRegistry cursors) {
            super(databaseName, CompatibleH2Backend.this.getMvStore(), cursors);
        }

        /** As H2Database opens a collection (its map names included), with the narrowing collection. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new IdNarrowingCollection(this, collectionName, options,
                    CompatibleH2Backend.this.getMvStore().openMap("databases." + namespace),
                    CompatibleH2Backend.this.getMvStore().openMap("meta." + namespace), cursorRegistry);
        }

        /** An aggregation that starts with a {@code $match} reads what an index finds for it ({@link IdNarrowingCollection#aggregating}). */
        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver, Oplog oplog) {
            if ("aggregate".equals(command) && query.get("aggregate") instanceof String collectionName
                    && query.get("pipeline") instanceof List<?> pipeline && !pipeline.isEmpty()
                    && pipeline.get(0) instanceof Document first && first.size() == 1
                    && first.get("$match") instanceof Document filter
                    && resolveCollection(collectionName, false) instanceof IdNarrowingCollection collection) {
                return collection.aggregating(filter, () -> super.handleCommand(channel, command, query, resolver, oplog));
            }
            return super.handleCommand(channel, command, query, resolver, oplog);
        }

        /** mongo-java-server ignores non-unique indexes; each is kept as a {@link FieldIndex} on its first field. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return new FieldIndex<>(indexName, keys, sparse);
        }
    }
}
