package io.serviceops.kpi.fact;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.kpi.staff.StaffMember;

/** A scorecard's subject. A team's id is {@code <storeId>:<department>}. */
public record Subject(SubjectKind kind, String id) {

    public Subject {
        if (kind == SubjectKind.TEAM && (id.indexOf(':') < 1 || id.endsWith(":"))) {
            throw new InvalidTeamId(id);
        }
    }

    public static Subject staff(String staffId) {
        return new Subject(SubjectKind.STAFF, staffId);
    }

    public static Subject store(String storeId) {
        return new Subject(SubjectKind.STORE, storeId);
    }

    public static Subject team(String storeId, String department) {
        return new Subject(SubjectKind.TEAM, StaffMember.teamId(storeId, department));
    }

    /** The store of a team subject. */
    public String teamStore() {
        return id.substring(0, id.indexOf(':'));
    }

    String teamDepartment() {
        return id.substring(id.indexOf(':') + 1);
    }

    /** A team id without the {@code <storeId>:<department>} shape. */
    public static class InvalidTeamId extends InvalidInput {
        InvalidTeamId(String id) {
            super("subjectId", "A team id is <storeId>:<department>, e.g. store-1:FRONT_DESK; got '" + id + "'.");
        }
    }
}
