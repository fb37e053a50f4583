package io.serviceops.eventing.privacy.shredding;

import io.serviceops.events.Topics;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Shares each new customer key on the keys topic (keyed by key id, the keyset sealed under the service ring)
 * and replaces it by a tombstone once it is shredded, on its own thread every {@code interval}: the outbox
 * of the keys. Consumers wait a few seconds for a key they have not read ({@link CustomerKeyDirectory}), so
 * an event may well be relayed before its key. Several replicas sending the same record is harmless: the
 * topic is compacted by key id.
 */
public class CustomerKeyRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CustomerKeyRelay.class);
    private static final int BATCH = 100;

    private final CustomerKeyStore store;
    private final KafkaTemplate<String, String> kafka;
    private final Duration interval;
    private final Duration sendTimeout;
    private volatile Thread thread;

    public CustomerKeyRelay(CustomerKeyStore store, KafkaTemplate<String, String> kafka, Duration interval,
            Duration sendTimeout) {
        this.store = store;
        this.kafka = kafka;
        this.interval = interval;
        this.sendTimeout = sendTimeout;
    }

    /** Sends every key (or tombstone) the topic does not have yet; true if there was any. */
    public boolean relay() {
        var pending = store.unpublished(BATCH);
        for (Document key : pending) {
            boolean shredded = key.getBoolean("shredded", false);
            try {
                kafka.send(Topics.CUSTOMER_KEYS, key.getString("_id"), shredded ? null : key.getString("keyset"))
                        .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                log.warn("Sharing customer key {} failed, trying again: {}", key.getString("_id"), e.getClass().getSimpleName());
                return false;
            }
            store.published(key.getString("_id"), shredded);
        }
        return !pending.isEmpty();
    }

    @Override
    public synchronized void start() {
        thread = new Thread(this::run, "customer-key-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean indexed = false;
        while (thread == Thread.currentThread()) {
            try {
                if (!indexed) {
                    store.ensureIndexes();
                    indexed = true;
                }
                if (!relay()) {
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException e) {
                // A store outage must not end the relay.
                log.warn("Customer key relay pass failed: {}", e.toString());
                try {
                    Thread.sleep(interval.toMillis());
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
