package io.serviceops.kpi.closing;

import io.serviceops.kpi.fact.FactQueries.Participant;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.staff.StaffMember;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives from the period's participants every subject to score (staff, their teams, stores) and the
 * store each belongs to. A staff member's store and team come from the directory when known.
 */
final class Subjects {

    private Subjects() {
    }

    static Map<Subject, String> of(Collection<Participant> participants, Map<String, StaffMember> directory) {
        Map<Subject, String> stores = new LinkedHashMap<>();
        for (Participant participant : participants) {
            StaffMember member = participant.staffId() == null ? null : directory.get(participant.staffId());
            String storeId = member != null ? member.storeId() : participant.storeId();
            if (participant.staffId() != null) {
                stores.merge(Subject.staff(participant.staffId()), nullable(storeId), Subjects::known);
            }
            if (member != null) {
                stores.putIfAbsent(Subject.team(member.storeId(), member.department()), member.storeId());
            } else if (participant.staffId() != null && storeId != null) {
                stores.putIfAbsent(Subject.team(storeId, StaffMember.UNASSIGNED), storeId);
            }
            if (participant.storeId() != null) {
                stores.putIfAbsent(Subject.store(participant.storeId()), participant.storeId());
            }
        }
        stores.replaceAll((subject, store) -> store.isEmpty() ? null : store);
        return stores;
    }

    private static String nullable(String storeId) {
        return storeId == null ? "" : storeId;
    }

    private static String known(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
