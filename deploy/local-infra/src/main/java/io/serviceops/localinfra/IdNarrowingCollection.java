package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection of the local store that finds a document by its {@code _id} when the query names the
 * {@code _id} and more, such as an update guarded by a version ({@code {_id: …, version: 3}}, Spring Data's
 * optimistic locking) — and then checks the rest of the query on that one document.
 *
 * <p>mongo-java-server uses an index only for a query with exactly the index's fields; every other query
 * reads and deserializes the whole collection while holding the collection's lock. With one complaint
 * updated per command that made each assignment or resolution read every complaint, and the fault
 * suite's publisher figure fell from 40 to 3 commands a second once about 8 000 complaints were stored
 * (deploy/faults/README.md). MongoDB answers the same query from its {@code _id} index.
 */
final class IdNarrowingCollection extends H2Collection {

    private static final String ID = "_id";
    /** Documents read per visit to the map's current version while an aggregation streams the collection. */
    private static final int SCAN_BATCH = 256;

    private final MVMap<Object, Document> dataMap;
    private final ThreadLocal<Document> firstScanFilter = new ThreadLocal<>();
    private final LongAdder scanned = new LongAdder();

    IdNarrowingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        Iterable<Object> positions = indexedPositions(query);
        if (positions == null && limit > 0) {
            positions = firstInIndexOrder(query, orderBy, numberToSkip + limit);
        }
        if (positions != null) {
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * For a page of a query no index narrows, sorted on a field an index starts with (the newest complaints of a
     * list without filters, {@code filedAt} descending): the documents that match, read in the index's order
     * until {@code wanted} have matched, with every tie of the last one; null if no index gives that order.
     * MongoDB walks the index in the same way; without it every page read and sorted the whole collection.
     * The page is then cut from these as from a scan, so the answer is exactly the scan's.
     */
    private List<Object> firstInIndexOrder(Document query, Document orderBy, int wanted) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        String first = orderBy.keySet().iterator().next();
        if (first.startsWith("$") || !(orderBy.get(first) instanceof Number direction)) {
            return null;
        }
        for (Index<Object> index : getIndexes()) {
            if (index instanceof FieldIndex<Object> fieldIndex && fieldIndex.field().equals(first)) {
                List<Object> matching = new ArrayList<>();
                boolean ordered = fieldIndex.visitInOrder(direction.intValue() > 0, group -> {
                    if (matching.size() >= wanted) {
                        return false;
                    }
                    group.stream().filter(position -> documentMatchesQuery(getDocument(position), query)).forEach(matching::add);
                    return true;
                });
                if (ordered) {
                    return matching;
                }
            }
        }
        return null;
    }

    /**
     * The fewest positions any index gives for the query or for one of its {@code $and} conditions, or where its
     * {@code _id} is; null if nothing narrows it. mongo-java-server takes the first index that can answer the
     * whole query; with several indexes on fields of one query (a store's complaints in one status) the smallest
     * candidate set is the cheaper read, as MongoDB's planner finds, and a condition of an {@code $and} (Spring
     * Data writes one for criteria on one field twice: the at-risk gauge) narrows as well as the query would.
     */
    private Iterable<Object> indexedPositions(Document query) {
        Collection<Object> fewest = null;
        for (Index<Object> index : getIndexes()) {
            if (index.canHandle(query)) {
                fewest = fewer(fewest, asCollection(index.getPositions(query)));
            }
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                Iterable<Object> positions = condition instanceof Document narrower ? indexedPositions(narrower) : null;
                if (positions != null) {
                    fewest = fewer(fewest, asCollection(positions));
                }
            }
        }
        return fewest != null ? fewest : positionsById(query);
    }

    private static Collection<Object> fewer(Collection<Object> fewest, Collection<Object> positions) {
        return fewest == null || positions.size() < fewest.size() ? positions : fewest;
    }

    private static Collection<Object> asCollection(Iterable<Object> positions) {
        if (positions instanceof Collection<Object> collection) {
            return collection;
        }
        List<Object> listed = new ArrayList<>();
        positions.forEach(listed::add);
        return listed;
    }

    /** Where the document a query names by its {@code _id} (and more) is; null if the query names no plain {@code _id}. */
    private Iterable<Object> positionsById(Document query) {
        Object id = query.get(ID);
        if (query.size() > 1 && isPlainValue(id)) {
            Document byId = new Document(ID, id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return index.getPositions(byId);
                }
            }
        }
        return null;
    }

    /**
     * Runs an aggregation whose pipeline starts with {@code {$match: filter}} so that its scan reads only the
     * documents an index finds for the filter, as MongoDB does. The MongoDB driver counts with an aggregation
     * ({@code countDocuments}, and Spring Data's {@code exists} and {@code existsById} with it), so without this
     * every check that an event was processed, or that a complaint or an invitation exists, read its whole
     * collection: a cost of every event and every create that grew with history. The narrowing applies to the
     * aggregation's first scan of this collection only; the {@code $match} stage still checks every document.
     */
    <T> T aggregating(Document filter, Supplier<T> aggregation) {
        firstScanFilter.set(filter);
        try {
            return aggregation.get();
        } finally {
            firstScanFilter.remove();
        }
    }

    /**
     * The whole collection as a stream read from the file as it is consumed. mongo-java-server's default
     * collects every document into one list first, and every aggregation starts from this stream — so the
     * open-complaints gauge (a {@code $match} and a {@code $group}, every 30 s) held all complaints in the
     * store's heap at once, which ran out at about 27 000 complaints in the fault suite's full-size run and
     * closed the store (deploy/faults/README.md). Each document is a copy: a stage may change what it gets,
     * and the file's page cache must not see that.
     *
     * <p>The stream is consumed outside the collection's lock while writes go on, so it reads the map in
     * batches, each from the map's current version after the last key read. One cursor held for the whole
     * scan would walk the version of its start, whose pages H2 frees once that version is older than its
     * retention time: at 27 000 complaints, under load, the gauge's scan outlived it and failed with
     * "Chunk … not found" ({@code CompatibleH2BackendTest}). A document written during the scan is seen
     * in the state of the batch that reads it, as a MongoDB cursor that yields may see it. Each batch is
     * read and copied under the collection's lock, which writers hold too: mongo-java-server changes a stored
     * document in place, and a copy taken beside an update failed (a ConcurrentModificationException, a 500
     * in the fault suite's soak).
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        Document filter = firstScanFilter.get();
        firstScanFilter.remove();
        if (filter != null) {
            List<Document> found = indexedDocuments(filter);
            if (found != null) {
                scanned.add(found.size());
                return found.stream();
            }
        }
        return inBatches((key, stored) -> stored.cloneDeeply());
    }

    /**
     * Every document with its position, read as {@link #queryAllAsStream} reads them: the scan of a query no index
     * answers, and the build of an index when the store opens. mongo-java-server walks one cursor over the version
     * of its start; at 45 000 complaints such a scan outlived that version and failed with "Chunk … not found"
     * (deploy/faults/README.md). Not copied: these run under the collection's lock, as every write does.
     */
    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return inBatches((key, stored) -> new DocumentWithPosition<>(stored, key));
    }

    private <T> Stream<T> inBatches(BiFunction<Object, Document, T> read) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new BatchedScan<>(read),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Copies of the documents an index finds for the filter, read under the collection's lock; null if none narrows it. */
    private synchronized List<Document> indexedDocuments(Document filter) {
        Iterable<Object> positions = indexedPositions(filter);
        if (positions == null) {
            return null;
        }
        List<Document> found = new ArrayList<>();
        for (Object position : positions) {
            Document stored = getDocument(position);
            if (stored != null) {
                found.add(stored.cloneDeeply());
            }
        }
        return found;
    }

    /** How many documents scans (aggregations, queries no index answers, index builds) have read from this collection. */
    long documentsScanned() {
        return scanned.sum();
    }

    /** The map in key order, {@link #SCAN_BATCH} documents per cursor on its then current version. */
    private final class BatchedScan<T> implements Iterator<T> {

        private final BiFunction<Object, Document, T> read;
        private Iterator<T> batch = Collections.emptyIterator();
        private Object lastKey;
        private boolean exhausted;

        BatchedScan(BiFunction<Object, Document, T> read) {
            this.read = read;
        }

        @Override
        public boolean hasNext() {
            if (!batch.hasNext() && !exhausted) {
                batch = nextBatch();
            }
            return batch.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }

        private Iterator<T> nextBatch() {
            List<T> documents = new ArrayList<>(SCAN_BATCH);
            synchronized (IdNarrowingCollection.this) {
                Cursor<Object, Document> cursor = dataMap.cursor(lastKey);
                while (documents.size() < SCAN_BATCH && cursor.hasNext()) {
                    Object key = cursor.next();
                    if (lastKey != null && Objects.equals(key, lastKey)) {
                        continue;   // the cursor starts at the last key read, if it is still there
                    }
                    documents.add(read.apply(key, cursor.getValue()));
                    lastKey = key;
                }
            }
            scanned.add(documents.size());
            exhausted = documents.size() < SCAN_BATCH;
            return documents.iterator();
        }
    }

    /** An {@code _id} compared for equality: not absent, not an operator ({@code {$in: …}}), not an array. */
    private static boolean isPlainValue(Object id) {
        if (id == null || id instanceof Collection<?>) {
            return false;
        }
        return !(id instanceof Document document) || document.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }
}
