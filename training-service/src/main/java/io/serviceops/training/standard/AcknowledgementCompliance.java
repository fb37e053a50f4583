package io.serviceops.training.standard;

import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Who has confirmed the standards in force, from the staff records (department, role, store): one row
 * per store, department and standard. Reads the staff records and each standard's confirmations; fine
 * for thousands of staff, a projection would be the next step beyond.
 */
@Service
public class AcknowledgementCompliance {

    private static final Comparator<ComplianceRow> ORDER = Comparator
            .comparing(ComplianceRow::storeId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ComplianceRow::department, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ComplianceRow::standardId);

    private final Standards standards;
    private final Acknowledgements acknowledgements;
    private final AcknowledgementReminders reminders;
    private final StaffMembers staff;
    private final StandardProperties properties;
    private final Clock clock;

    AcknowledgementCompliance(Standards standards, Acknowledgements acknowledgements,
            AcknowledgementReminders reminders, StaffMembers staff, StandardProperties properties, Clock clock) {
        this.standards = standards;
        this.acknowledgements = acknowledgements;
        this.reminders = reminders;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
    }

    /** Rows for a store and/or department (null = all). */
    public List<ComplianceRow> rows(String storeId, String department) {
        List<StaffMember> members = staff.findAll().stream()
                .filter(member -> storeId == null || storeId.equals(member.storeId()))
                .filter(member -> department == null || department.equals(member.department())).toList();
        List<ComplianceRow> rows = new ArrayList<>();
        for (Standard standard : standards.findByInForceTrue()) {
            StandardVersion current = standard.current().orElseThrow();
            Set<String> confirmed = confirmedBy(standard, current);
            Map<List<String>, List<StaffMember>> byStoreAndDepartment = members.stream()
                    .filter(member -> standard.details().appliesTo(member.department(), member.role()))
                    .collect(Collectors.groupingBy(member -> Arrays.asList(member.storeId(),
                            member.department())));
            byStoreAndDepartment.forEach((key, group) -> {
                List<PendingAcknowledgement> pending = group.stream()
                        .filter(member -> !confirmed.contains(member.id()))
                        .map(member -> pendingOf(standard, current, member)).toList();
                rows.add(new ComplianceRow(key.get(0), key.get(1), standard.id(), standard.details().title(),
                        current.number().label(), group.size(), group.size() - pending.size(),
                        (int) pending.stream().filter(PendingAcknowledgement::overdue).count(), pending));
            });
        }
        rows.sort(ORDER);
        return rows;
    }

    /** Every confirmation past the reminder time, with when a reminder went out. */
    public List<PendingAcknowledgement> overdue() {
        List<PendingAcknowledgement> overdue = rows(null, null).stream()
                .flatMap(row -> row.pending().stream()).filter(PendingAcknowledgement::overdue).toList();
        Map<String, Instant> reminded = reminders.findAllById(overdue.stream().map(AcknowledgementReminder::idOf)
                .toList()).stream().collect(Collectors.toMap(AcknowledgementReminder::id,
                AcknowledgementReminder::remindedAt));
        return overdue.stream().map(pending -> pending.reminded(reminded.get(AcknowledgementReminder.idOf(pending))))
                .toList();
    }

    private Set<String> confirmedBy(Standard standard, StandardVersion current) {
        return acknowledgements.findByStandardIdAndMajor(standard.id(), current.number().major()).stream()
                .map(Acknowledgement::staffId).collect(Collectors.toSet());
    }

    private PendingAcknowledgement pendingOf(Standard standard, StandardVersion current, StaffMember member) {
        Instant dueSince = standard.majorEffectiveFrom().orElse(current.effectiveFrom());
        // Someone who joined later has had the reminder time from joining, not from publication.
        Instant start = member.joinedDepartmentAt() != null && member.joinedDepartmentAt().isAfter(dueSince)
                ? member.joinedDepartmentAt() : dueSince;
        boolean overdue = !clock.instant().isBefore(start.plus(properties.acknowledgementReminderAfter()));
        return new PendingAcknowledgement(standard.id(), standard.details().title(), current.number().label(),
                member.id(), member.storeId(), member.department(), start, overdue, null);
    }
}
