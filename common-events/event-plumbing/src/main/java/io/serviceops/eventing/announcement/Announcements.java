package io.serviceops.eventing.announcement;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Announces a version once. A version and its announcement are two documents (no multi-document
 * transactions on every store), so the owner announces each version right after storing it and again,
 * at start-up, every version still without an announcement (a crash in between): late, never lost,
 * never twice.
 */
public final class Announcements {

    private Announcements() {
    }

    /** Stores {@code announcement} unless {@code versionId} was announced already, by this or another replica. */
    public static <A extends Announcement> void once(MongoRepository<A, String> announcements, String versionId,
            Supplier<A> announcement) {
        if (announcements.existsById(versionId)) {
            return;
        }
        try {
            announcements.insert(announcement.get());
        } catch (DuplicateKeyException announcedConcurrently) {
            // announced once, which is the point
        }
    }
}
