package io.serviceops.training.plan.web;

import io.serviceops.ids.Ids;
import io.serviceops.training.assignment.Assignments;
import io.serviceops.training.assignment.web.AssignmentView;
import io.serviceops.training.certification.Certifications;
import io.serviceops.training.session.EnrolmentStatus;
import io.serviceops.training.session.SessionStatus;
import io.serviceops.training.session.Sessions;
import io.serviceops.training.session.web.EnrolmentView;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import io.serviceops.training.staff.StaffStores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff member's whole training picture, read across sessions, assignments and certifications. It is
 * its own slice so that no feature it reads has to know it (staff and certification stay free of a cycle).
 */
@RestController
@Validated
@RequestMapping("/api/v1/training/staff/{staffId}")
@Tag(name = "Staff", description = "Department membership and each staff member's training plan")
class StaffPlanController {

    private final StaffMembers staff;
    private final StaffStores stores;
    private final Sessions sessions;
    private final Assignments assignments;
    private final Certifications certifications;
    private final Clock clock;

    StaffPlanController(StaffMembers staff, StaffStores stores, Sessions sessions, Assignments assignments,
            Certifications certifications, Clock clock) {
        this.staff = staff;
        this.stores = stores;
        this.sessions = sessions;
        this.assignments = assignments;
        this.certifications = certifications;
        this.clock = clock;
    }

    @GetMapping("/plan")
    @Operation(summary = "The staff member's upcoming sessions, history, assigned training and certifications",
            description = "Store scoping (OWASP API1:2023): a caller whose identity names stores (X-User-Stores) sees "
                    + "the plans of staff whose training staff record places them in those stores; any other staff "
                    + "member answers 404. ADMIN and callers without stores see all.")
    StaffPlan plan(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId) {
        stores.visible(staffId);
        var member = staff.findById(staffId);
        var now = clock.instant();
        Map<Boolean, List<EnrolmentView>> byUpcoming = sessions.findByEnrolmentsStaffId(staffId,
                        Sort.by("plan.startsAt")).stream()
                .flatMap(session -> session.enrolments().stream()
                        .filter(enrolment -> enrolment.staffId().equals(staffId))
                        .map(enrolment -> Map.entry(session.status() == SessionStatus.SCHEDULED
                                && session.plan().startsAt().isAfter(now)
                                && (enrolment.status() == EnrolmentStatus.ENROLLED
                                        || enrolment.status() == EnrolmentStatus.WAITLISTED),
                                EnrolmentView.of(session, enrolment))))
                .collect(Collectors.partitioningBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<EnrolmentView> history = byUpcoming.get(false).stream()
                .sorted(Comparator.comparing(EnrolmentView::startsAt).reversed()).toList();
        return new StaffPlan(staffId, member.map(StaffMember::department).orElse(null),
                member.map(StaffMember::role).orElse(null), byUpcoming.get(true), history,
                assignments.findByStaffId(staffId).stream().map(AssignmentView::of).toList(),
                certifications.of(staffId));
    }
}
