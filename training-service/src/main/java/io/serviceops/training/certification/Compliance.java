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
        List<Programme> mandatory = programmes.findByDetailsMandatoryTrue().stream()
                .filter(programme -> programme.details().targetDepartments().contains(department)).toList();
        List<String> members = staff.findByDepartmentOrderById(department).stream().map(StaffMember::id).toList();
        Map<String, Certification> held = certifications.ofAll(members).stream()
                .collect(Collectors.toMap(c -> c.staffId() + "|" + c.programmeId(), Function.identity()));
        List<ComplianceEntry> entries = new ArrayList<>();
        for (String member : members) {
            for (Programme programme : mandatory) {
                Certification certification = held.get(member + "|" + programme.id());
                entries.add(certification == null
                        ? new ComplianceEntry(member, programme.id(), programme.details().topic(),
                                CertificationStatus.MISSING, null, null)
                        : new ComplianceEntry(member, programme.id(), programme.details().topic(),
                                certification.status(), certification.certifiedAt(), certification.expiresAt()));
            }
        }
        return entries;
    }
}
