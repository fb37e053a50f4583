package io.serviceops.eventing.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the relay on its own thread, so a slow broker never holds up requests or other schedules. */
public class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

    private final OutboxRelay relay;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private boolean indexed;

    public OutboxRelayScheduler(OutboxRelay relay, Duration interval) {
        this.relay = relay;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        executor.scheduleWithFixedDelay(this::relaySafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void relaySafely() {
        try {
            if (!indexed) {
                relay.ensureIndexes();
                indexed = true;
            }
            relay.relayPending();
        } catch (RuntimeException e) {
            // A store outage must not kill the schedule: the next pass tries again.
            log.warn("Outbox relay pass failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
