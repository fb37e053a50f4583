package io.serviceops.training.programme;

import java.util.List;

/**
 * What an operator sets on a programme. Empty {@code targetDepartments} means every department;
 * {@code certificationValidityMonths} null means passing never needs renewing; a {@code mandatory}
 * programme is assigned to every member of its target departments.
 */
public record ProgrammeDetails(
        ProgrammeKind kind,
        String topic,
        String description,
        List<String> targetDepartments,
        List<String> targetRoles,
        TrainingFormat format,
        int durationMinutes,
        int capacity,
        double passMark,
        Integer certificationValidityMonths,
        boolean mandatory) {

    public ProgrammeDetails {
        targetDepartments = targetDepartments == null ? List.of() : List.copyOf(targetDepartments);
        targetRoles = targetRoles == null ? List.of() : List.copyOf(targetRoles);
    }
}
