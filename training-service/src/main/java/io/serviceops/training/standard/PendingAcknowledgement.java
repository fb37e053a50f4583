package io.serviceops.training.standard;

import java.time.Instant;

/**
 * A staff member a major version applies to who has not confirmed it yet; {@code overdue} once the
 * reminder time has passed since it took effect, {@code remindedAt} once a reminder went out.
 */
public record PendingAcknowledgement(String standardId, String title, String version, String staffId,
        String storeId, String department, Instant dueSince, boolean overdue, Instant remindedAt) {

    PendingAcknowledgement reminded(Instant at) {
        return new PendingAcknowledgement(standardId, title, version, staffId, storeId, department, dueSince, overdue,
                at);
    }
}
