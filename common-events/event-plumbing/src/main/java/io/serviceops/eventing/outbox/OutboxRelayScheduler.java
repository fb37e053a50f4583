package io.serviceops.eventing.outbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on its own thread, so a slow broker never holds up requests or other schedules: it
 * relays what this replica saves as soon as it is saved, and sweeps every collection each
 * {@code sweepInterval} for the rest.
 */
public class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);
    /** How long to wait before trying again while another replica holds the relay lock. */
    private static final Duration LOCK_BUSY_PAUSE = Duration.ofMillis(100);

    private final OutboxRelay relay;
    private final RecentWrites recent;
    private final Duration sweepInterval;
    private volatile Thread thread;
    private boolean indexed;

    public OutboxRelayScheduler(OutboxRelay relay, RecentWrites recent, Duration sweepInterval) {
        this.relay = relay;
        this.recent = recent;
        this.sweepInterval = sweepInterval;
    }

    @Override
    public synchronized void start() {
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long nextSweep = System.nanoTime();
        while (thread == Thread.currentThread()) {
            boolean ran;
            if (System.nanoTime() - nextSweep >= 0) {
                ran = pass(this::sweep);
                nextSweep = System.nanoTime() + sweepInterval.toNanos();
            } else {
                ran = pass(relay::relayRecent);
            }
            try {
                Duration untilSweep = Duration.ofNanos(Math.max(0, nextSweep - System.nanoTime()));
                if (ran) {
                    recent.awaitAny(untilSweep);
                } else {
                    Thread.sleep(Math.min(untilSweep.toMillis(), LOCK_BUSY_PAUSE.toMillis()));
                }
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private boolean sweep() {
        if (!indexed) {
            relay.ensureIndexes();
            indexed = true;
        }
        return relay.sweep();
    }

    private boolean pass(BooleanSupplier relayPass) {
        try {
            return relayPass.getAsBoolean();
        } catch (RuntimeException e) {
            // A store outage must not end the relay: the next pass tries again.
            log.warn("Outbox relay pass failed: {}", e.toString());
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            recent.wake();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
