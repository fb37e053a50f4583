package io.serviceops.complaint.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the time limits for a complaint type. Versions are never changed, only followed by
 * a newer one, so a complaint can be held to the version it was filed under. Version 0 is the
 * configured default of a type no operator has edited yet.
 *
 * @param percentByPriority share of the budgets a priority gets (VIP and urgent cases get less time)
 */
@Document("sla_policies")
@CompoundIndex(name = "type_version", def = "{'type': 1, 'version': -1}")
public record SlaPolicy(@Id String id, String type, int version, Duration firstResponse,
        Duration resolution, Map<Priority, Integer> percentByPriority, int atRiskPercent, int escalatePercent,
        BusinessCalendar calendar, Duration confirmationWindow, Instant createdAt, String createdBy) {

    static String idOf(String type, int version) {
        return type + "@v" + version;
    }

    /** The terms a complaint of this priority is held to; {@code responseLimit} does not depend on the policy. */
    public SlaTerms termsFor(Priority priority, Duration responseLimit) {
        int percent = percentByPriority.getOrDefault(priority, 100);
        return new SlaTerms(type, version, firstResponse.multipliedBy(percent).dividedBy(100),
                resolution.multipliedBy(percent).dividedBy(100), calendar, atRiskPercent, escalatePercent,
                confirmationWindow, responseLimit);
    }

    SlaPolicy next(SlaPolicyDraft draft, Instant at, String actor) {
        return new SlaPolicy(idOf(type, version + 1), type, version + 1, draft.firstResponse(), draft.resolution(),
                Map.copyOf(draft.percentByPriority()), draft.atRiskPercent(), draft.escalatePercent(), draft.calendar(),
                draft.confirmationWindow(), at, actor);
    }
}
