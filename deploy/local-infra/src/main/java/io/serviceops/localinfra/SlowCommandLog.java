package io.serviceops.localinfra;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each command of the local store that took at least the threshold (100 ms by default, MongoDB's
 * {@code slowms}), as MongoDB's slow-query log does: the collection, the command and its shape — field names
 * and operators, every value replaced by {@code ?}, so that no customer's data reaches the log.
 *
 * <p>The store runs commands on its four network threads, so one slow command delays every service's
 * commands queued behind it on that thread; this line names the query to index (deploy/local/README.md).
 */
final class SlowCommandLog {

    /** MongoDB's {@code slowms} default. */
    static final Duration DEFAULT_THRESHOLD = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(SlowCommandLog.class);
    /** What the driver adds to every command; nothing about the query. */
    private static final Set<String> SESSION_FIELDS = Set.of("$db", "lsid", "$clusterTime", "txnNumber", "$readPreference");
    private static final int DEPTH = 6;
    private static final int ELEMENTS = 3;

    private final long thresholdNanos;

    SlowCommandLog(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    /** Logs the command if it ran for at least the threshold since {@code startedNanos}. */
    void took(long startedNanos, String databaseName, String command, Document query) {
        long tookNanos = System.nanoTime() - startedNanos;
        if (tookNanos >= thresholdNanos) {
            Object collection = query.containsKey("collection") ? query.get("collection") : query.get(command);
            log.info("slow command: {}.{} {} {} {} ms", databaseName, collection, command, shape(query, 0),
                    tookNanos / 1_000_000);
        }
    }

    static String shape(Document query, int depth) {
        if (depth >= DEPTH) {
            return "{…}";
        }
        return query.keySet().stream().filter(key -> !SESSION_FIELDS.contains(key) && !(depth == 0 && isValueOfCommand(query, key)))
                .map(key -> key + ": " + shapeOf(key, query.get(key), depth))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static boolean isValueOfCommand(Document query, String key) {
        return key.equals(query.keySet().iterator().next());
    }

    private static String shapeOf(String key, Object value, int depth) {
        if (value instanceof Document document) {
            return shape(document, depth + 1);
        }
        if (value instanceof Collection<?> elements) {
            if (key.equals("documents")) {
                return elements.size() + " documents";
            }
            List<String> shown = elements.stream().limit(ELEMENTS).map(element -> shapeOf(key, element, depth)).toList();
            return "[" + String.join(", ", shown) + (elements.size() > ELEMENTS ? ", …" : "") + "]";
        }
        return "?";
    }
}
