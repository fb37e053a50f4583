package io.serviceops.eventing.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents this replica has just saved with events waiting. The relay publishes them by id as
 * soon as they are saved, instead of finding them with the periodic sweep of every collection: a
 * lookup by id costs the same on any store, a sweep costs a scan wherever the pending-events index
 * cannot be used (the embedded store), and the sweep's interval would be the event's delay.
 * Losing a hint loses nothing: the sweep still finds the document.
 */
public class RecentWrites {

    /** Beyond this many waiting hints new ones are dropped and the sweep finds those documents. */
    static final int LIMIT = 10_000;

    private final Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
    private int size;

    public synchronized void saved(String collection, Object id) {
        if (size < LIMIT && idsByCollection.computeIfAbsent(collection, key -> new LinkedHashSet<>()).add(id)) {
            size++;
            notifyAll();
        }
    }

    /** Takes up to {@code perCollection} ids of each collection, oldest first. */
    synchronized Map<String, List<Object>> take(int perCollection) {
        Map<String, List<Object>> taken = new LinkedHashMap<>();
        idsByCollection.forEach((collection, ids) -> {
            List<Object> batch = new ArrayList<>();
            for (Iterator<Object> it = ids.iterator(); it.hasNext() && batch.size() < perCollection; ) {
                batch.add(it.next());
                it.remove();
            }
            if (!batch.isEmpty()) {
                taken.put(collection, batch);
                size -= batch.size();
            }
        });
        return taken;
    }

    /** Returns at once if hints are waiting, else when one arrives or {@code atMost} has passed. */
    synchronized void awaitAny(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (long left = atMost.toNanos(); size == 0 && left > 0; left = deadline - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Wakes a waiting relay, e.g. to let it stop. */
    synchronized void wake() {
        notifyAll();
    }
}
