package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sparse index of one field for the local store, answering {@code {field: {$exists: true}}}: the
 * positions of the documents that have the field, kept in memory as documents are written and rebuilt
 * from the collection when the store opens.
 *
 * <p>mongo-java-server ignores secondary indexes that are not unique, so the outbox relay's sweep
 * ({@code {"outbox.0": {$exists: true}}}, the sparse {@code outbox_pending} index) read and deserialized
 * every complaint every two seconds under the collection's lock, however few events were waiting — the
 * store's largest cost once thousands of complaints were stored (bench/README.md). MongoDB answers it from
 * the index. Membership is decided by the server's own query matcher, and every candidate is matched
 * against the whole query again, so the answers are exactly the scan's.
 */
final class PresenceIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final String field;
    private final Document exists;
    private final Map<Object, P> positionsById = new ConcurrentHashMap<>();

    PresenceIndex(String name, IndexKey key) {
        super(name, List.of(key), true);
        this.field = key.getKey();
        this.exists = new Document(field, new Document("$exists", true));
    }

    @Override
    public boolean canHandle(Document query) {
        return exists.equals(query);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return new ArrayList<>(positionsById.values());
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (has(document)) {
            positionsById.put(document.get(ID), position);
        }
    }

    @Override
    public void updateInPlace(Document old, Document updated, P position, MongoCollection<P> collection) {
        positionsById.remove(old.get(ID));
        add(updated, position, collection);
    }

    /** Null: the documents' positions come from the {@code _id} index; a sparse index may have none. */
    @Override
    public P remove(Document document) {
        positionsById.remove(document.get(ID));
        return null;
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    private boolean has(Document document) {
        return new DefaultQueryMatcher().matches(document, exists);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public void checkUpdate(Document old, Document updated, MongoCollection<P> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public long getCount() {
        return positionsById.size();
    }

    @Override
    public long getDataSize() {
        return positionsById.size();
    }

    @Override
    public void drop() {
        positionsById.clear();
    }
}
