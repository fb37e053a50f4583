package io.serviceops.e2e;

import com.mongodb.client.MongoCollection;
import io.serviceops.stacktesting.ServiceDatabases;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Where a customer's own values are still stored: every field of every document (nested documents,
 * arrays, pending outbox entries included) of every collection of every service database, compared
 * with each value. Found by reading the store, not the APIs, which show only what they were built to show.
 */
final class StoredLeftovers {

    /** What one scan read, and each leftover as {@code database.collection _id field: what}. */
    record Scan(int databases, int collections, long documents, List<String> leftovers) {

        @Override
        public String toString() {
            return "scanned " + documents + " documents in " + collections + " collections of " + databases
                    + " service databases: " + (leftovers.isEmpty() ? "no leftovers" : leftovers);
        }
    }

    private StoredLeftovers() {
    }

    /**
     * @param personal the values to look for, by what they are ({@code e-mail} → the address); a text
     *        holding one anywhere in it is a leftover
     */
    static Scan of(ServiceDatabases databases, Map<String, String> personal) {
        Map<String, MongoCollection<Document>> collections = databases.collections();
        long documents = 0;
        List<String> leftovers = new ArrayList<>();
        for (Map.Entry<String, MongoCollection<Document>> collection : collections.entrySet()) {
            for (Document document : collection.getValue().find()) {
                documents++;
                String where = collection.getKey() + " " + document.get("_id");
                found(document, "", personal, where, leftovers);
            }
        }
        TreeSet<String> names = new TreeSet<>();
        collections.keySet().forEach(name -> names.add(name.substring(0, name.indexOf('.'))));
        return new Scan(names.size(), collections.size(), documents, leftovers);
    }

    private static void found(Object value, String field, Map<String, String> personal, String where,
            List<String> leftovers) {
        if (value instanceof Document document) {
            document.forEach((name, nested) ->
                    found(nested, field.isEmpty() ? name : field + "." + name, personal, where, leftovers));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> found(element, field, personal, where, leftovers));
        } else if (value instanceof String || value instanceof Binary) {
            // A binary field could hold encoded text just as well (encrypted values do not match, as intended).
            String text = value instanceof Binary binary ? new String(binary.getData(), StandardCharsets.ISO_8859_1)
                    : (String) value;
            personal.forEach((what, personalValue) -> {
                if (text.contains(personalValue)) {
                    leftovers.add(where + " " + field + ": " + what);
                }
            });
        }
    }
}
