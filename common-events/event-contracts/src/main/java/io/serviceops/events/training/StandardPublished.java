package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;

/**
 * A version of a service standard was approved and published. A major version ({@code minor == 0})
 * asks the staff it applies to ({@code departments}/{@code roles}, empty = everyone) to acknowledge
 * it and, when it names a {@code programmeId}, to take that training.
 */
public record StandardPublished(
        String standardId,
        String title,
        int major,
        int minor,
        String ownerDepartment,
        List<String> departments,
        List<String> roles,
        String programmeId,
        boolean publicDocument,
        Instant effectiveFrom,
        Instant publishedAt,
        String publishedBy) implements IntegrationEvent {

    public StandardPublished {
        present(standardId, "standardId");
        present(title, "title");
        present(ownerDepartment, "ownerDepartment");
        present(effectiveFrom, "effectiveFrom");
        present(publishedAt, "publishedAt");
        present(publishedBy, "publishedBy");
        departments = departments == null ? List.of() : List.copyOf(departments);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Staff must re-learn a major version; a minor one only changes wording. */
    public boolean majorVersion() {
        return minor == 0;
    }

    @Override
    public String subject() {
        return standardId;
    }
}
