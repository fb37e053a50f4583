package io.serviceops.training.staff.web;

import io.serviceops.training.assignment.Assignments;
import io.serviceops.training.assignment.web.AssignmentView;
import io.serviceops.training.certification.Certifications;
import io.serviceops.training.session.EnrolmentStatus;
import io.serviceops.training.session.SessionStatus;
import io.serviceops.training.session.Sessions;
import io.serviceops.training.session.web.EnrolmentView;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import io.serviceops.training.staff.Staffing;
import io.serviceops.training.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/training/staff/{staffId}")
@Tag(name = "Staff", description = "Department membership and each staff member's training plan")
class StaffController {

    record Placement(
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "CUSTOMER_SUPPORT") String department,
            @Size(max = 60, message = "must be at most 60 characters") @Schema(example = "agent") String role,
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "store-1", description = "The store the member works in; omit for head-office staff")
            String storeId) {
    }

    record Member(String staffId, String department, String role, String storeId,
            java.time.Instant joinedDepartmentAt) {

        static Member of(StaffMember member) {
            return new Member(member.id(), member.department(), member.role(), member.storeId(),
                    member.joinedDepartmentAt());
        }
    }

    private final Staffing staffing;
    private final StaffMembers staff;
    private final Sessions sessions;
    private final Assignments assignments;
    private final Certifications certifications;
    private final Clock clock;

    StaffController(Staffing staffing, StaffMembers staff, Sessions sessions, Assignments assignments,
            Certifications certifications, Clock clock) {
        this.staffing = staffing;
        this.staff = staff;
        this.sessions = sessions;
        this.assignments = assignments;
        this.certifications = certifications;
        this.clock = clock;
    }

    @PutMapping
    @Operation(summary = "Place a staff member in a department (and store); joining assigns the department's mandatory programmes")
    Member place(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @Valid @RequestBody Placement placement) {
        return Member.of(staffing.place(staffId, placement.department(), placement.role(), placement.storeId()));
    }

    @GetMapping("/plan")
    @Operation(summary = "The staff member's upcoming sessions, history, assigned training and certifications")
    StaffPlan plan(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId) {
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
