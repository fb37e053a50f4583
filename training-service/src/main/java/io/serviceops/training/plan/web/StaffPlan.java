package io.serviceops.training.plan.web;

import io.serviceops.training.assignment.web.AssignmentView;
import io.serviceops.training.certification.Certification;
import io.serviceops.training.session.web.EnrolmentView;
import java.util.List;

/** A staff member's training: what is coming, what happened, what was assigned and why, what is certified. */
record StaffPlan(String staffId, String department, String role, List<EnrolmentView> upcoming,
        List<EnrolmentView> history, List<AssignmentView> assignments, List<Certification> certifications) {
}
