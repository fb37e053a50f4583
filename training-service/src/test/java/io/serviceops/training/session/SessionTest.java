package io.serviceops.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(3));

    private final Session session = Session.schedule("ses-1", new SessionPlan("prg-1", "DRILL", "Complaint handling",
            "CUSTOMER_SUPPORT", START, START.plus(Duration.ofHours(1)), 2, 60.0, null), true, NOW);

    @Test
    void seatsUpToCapacityThenWaitlists() {
        assertThat(enrol("e1", "s1").status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrol("e2", "s2").status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrol("e3", "s3").status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(session.seatsTaken()).isEqualTo(2);
        assertThat(session.pendingEvents()).extracting(message -> message.type())
                .containsExactly("TrainingSessionScheduled", "TrainingEnrolled", "TrainingEnrolled");
    }

    @Test
    void cancellingASeatPromotesTheFirstOnTheWaitingList() {
        enrol("e1", "s1");
        enrol("e2", "s2");
        enrol("e3", "s3");
        enrol("e4", "s4");

        session.cancelEnrolment("e1", NOW);

        assertThat(session.enrolment("e3").status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(session.enrolment("e4").status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(session.pendingEvents()).last().extracting(message -> message.key()).isEqualTo("e3");
    }

    @Test
    void theSameEnrolmentIdOrIdempotencyKeyEnrolsOnce() {
        enrol("e1", "s1");
        session.enrol("e2", "s2", EnrolmentReason.REQUESTED, null, "key-1", NOW);

        assertThat(enrol("e1", "s1").id()).isEqualTo("e1");
        assertThat(session.enrol("e9", "s2", EnrolmentReason.REQUESTED, null, "key-1", NOW).id()).isEqualTo("e2");
        assertThat(session.enrolments()).hasSize(2);
    }

    @Test
    void refusesASecondActiveEnrolmentOfTheSameStaffMember() {
        enrol("e1", "s1");

        assertThatThrownBy(() -> enrol("e2", "s1")).isInstanceOf(StaffAlreadyEnrolled.class);
    }

    @Test
    void attendanceWaitsForTheSessionToStart() {
        enrol("e1", "s1");

        assertThatThrownBy(() -> session.recordAttendance("e1", true, NOW)).isInstanceOf(SessionNotYetStarted.class);
    }

    @Test
    void aPassingScoreCompletesTheTrainingAndMarksRemedialOnes() {
        session.enrol("e1", "s1", EnrolmentReason.PERFORMANCE_ALERT, "evt-1", null, NOW);
        session.recordAttendance("e1", true, START);

        Enrolment scored = session.assess("e1", 75, START.plusSeconds(3600));

        assertThat(scored.status()).isEqualTo(EnrolmentStatus.PASSED);
        assertThat(session.pendingEvents()).extracting(message -> message.type()).endsWith("AttendanceRecorded",
                "AssessmentScored", "TrainingCompleted");
        assertThat(session.pendingEvents()).last().extracting(message -> message.payload()).asString()
                .contains("\"remedial\":true");
    }

    @Test
    void aFailingScoreCompletesNothingAndAnAbsenteeCannotBeScored() {
        enrol("e1", "s1");
        enrol("e2", "s2");
        session.recordAttendance("e1", true, START);
        session.recordAttendance("e2", false, START);

        assertThat(session.assess("e1", 40, START).status()).isEqualTo(EnrolmentStatus.FAILED);
        assertThat(session.pendingEvents()).extracting(message -> message.type()).doesNotContain("TrainingCompleted");
        assertThatThrownBy(() -> session.assess("e2", 90, START)).isInstanceOf(EnrolmentNotInState.class);
    }

    @Test
    void repeatingTheSameAttendanceOrScorePublishesNothingMore() {
        enrol("e1", "s1");
        session.recordAttendance("e1", true, START);
        session.assess("e1", 80, START);
        int events = session.pendingEvents().size();

        session.recordAttendance("e1", true, START);
        session.assess("e1", 80, START);

        assertThat(session.pendingEvents()).hasSize(events);
    }

    @Test
    void aScheduleEditWithdrawsOnlySessionsWithoutAttendance() {
        enrol("e1", "s1");
        assertThat(session.withdraw(NOW)).isTrue();
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.enrolment("e1").status()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(session.withdraw(NOW)).isFalse();
    }

    private Enrolment enrol(String id, String staffId) {
        return session.enrol(id, staffId, EnrolmentReason.REQUESTED, null, null, NOW);
    }
}
