package io.serviceops.training.session;

import java.time.Clock;
import java.time.Duration;
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
    private final Clock clock;

    SessionGenerationJob(SessionGenerator generator, LockingTaskExecutor locks, Clock clock) {
        this.generator = generator;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generate();
    }

    @Scheduled(fixedDelayString = "${serviceops.training.generation-interval:1h}",
            initialDelayString = "${serviceops.training.generation-interval:1h}")
    void generate() {
        var lock = new LockConfiguration(clock.instant(), "training-session-generation", Duration.ofMinutes(10),
                Duration.ZERO);
        locks.executeWithLock((Runnable) () -> {
            int created = generator.generateAll();
            log.info("Session generation created {} session(s)", created);
        }, lock);
    }
}
