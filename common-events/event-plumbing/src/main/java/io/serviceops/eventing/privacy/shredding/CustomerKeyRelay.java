package io.serviceops.eventing.privacy.shredding;

import io.serviceops.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Shares each new customer key on the keys topic (keyed by key id, the keyset sealed under the service ring)
 * and replaces it by a tombstone once it is shredded, on its own thread: the outbox of the keys. What this
 * replica writes it sends at once, found by id ({@link CustomerKeyStore#nextToShare}); a sweep of every key
 * the topic does not have yet — written by a replica that stopped before sending, or whose send failed —
 * runs at start and every {@code sweepInterval}, and every {@code retryInterval} while it finds any.
 * Consumers wait a few seconds for a key they have not read ({@link CustomerKeyDirectory}) and then retry
 * the event, so an event may well be relayed before its key. Several replicas sending the same record is
 * harmless: the topic is compacted by key id.
 */
public class CustomerKeyRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CustomerKeyRelay.class);
    private static final int BATCH = 100;

    private final CustomerKeyStore store;
    private final KafkaTemplate<String, String> kafka;
    private final Duration retryInterval;
    private final Duration sweepInterval;
    private final Duration sendTimeout;
    private volatile Thread thread;

    public CustomerKeyRelay(CustomerKeyStore store, KafkaTemplate<String, String> kafka, Duration retryInterval,
            Duration sweepInterval, Duration sendTimeout) {
        this.store = store;
        this.kafka = kafka;
        this.retryInterval = retryInterval;
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
    }

    /** Sends every key (or tombstone) the topic does not have yet; true if all of them went. */
    public boolean sweep() throws InterruptedException {
        List<Document> pending;
        do {
            pending = store.unshared(BATCH);
            for (Document key : pending) {
                if (!send(key)) {
                    return false;
                }
            }
        } while (pending.size() == BATCH);
        return true;
    }

    /** Sends one key's current state unless the topic has it; false if the send failed. */
    private boolean send(Document key) throws InterruptedException {
        if (key == null || !key.containsKey(CustomerKeyStore.UNSHARED)) {
            return true;
        }
        boolean shredded = key.getBoolean("shredded", false);
        try {
            kafka.send(Topics.CUSTOMER_KEYS, key.getString("_id"), shredded ? null : key.getString("keyset"))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            log.warn("Sharing customer key {} failed, trying again: {}", key.getString("_id"), e.getClass().getSimpleName());
            return false;
        }
        store.shared(key.getString("_id"), shredded);
        return true;
    }

    @Override
    public synchronized void start() {
        thread = new Thread(this::run, "customer-key-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean indexed = false;
        long nextSweep = System.nanoTime();
        while (thread == Thread.currentThread()) {
            try {
                if (!indexed) {
                    store.ensureIndexes();
                    indexed = true;
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    nextSweep = System.nanoTime() + (sweep() ? sweepInterval : retryInterval).toNanos();
                }
                String written = store.nextToShare(Duration.ofNanos(Math.max(0, nextSweep - System.nanoTime())));
                if (written != null && !send(store.byId(written))) {
                    nextSweep = Math.min(nextSweep, System.nanoTime() + retryInterval.toNanos());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException e) {
                // A store outage must not end the relay.
                log.warn("Customer key relay pass failed: {}", e.toString());
                nextSweep = System.nanoTime() + retryInterval.toNanos();
                try {
                    Thread.sleep(retryInterval.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
