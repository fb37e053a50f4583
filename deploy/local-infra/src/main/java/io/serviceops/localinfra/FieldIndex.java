package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A non-unique index of the local store on the first field of a MongoDB index: the positions of the documents
 * by that field's value, kept in memory as documents are written and rebuilt from the collection when the store
 * opens. It answers a query that puts one of these conditions on the field — {@code $exists: true}, equality with
 * a value, {@code $eq}, {@code $in}, {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte} — whatever else the
 * query asks: it hands over the documents that can match, and every one is matched against the whole query
 * again, so the answers are exactly a scan's.
 *
 * <p>mongo-java-server keeps only unique indexes and ignores the others, so each query on a field that MongoDB
 * answers from an index — the escalation scan's {@code nextCheckAt <= now}, the open-complaints gauge's
 * {@code status $in […]}, a store's complaints — read and
 * deserialized the whole collection on one of the server's four network threads, holding the collection's lock:
 * a cost that grew with history and stalled every service's requests behind it (deploy/faults/README.md).
 *
 * <p>Values of the plain types below and null are kept in MongoDB's order (mongo-java-server's own comparator);
 * a document whose field holds anything else (an array, a sub-document) is a candidate for every query the
 * index answers, and the full match decides.
 */
final class FieldIndex<P> extends Index<P> {

    private static final String ID = "_id";
    private static final List<Class<?>> ORDERED_TYPES = List.of(String.class, Number.class, Boolean.class,
            Instant.class, Date.class, ObjectId.class, UUID.class);

    private final String field;
    private final Document exists;
    /**
     * The documents by value. The value of a document to take out is read from the document the collection hands
     * over (its state before an update, a copy), not kept per document: at 45 000 complaints with their facts,
     * invitations and notifications that copy of every value ran the store's heap out (deploy/faults/README.md).
     */
    private final NavigableMap<Object, Map<Object, P>> byValue = new TreeMap<>(ValueComparator.asc());
    private int ordered;
    private final Map<Object, P> unordered = new HashMap<>();
    /** The documents without the field, held by an index that is not sparse: MongoDB's null entries. */
    private final Map<Object, P> absent = new HashMap<>();

    FieldIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.exists = new Document(field, new Document("$exists", true));
    }

    String field() {
        return field;
    }

    /**
     * Visits the documents in the order of the field's values, each value's documents as one group in
     * {@code _id} order (as a stable sort of a scan leaves ties), until the visitor returns false. Documents
     * without the field or with null are one group, first ascending and last descending, as MongoDB sorts them.
     * False, visiting nothing, if this index cannot give that order: a sparse one does not hold every document,
     * and an array value sorts by its elements.
     */
    synchronized boolean visitInOrder(boolean ascending, Predicate<List<P>> visitor) {
        if (isSparse() || !unordered.isEmpty()) {
            return false;
        }
        List<P> missing = new ArrayList<>(absent.values());
        missing.addAll(byValue.getOrDefault(null, Map.of()).values());
        missing.sort(ValueComparator.asc());
        if (ascending && !missing.isEmpty() && !visitor.test(missing)) {
            return true;
        }
        for (Map.Entry<Object, Map<Object, P>> value : (ascending ? byValue : byValue.descendingMap()).entrySet()) {
            if (value.getKey() == null) {
                continue;
            }
            List<P> group = new ArrayList<>(value.getValue().values());
            group.sort(ValueComparator.asc());
            if (!visitor.test(group)) {
                return true;
            }
        }
        if (!ascending && !missing.isEmpty()) {
            visitor.test(missing);
        }
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        return narrowing(query.get(field)) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Condition condition = narrowing(query.get(field));
        List<P> positions = new ArrayList<>(unordered.values());
        switch (condition.operator()) {
            case "$exists" -> byValue.values().forEach(documents -> positions.addAll(documents.values()));
            case "$eq" -> addEqualTo(condition.argument(), positions);
            case "$in" -> ((Collection<?>) condition.argument()).stream().distinct().forEach(value -> addEqualTo(value, positions));
            default -> range((Document) condition.argument()).values().forEach(documents -> positions.addAll(documents.values()));
        }
        // In _id order, as a scan reads them (a position is the _id): a query without a sort gets the same order.
        positions.sort(ValueComparator.asc());
        return positions;
    }

    private void addEqualTo(Object value, List<P> positions) {
        Map<Object, P> documents = byValue.get(value);
        if (documents != null) {
            positions.addAll(documents.values());
        }
    }

    /** The values within the condition's bounds: a {@code $gt} or {@code $gte}, a {@code $lt} or {@code $lte}. */
    private NavigableMap<Object, Map<Object, P>> range(Document bounds) {
        boolean lowInclusive = !bounds.containsKey("$gt");
        Object low = lowInclusive ? bounds.get("$gte") : bounds.get("$gt");
        boolean highInclusive = !bounds.containsKey("$lt");
        Object high = highInclusive ? bounds.get("$lte") : bounds.get("$lt");
        if (low == null) {
            return byValue.headMap(high, highInclusive);
        }
        if (high == null) {
            return byValue.tailMap(low, lowInclusive);
        }
        return byValue.comparator().compare(low, high) > 0 ? new TreeMap<>() : byValue.subMap(low, lowInclusive, high, highInclusive);
    }

    /**
     * The condition this index narrows a query by, or null if it cannot: one that no document without the field
     * (or with a value of another kind) can meet, so that the documents this index holds include every match.
     */
    private static Condition narrowing(Object condition) {
        if (isOrdered(condition)) {
            return new Condition("$eq", condition);
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            return null;
        }
        if (isOrdered(operators.get("$eq"))) {
            return new Condition("$eq", operators.get("$eq"));
        }
        if (operators.get("$in") instanceof Collection<?> values && values.stream().allMatch(FieldIndex::isOrdered)) {
            return new Condition("$in", values);
        }
        Document bounds = new Document();
        for (String operator : List.of("$gt", "$gte", "$lt", "$lte")) {
            if (isOrdered(operators.get(operator))) {
                bounds.put(operator, operators.get(operator));
            }
        }
        if (!bounds.isEmpty()) {
            return new Condition("$range", bounds);
        }
        return Boolean.TRUE.equals(operators.get("$exists")) ? new Condition("$exists", true) : null;
    }

    private static boolean isOrdered(Object value) {
        return value != null && ORDERED_TYPES.stream().anyMatch(type -> type.isInstance(value));
    }

    private record Condition(String operator, Object argument) {
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Object value = valueOf(document);
        Object id = document.get(ID);
        if (value == Absent.FIELD) {
            if (!isSparse()) {
                absent.put(id, position);   // held as MongoDB holds it (under null), never a candidate
            }
        } else if (value == null || isOrdered(value)) {
            byValue.computeIfAbsent(value, key -> new HashMap<>(2)).put(id, position);
            ordered++;
        } else {
            unordered.put(id, position);
        }
    }

    @Override
    public synchronized void updateInPlace(Document old, Document updated, P position, MongoCollection<P> collection) {
        remove(old);
        add(updated, position, collection);
    }

    /** The document's position, as the collection asks of each index but a sparse one that need not hold it. */
    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        Object value = valueOf(document);
        if (value == Absent.FIELD) {
            return absent.remove(id);
        }
        if (value != null && !isOrdered(value)) {
            return unordered.remove(id);
        }
        Map<Object, P> documents = byValue.get(value);
        P position = documents == null ? null : documents.remove(id);
        if (position == null) {
            return null;
        }
        ordered--;
        if (documents.isEmpty()) {
            byValue.remove(value);
        }
        return position;
    }

    /**
     * The field's value, through sub-documents and positions in arrays ({@code "outbox.0"}); {@link Absent#FIELD}
     * if the document does not have it. A path into the elements of an array ({@code "outbox.occurredAt"}, the
     * outbox relay's sweep) has no one value: {@link Unordered} if an element has it, as the server's own matcher
     * decides, so that documents whose array is empty (every aggregate with its events sent) are not candidates.
     */
    private Object valueOf(Document document) {
        Object value = document;
        for (String part : field.split("\\.")) {
            if (value instanceof Document level) {
                if (!level.containsKey(part)) {
                    return Absent.FIELD;
                }
                value = level.get(part);
            } else if (value instanceof List<?> elements && part.length() <= 9 && part.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(part);
                if (index >= elements.size()) {
                    return Absent.FIELD;
                }
                value = elements.get(index);
            } else if (value instanceof List<?>) {
                return new DefaultQueryMatcher().matches(document, exists) ? new Unordered() : Absent.FIELD;
            } else {
                return Absent.FIELD;
            }
        }
        return value;
    }

    private enum Absent { FIELD }

    /** A value reached through an array: not ordered, so a candidate for every query this index answers. */
    private static final class Unordered {
    }

    @Override
    public P getPosition(Document document) {
        return null;
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
    public synchronized long getCount() {
        return ordered + unordered.size() + absent.size();
    }

    @Override
    public synchronized long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        byValue.clear();
        ordered = 0;
        unordered.clear();
        absent.clear();
    }
}
