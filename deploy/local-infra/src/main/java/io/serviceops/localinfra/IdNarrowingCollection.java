package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.stream.Stream;
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

    IdNarrowingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        Object id = query.get(ID);
        if (query.size() > 1 && isPlainValue(id) && getIndexes().stream().noneMatch(index -> index.canHandle(query))) {
            Document byId = new Document(ID, id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The whole collection as a stream read from the file as it is consumed. mongo-java-server's default
     * collects every document into one list first, and every aggregation starts from this stream — so the
     * open-complaints gauge (a {@code $match} and a {@code $group}, every 30 s) held all complaints in the
     * store's heap at once, which ran out at about 27 000 complaints in the fault suite's full-size run and
     * closed the store (deploy/faults/README.md). Each document is a copy: a stage may change what it gets,
     * and the file's page cache must not see that.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        return streamAllDocumentsWithPosition().map(stored -> stored.getDocument().cloneDeeply());
    }

    /** An {@code _id} compared for equality: not absent, not an operator ({@code {$in: …}}), not an array. */
    private static boolean isPlainValue(Object id) {
        if (id == null || id instanceof Collection<?>) {
            return false;
        }
        return !(id instanceof Document document) || document.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }
}
