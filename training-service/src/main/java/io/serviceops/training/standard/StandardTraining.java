package io.serviceops.training.standard;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.training.StandardPublished;
import io.serviceops.training.assignment.Assigning;
import io.serviceops.training.assignment.AssignmentRequest;
import io.serviceops.training.session.EnrolmentReason;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import org.springframework.stereotype.Component;

/**
 * The standard as training material (培训工具): a published major version that names a programme
 * assigns it, through the assignment mechanism, to every staff member it applies to. The cause is the
 * standard and its major version, so a redelivered event, or a minor version after it, assigns nobody
 * twice. It reacts to its own service's event so that the assignment follows the publication through
 * the broker, retried and dead-lettered like every other consumer.
 */
@Component
class StandardTraining implements EventHandler<StandardPublished> {

    private final StaffMembers staff;
    private final Assigning assigning;

    StandardTraining(StaffMembers staff, Assigning assigning) {
        this.staff = staff;
        this.assigning = assigning;
    }

    @Override
    public Class<StandardPublished> eventType() {
        return StandardPublished.class;
    }

    @Override
    public void handle(EventEnvelope<StandardPublished> event) {
        StandardPublished published = event.data();
        if (!published.majorVersion() || published.programmeId() == null) {
            return;
        }
        var audience = new StandardDetails(published.title(), published.ownerDepartment(), published.departments(),
                published.roles(), null, false);
        String cause = published.standardId() + "@" + published.major();
        String explanation = "Standard '" + published.title() + "' version " + published.major() + ".0 published on "
                + published.publishedAt() + " names this programme";
        for (StaffMember member : staff.findAll()) {
            if (audience.appliesTo(member.department(), member.role())) {
                assigning.assign(new AssignmentRequest(member.id(), published.programmeId(), EnrolmentReason.MANDATORY,
                        event.id().toString(), cause, explanation));
            }
        }
    }
}
