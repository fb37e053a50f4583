package io.serviceops.training.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Announces certifications entering the recertification window, on one replica at a time. */
@Component
public class CertificationWatch {

    private final Certifications certifications;
    private final CertificationNotices notices;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    CertificationWatch(Certifications certifications, CertificationNotices notices, LockingTaskExecutor locks,
            Clock clock) {
        this.certifications = certifications;
        this.notices = notices;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.training.certification-check-interval:6h}", initialDelay = 60_000)
    public void announceExpiring() {
        var lock = new LockConfiguration(Instant.now(), "training-certification-watch", Duration.ofMinutes(10),
                Duration.ZERO);
        locks.executeWithLock((Runnable) this::announce, lock);
    }

    private void announce() {
        for (Certification due : certifications.dueForRecertification()) {
            if (due.status() == CertificationStatus.DUE && !notices.existsById(due.id())) {
                try {
                    notices.insert(CertificationNotice.of(due, clock.instant()));
                } catch (DuplicateKeyException announcedConcurrently) {
                    // announced once, which is the point
                }
            }
        }
    }
}
