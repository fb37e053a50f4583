package io.serviceops.training.session;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the horizon filled: once at start-up (after the seeds, so a remedial assignment finds a
 * session at once) and then periodically, on one replica at a time.
 */
@Component
@Order(100)
class SessionGenerationJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SessionGenerationJob.class);

    private final SessionGenerator generator;
    private final LockingTaskExecutor locks;

    SessionGenerationJob(SessionGenerator generator, LockingTaskExecutor locks) {
        this.generator = generator;
        this.locks = locks;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            generate();
        } catch (RuntimeException e) {
            // Starting without fresh sessions beats not starting; the schedule tries again.
            log.warn("Session generation at start-up failed: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${serviceops.training.generation-interval:1h}",
            initialDelayString = "${serviceops.training.generation-interval:1h}")
    void generate() {
        // The lock's lease is wall-clock time, as ShedLock's store compares it with its own clock.
        var lock = new LockConfiguration(Instant.now(), "training-session-generation", Duration.ofMinutes(10),
                Duration.ZERO);
        locks.executeWithLock((Runnable) () -> {
            int created = generator.generateAll();
            log.info("Session generation created {} session(s)", created);
        }, lock);
    }
}
