package io.serviceops.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store as the services use it: through the MongoDB driver, over a real socket. */
class CompatibleH2BackendTest {

    @TempDir
    Path dataDir;

    @Test
    void answersHelloLikeTheHealthIndicatorAsksIt() {
        withStore(client -> {
            Document hello = client.getDatabase("complaints").runCommand(new Document("hello", 1));
            assertEquals(1.0, hello.get("ok", Number.class).doubleValue());
            assertEquals(Boolean.TRUE, hello.getBoolean("isWritablePrimary"));
            assertTrue(hello.getInteger("maxWireVersion") > 0);
        });
    }

    /**
     * Spring Boot's MongoDB health indicator lists the databases at every health check; the store answers from
     * the databases it has open, without opening (and so reading) each again.
     */
    @Test
    void listsTheDatabasesWithoutOpeningThemAgain() {
        withBackend((backend, client) -> {
            client.getDatabase("complaints").getCollection("listed").insertOne(new Document("_id", "c-1"));
            client.getDatabase("kpi").getCollection("listed").insertOne(new Document("_id", "f-1"));
            long opened = backend.databasesOpened();

            for (int check = 0; check < 3; check++) {
                List<String> names = client.listDatabaseNames().into(new ArrayList<>());
                assertTrue(names.containsAll(List.of("complaints", "kpi")), names::toString);
            }
            Document listed = client.getDatabase("admin").runCommand(new Document("listDatabases", 1));
            assertEquals(1.0, listed.get("ok", Number.class).doubleValue());
            assertEquals(opened, backend.databasesOpened(), "no database opened again to list them");
        });
    }

    @Test
    void keepsDocumentsAndUniqueIndexesAcrossRestarts() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("probe");
            col.createIndex(new Document("key", 1), new IndexOptions().unique(true));
            col.insertOne(new Document("_id", "c-1").append("key", "k-1"));
        });

        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("probe");
            assertEquals("k-1", col.find(new Document("_id", "c-1")).first().getString("key"));
            assertThrows(MongoWriteException.class, () -> col.insertOne(new Document("_id", "c-2").append("key", "k-1")));
        });
    }

    /**
     * A query naming the {@code _id} and more (an update guarded by a version) is answered from the
     * {@code _id} index and the rest of the query still decides: exactly MongoDB's answers.
     */
    @Test
    void answersQueriesByIdAndMoreAsMongoDbDoes() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("versioned");
            col.insertOne(new Document("_id", "c-1").append("version", 1).append("status", "FILED"));
            col.insertOne(new Document("_id", "c-2").append("version", 2).append("status", "FILED"));

            assertEquals(1, col.updateOne(new Document("_id", "c-2").append("version", 2),
                    new Document("$set", new Document("version", 3).append("status", "ASSIGNED"))).getMatchedCount());
            assertEquals(0, col.updateOne(new Document("_id", "c-2").append("version", 2),
                    new Document("$set", new Document("status", "LOST_UPDATE"))).getMatchedCount());
            assertEquals("ASSIGNED", col.find(new Document("_id", "c-2")).first().getString("status"));

            assertEquals(0, col.countDocuments(new Document("_id", "c-1").append("version", 2)));
            assertEquals(0, col.countDocuments(new Document("_id", "c-9").append("version", 1)));
            assertEquals("c-1", col.find(new Document("_id", new Document("$in", List.of("c-1", "c-2")))
                    .append("version", 1)).first().getString("_id"));
            assertEquals(1, col.countDocuments(new Document("_id", new Document("$ne", "c-1")).append("status", "ASSIGNED")));
            assertEquals(1, col.deleteOne(new Document("_id", "c-1").append("status", "FILED")).getDeletedCount());
            assertEquals(1, col.countDocuments());
        });
        withStore(client -> assertEquals(3, client.getDatabase("complaints").getCollection("versioned")
                .find(new Document("_id", "c-2").append("status", "ASSIGNED")).first().getInteger("version")));
    }

    /**
     * The outbox relay's sweep ({@code {"outbox.occurredAt": {$exists: true}}} on the sparse {@code outbox_pending}
     * index) finds exactly the documents with events waiting — as events are added, sent and deleted, and
     * after a restart, which rebuilds the index from the file — and other queries on the field still answer.
     */
    @Test
    void answersTheOutboxSweepFromItsSparseIndexAsMongoDbDoes() {
        Document pending = new Document("outbox.occurredAt", new Document("$exists", true));
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("outboxed");
            col.insertOne(new Document("_id", "c-1").append("outbox", List.of(event("e-1"))));
            col.createIndex(new Document("outbox.occurredAt", 1), new IndexOptions().sparse(true).name("outbox_pending"));
            col.insertOne(new Document("_id", "c-2").append("outbox", List.of()));
            col.insertOne(new Document("_id", "c-3"));
            col.insertOne(new Document("_id", "c-4").append("outbox", List.of(event("e-4"))));
            assertEquals(List.of("c-1", "c-4"), ids(col, pending));

            col.updateOne(new Document("_id", "c-1"), new Document("$pull", new Document("outbox",
                    new Document("eventId", new Document("$in", List.of("e-1"))))));
            col.updateOne(new Document("_id", "c-2"), new Document("$push", new Document("outbox", event("e-2"))));
            col.replaceOne(new Document("_id", "c-3"), new Document("outbox", List.of(event("e-3"))));
            col.deleteOne(new Document("_id", "c-4"));
            assertEquals(List.of("c-2", "c-3"), ids(col, pending));
            assertEquals(2, pendingInIndex(client), "the sweep is answered by the index, not a scan");
            assertEquals(1, col.find(pending).limit(1).into(new ArrayList<>()).size());
            assertEquals(List.of("c-3"), ids(col, new Document("outbox.0.eventId", "e-3")));
            assertEquals(List.of("c-1"), ids(col, new Document("outbox.0", new Document("$exists", false))));
            assertEquals(List.of("c-2", "c-3"), ids(col, new Document("outbox.0", new Document("$exists", true))));
        });
        withStore(client -> {
            assertEquals(List.of("c-2", "c-3"), ids(client.getDatabase("complaints").getCollection("outboxed"), pending));
            assertEquals(2, pendingInIndex(client));
        });
    }

    private static Document event(String id) {
        return new Document("eventId", id).append("occurredAt", new Date());
    }

    private static int pendingInIndex(MongoClient client) {
        Document validated = client.getDatabase("complaints").runCommand(new Document("validate", "outboxed"));
        return validated.get("keysPerIndex", Document.class).get("outbox_pending", Number.class).intValue();
    }

    /**
     * Queries on the first field of a non-unique index (the escalation scan's {@code nextCheckAt <= now}, the
     * gauge's {@code status $in […]}, a store's complaints) are answered from the index with exactly the answers
     * of a scan of an unindexed copy: after inserts, updates that move a document between values, removals of the
     * field, deletions and a restart that rebuilds the indexes — and a count reads only what the index finds.
     */
    @Test
    void answersQueriesOnIndexedFieldsExactlyAsAScanDoes() {
        Date start = Date.from(Instant.parse("2026-12-01T00:00:00Z"));
        List<Document> queries = List.of(
                new Document("status", "OPEN"),
                new Document("status", new Document("$eq", "CLOSED")),
                new Document("status", new Document("$in", List.of("OPEN", "WAITING"))),
                new Document("status", new Document("$in", List.of())),
                new Document("status", null),
                new Document("status", new Document("$ne", "OPEN")),
                new Document("status", new Document("$exists", true)),
                new Document("status", new Document("$regex", "^OP")),
                new Document("nextCheckAt", new Document("$lte", hoursAfter(start, 30))),
                new Document("nextCheckAt", new Document("$gt", hoursAfter(start, 10)).append("$lt", hoursAfter(start, 40))),
                new Document("nextCheckAt", new Document("$gte", hoursAfter(start, 40)).append("$lt", hoursAfter(start, 10))),
                new Document("nextCheckAt", new Document("$gte", 5)),
                new Document("filing.storeId", "s-1").append("status", "OPEN"),
                new Document("filing.storeId", new Document("$exists", true)).append("filedAt", new Document("$lt", hoursAfter(start, 20))),
                new Document("tags", "urgent"),
                new Document("tags", new Document("$in", List.of("urgent", "vip"))),
                new Document("$and", List.of(new Document("status", new Document("$in", List.of("OPEN", "WAITING"))),
                        new Document("$and", List.of(new Document("nextCheckAt", new Document("$gt", hoursAfter(start, 20))),
                                new Document("filing.storeId", "s-2"))))));
        withBackend((backend, client) -> {
            MongoCollection<Document> indexed = client.getDatabase("complaints").getCollection("indexed");
            MongoCollection<Document> scanned = client.getDatabase("complaints").getCollection("scanned");
            indexed.createIndex(new Document("status", 1));
            indexed.createIndex(new Document("nextCheckAt", 1), new IndexOptions().sparse(true));
            indexed.createIndex(new Document("filing.storeId", 1).append("filedAt", -1));
            indexed.createIndex(new Document("tags", 1));
            indexed.createIndex(new Document("filedAt", -1));
            String[] statuses = {"OPEN", "WAITING", "CLOSED"};
            for (int i = 0; i < 300; i++) {
                Document complaint = new Document("_id", String.format("c-%03d", i))
                        .append("filing", new Document("storeId", "s-" + i % 4)).append("filedAt", hoursAfter(start, i % 50));
                if (i % 10 != 0) {
                    complaint.append("status", i % 17 == 0 ? null : statuses[i % 3]);
                }
                if (i % 3 != 2) {
                    complaint.append("nextCheckAt", i % 29 == 0 ? 7 : hoursAfter(start, i % 60));
                }
                if (i % 7 == 0) {
                    complaint.append("tags", List.of("urgent", "t-" + i));
                } else if (i % 11 == 0) {
                    complaint.append("tags", "vip");
                }
                indexed.insertOne(complaint);
                scanned.insertOne(complaint);
            }
            assertSameAnswers(indexed, scanned, queries);

            for (MongoCollection<Document> col : List.of(indexed, scanned)) {
                col.updateMany(new Document("status", "WAITING"), new Document("$set", new Document("status", "OPEN")));
                col.updateMany(new Document("nextCheckAt", new Document("$lte", hoursAfter(start, 12))),
                        new Document("$unset", new Document("nextCheckAt", "")).append("$set", new Document("status", "CLOSED")));
                col.deleteMany(new Document("filing.storeId", "s-3").append("status", "OPEN"));
                col.replaceOne(new Document("_id", "c-001"), new Document("status", "WAITING").append("tags", "urgent"));
            }
            assertSameAnswers(indexed, scanned, queries);

            var stored = (IdNarrowingCollection) backend.resolveDatabase("complaints").resolveCollection("indexed", false);
            long before = stored.documentsScanned();
            long waiting = indexed.countDocuments(new Document("status", "WAITING"));
            assertEquals(1, waiting);
            assertEquals(waiting, stored.documentsScanned() - before, "the count read only what the status index found");
        });
        withStore(client -> assertSameAnswers(client.getDatabase("complaints").getCollection("indexed"),
                client.getDatabase("complaints").getCollection("scanned"), queries));
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> scanned,
            List<Document> queries) {
        for (Document query : queries) {
            assertEquals(ids(scanned, query), ids(indexed, query), () -> "answers to " + query.toJson());
            assertEquals(scanned.countDocuments(query), indexed.countDocuments(query), () -> "count of " + query.toJson());
        }
        // Pages sorted on an indexed field, read in the index's order: ties, nulls and missing values, a filter no
        // index narrows, and indexes that cannot give the order (sparse, arrays) falling back to the scan.
        Document notNarrowed = new Document("nextCheckAt", new Document("$ne", null));
        for (Document sort : List.of(new Document("filedAt", -1), new Document("filedAt", 1), new Document("status", 1),
                new Document("status", -1).append("filedAt", 1), new Document("filing.storeId", -1).append("filedAt", 1),
                new Document("nextCheckAt", 1), new Document("tags", 1))) {
            for (Document query : List.of(new Document(), notNarrowed)) {
                for (int skip : new int[] {0, 3, 37}) {
                    assertEquals(page(scanned, query, sort, skip), page(indexed, query, sort, skip),
                            () -> "page of " + query.toJson() + " sorted " + sort.toJson() + " from " + skip);
                }
            }
        }
        Document due = new Document("nextCheckAt", new Document("$lte", new Date(Long.MAX_VALUE)));
        assertEquals(scanned.find(due).sort(new Document("nextCheckAt", 1).append("_id", 1)).limit(5).map(d -> d.getString("_id")).into(new ArrayList<>()),
                indexed.find(due).sort(new Document("nextCheckAt", 1).append("_id", 1)).limit(5).map(d -> d.getString("_id")).into(new ArrayList<>()));
    }

    private static List<String> page(MongoCollection<Document> col, Document query, Document sort, int skip) {
        return col.find(query).sort(sort).skip(skip).limit(7).map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    private static Date hoursAfter(Date start, int hours) {
        return Date.from(start.toInstant().plus(Duration.ofHours(hours)));
    }

    /** Aggregations read the collection as a stream; their answers and the stored documents are as before. */
    @Test
    void aggregatesOverTheWholeCollectionAndLeavesTheStoredDocumentsAsTheyWere() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("grouped");
            for (int i = 0; i < 600; i++) {   // more than one batch of the scan
                col.insertOne(new Document("_id", "c-" + i).append("type", i % 2 == 0 ? "QUALITY" : "SERVICE_ATTITUDE")
                        .append("status", i % 5 == 0 ? "CLOSED" : "FILED"));
            }
            List<Document> counts = col.aggregate(List.of(new Document("$match", new Document("status", "FILED")),
                    new Document("$group", new Document("_id", "$type").append("count", new Document("$sum", 1))),
                    new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
            assertEquals(List.of(new Document("_id", "QUALITY").append("count", 240),
                    new Document("_id", "SERVICE_ATTITUDE").append("count", 240)), counts);
            col.aggregate(List.of(new Document("$addFields", new Document("status", "CHANGED_IN_THE_PIPELINE")))).into(new ArrayList<>());
            assertEquals(0, col.countDocuments(new Document("status", "CHANGED_IN_THE_PIPELINE")));
            assertEquals(480, col.countDocuments(new Document("status", "FILED")));
        });
    }

    /**
     * The driver counts with an aggregation that starts with {@code $match} (Spring Data's {@code exists} and
     * {@code existsById} too: every processed-event check, every complaint filed): the local store reads what
     * an index finds for the filter, as MongoDB does, not the whole collection; a filter no index answers
     * still reads everything, and every count is right.
     */
    @Test
    void aCountAnIndexAnswersReadsOnlyTheDocumentsTheIndexFinds() {
        withBackend((backend, client) -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("counted");
            col.createIndex(new Document("pending", 1), new IndexOptions().sparse(true));
            for (int i = 0; i < 1_000; i++) {
                Document complaint = new Document("_id", String.format("c-%04d", i)).append("even", i % 2 == 0);
                col.insertOne(i < 3 ? complaint.append("pending", true) : complaint);
            }
            var stored = (IdNarrowingCollection) backend.resolveDatabase("complaints").resolveCollection("counted", false);
            long before = stored.documentsScanned();

            assertEquals(1, col.countDocuments(new Document("_id", "c-0500")));
            assertEquals(0, col.countDocuments(new Document("_id", "c-9999")));
            assertEquals(0, col.countDocuments(new Document("_id", "c-0501").append("even", true)));
            assertEquals(3, col.countDocuments(new Document("pending", new Document("$exists", true))));
            assertEquals(1 + 0 + 1 + 3, stored.documentsScanned() - before);

            assertEquals(500, col.countDocuments(new Document("even", true)));
            assertEquals(1 + 0 + 1 + 3 + 1_000, stored.documentsScanned() - before);
        });
    }

    /**
     * Aggregations run beside updates of the documents they read (the open-complaints gauge and the list's
     * count while complaints are assigned and resolved); mongo-java-server changes a stored document in place,
     * so a scan that copied documents outside the collection's lock failed now and then (a 500 in the soak).
     */
    @Test
    void aggregationsBesideUpdatesOfTheSameDocumentsAnswerEveryTime() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("busy");
            for (int i = 0; i < 300; i++) {
                col.insertOne(new Document("_id", "c-" + i).append("status", "FILED"));
            }
            AtomicBoolean counting = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int round = 0; counting.get(); round++) {
                    // What the services do to complaints: file, save a new version, add and send outbox events.
                    String id = "c-" + round % 300;
                    switch (round % 4) {
                        case 0 -> col.insertOne(new Document("_id", "n-" + round).append("status", "NEW"));
                        case 1 -> col.replaceOne(new Document("_id", id), new Document("status", "FILED")
                                .append("version", round).append("mark" + round % 40, round));
                        case 2 -> col.updateOne(new Document("_id", id), new Document("$push",
                                new Document("outbox", new Document("eventId", "e-" + round))));
                        default -> col.updateOne(new Document("_id", id), new Document("$pull",
                                new Document("outbox", new Document("eventId", "e-" + (round - 1)))).append("$unset",
                                new Document("mark" + (round + 20) % 40, "")));
                    }
                }
            });
            writer.start();
            try {
                for (int i = 0; i < 500; i++) {
                    assertEquals(300, col.countDocuments(new Document("status", "FILED")));
                }
            } finally {
                counting.set(false);
                joinUninterruptibly(writer);
            }
        });
    }

    /**
     * An aggregation's scan runs outside the collection's lock while the services write. H2 frees the pages
     * of a version once it is older than its retention time (45 s by default; none here) and no longer
     * current; a scan that kept reading the version it started on then failed with "Chunk … not found" (the
     * full-size fault run at 27 000 complaints). Every document is still read once, none fails.
     */
    @Test
    void aScanOutlivesTheVersionItStartedOnWhileEveryDocumentIsRewritten() {
        withBackend((backend, client) -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("scanned");
            String padding = "x".repeat(2_000);
            for (int i = 0; i < 2_000; i++) {
                col.insertOne(new Document("_id", String.format("c-%05d", i)).append("round", 0).append("text", padding));
            }
            MVStore file = backend.getMvStore();
            file.commit();
            file.setRetentionTime(0);
            file.setVersionsToKeep(0);
            file.setCacheSize(1);
            var stored = (IdNarrowingCollection) backend.resolveDatabase("complaints").resolveCollection("scanned", true);
            var scan = stored.queryAllAsStream().iterator();
            // The scan of a query no index answers, and of an index build, reads the same way.
            var positioned = stored.streamAllDocumentsWithPosition().iterator();
            List<Object> seen = new ArrayList<>();
            List<Object> seenWithPositions = new ArrayList<>();
            while (seen.size() < 300) {
                seen.add(scan.next().get("_id"));
                seenWithPositions.add(positioned.next().getPosition());
            }
            for (int round = 1; round <= 3; round++) {
                col.updateMany(new Document(), new Document("$set", new Document("round", round).append("text", padding + round)));
                file.commit();
            }
            file.compact(100, Integer.MAX_VALUE);   // rewrites the live pages of half-empty chunks and drops the dead
            file.getFileStore().dropUnusedChunks();
            scan.forEachRemaining(document -> seen.add(document.get("_id")));
            positioned.forEachRemaining(document -> seenWithPositions.add(document.getPosition()));
            assertEquals(2_000, seen.size());
            assertEquals(2_000, seen.stream().distinct().count());
            assertEquals(seen, seenWithPositions);
        });
    }

    private static void joinUninterruptibly(Thread thread) {
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException ignored) {
                // keep waiting: the thread ends as soon as it sees its flag
            }
        }
    }

    private static List<String> ids(MongoCollection<Document> col, Document query) {
        return col.find(query).map(document -> document.getString("_id")).into(new ArrayList<>())
                .stream().sorted().toList();
    }

    /** Starts a store on the temp data dir and a free port, runs the check, shuts down like SIGTERM does. */
    private void withStore(Consumer<MongoClient> check) {
        withBackend((backend, client) -> check.accept(client));
    }

    /** As {@link #withStore}, with the backend itself for what only it shows (its file, its collections). */
    private void withBackend(BiConsumer<CompatibleH2Backend, MongoClient> check) {
        CompatibleH2Backend backend = new CompatibleH2Backend(dataDir.resolve("store.mv").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            check.accept(backend, client);
        } finally {
            server.shutdown();
        }
    }
}
