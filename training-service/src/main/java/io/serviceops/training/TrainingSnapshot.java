package io.serviceops.training;

import io.serviceops.training.session.Enrolment;
import io.serviceops.training.session.EnrolmentStatus;
import io.serviceops.training.session.Session;
import java.util.Collection;
import java.util.List;

/** The numbers behind the gauges, computed from sessions in one go. */
record TrainingSnapshot(double upcomingSessions, double fillRate, double completionRate, double passRate,
        double overdueCertifications) {

    static final TrainingSnapshot EMPTY = new TrainingSnapshot(0, 0, 0, 0, 0);

    static TrainingSnapshot of(Collection<Session> upcoming, Collection<Session> past, long overdueCertifications) {
        long capacity = upcoming.stream().mapToLong(session -> session.plan().capacity()).sum();
        long taken = upcoming.stream().mapToLong(Session::seatsTaken).sum();
        List<Enrolment> seated = past.stream().flatMap(session -> session.enrolments().stream())
                .filter(enrolment -> enrolment.status() != EnrolmentStatus.CANCELLED
                        && enrolment.status() != EnrolmentStatus.WAITLISTED)
                .toList();
        long passed = count(seated, EnrolmentStatus.PASSED);
        long assessed = passed + count(seated, EnrolmentStatus.FAILED);
        return new TrainingSnapshot(upcoming.size(), ratio(taken, capacity), ratio(passed, seated.size()),
                ratio(passed, assessed), overdueCertifications);
    }

    private static long count(List<Enrolment> enrolments, EnrolmentStatus status) {
        return enrolments.stream().filter(enrolment -> enrolment.status() == status).count();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
