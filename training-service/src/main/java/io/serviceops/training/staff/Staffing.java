package io.serviceops.training.staff;

import io.serviceops.training.assignment.Assigning;
import io.serviceops.training.assignment.AssignmentRequest;
import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.session.EnrolmentReason;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Records a staff member's department. Joining a department assigns its mandatory programmes, once
 * per programme and joining (the cause is the department and the time of joining).
 */
@Service
public class Staffing {

    private final StaffMembers staff;
    private final Programmes programmes;
    private final Assigning assigning;
    private final Clock clock;

    Staffing(StaffMembers staff, Programmes programmes, Assigning assigning, Clock clock) {
        this.staff = staff;
        this.programmes = programmes;
        this.assigning = assigning;
        this.clock = clock;
    }

    public StaffMember place(String staffId, String department, String role, String storeId, StaffContact contact) {
        Instant now = clock.instant();
        StaffMember member = staff.findById(staffId)
                .orElseGet(() -> new StaffMember(staffId, department, role, now, storeId, contact));
        member.placeIn(department, role, storeId, contact, now);
        StaffMember saved = staff.save(member);
        // Idempotent per joining, so repeating the call also repairs a placement a crash interrupted.
        assignMandatoryTraining(saved);
        return saved;
    }

    private void assignMandatoryTraining(StaffMember member) {
        String cause = member.department() + "@" + member.joinedDepartmentAt();
        for (Programme programme : programmes.findByDetailsMandatoryTrue()) {
            if (programme.isMandatoryFor(member.department(), member.role())) {
                assigning.assign(new AssignmentRequest(member.id(), programme.id(), EnrolmentReason.MANDATORY, null,
                        cause, "Mandatory for new members of " + member.department()));
            }
        }
    }
}
