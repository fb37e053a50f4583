package io.serviceops.complaint.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a task on its own thread, first at start-up (so a gauge exists and a deadline passed while the
 * service was down is acted on at once), then with a fixed delay between runs; a failing run never
 * stops the schedule.
 */
public class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Runnable task;
    private final Duration delay;
    private ScheduledExecutorService executor;

    public PeriodicTask(String name, Runnable task, Duration delay) {
        this.name = name;
        this.task = task;
        this.delay = delay;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, name));
        executor.scheduleWithFixedDelay(this::runSafely, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; it runs again in {}: {}", name, delay, e.toString());
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
