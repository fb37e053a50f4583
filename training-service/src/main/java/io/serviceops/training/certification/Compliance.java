package io.serviceops.training.certification;

import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** A department's members against its mandatory programmes: who is certified, due, or overdue. */
@Service
public class Compliance {

    private final StaffMembers staff;
    private final Programmes programmes;
    private final Certifications certifications;

    Compliance(StaffMembers staff, Programmes programmes, Certifications certifications) {
        this.staff = staff;
        this.programmes = programmes;
        this.certifications = certifications;
    }

    public List<ComplianceEntry> of(String department) {
        List<Programme> mandatory = programmes.findByDetailsMandatoryTrue();
        List<StaffMember> members = staff.findByDepartmentOrderById(department);
        Map<String, Certification> held = certifications.ofAll(members.stream().map(StaffMember::id).toList())
                .stream().collect(Collectors.toMap(c -> c.staffId() + "|" + c.programmeId(), Function.identity()));
        List<ComplianceEntry> entries = new ArrayList<>();
        for (StaffMember member : members) {
            for (Programme programme : mandatory) {
                if (programme.isMandatoryFor(department, member.role())) {
                    entries.add(entry(member.id(), programme, held.get(member.id() + "|" + programme.id())));
                }
            }
        }
        return entries;
    }

    private static ComplianceEntry entry(String staffId, Programme programme, Certification certification) {
        String topic = programme.details().topic();
        return certification == null
                ? new ComplianceEntry(staffId, programme.id(), topic, CertificationStatus.MISSING, null, null)
                : new ComplianceEntry(staffId, programme.id(), topic, certification.status(),
                        certification.certifiedAt(), certification.expiresAt());
    }
}
