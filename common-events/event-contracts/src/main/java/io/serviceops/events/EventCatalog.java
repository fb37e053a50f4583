package io.serviceops.events;

import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintEscalated;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.complaint.SlaPolicyRevised;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.feedback.ImprovementOutcomeShared;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import io.serviceops.events.kpi.PerformanceAlertSettled;
import io.serviceops.events.kpi.ScorecardPublished;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.SurveyInvitationIssued;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.events.privacy.PersonalDataRequested;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.AttendanceRecorded;
import io.serviceops.events.training.CertificationExpiring;
import io.serviceops.events.training.StandardAcknowledgementOverdue;
import io.serviceops.events.training.StandardPublished;
import io.serviceops.events.training.StandardSuperseded;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.events.training.TrainingEnrolled;
import io.serviceops.events.training.TrainingSessionScheduled;
import java.util.List;
import java.util.Optional;

/** Every event type of the closed loop, with the topic it travels on and the service that owns it. */
public final class EventCatalog {

    private static final String COMPLAINT_SERVICE = "/serviceops/complaint-service";
    private static final String FEEDBACK_SERVICE = "/serviceops/feedback-service";
    private static final String KPI_SERVICE = "/serviceops/kpi-service";
    private static final String TRAINING_SERVICE = "/serviceops/training-service";

    private static final List<EventType<?>> ALL = List.of(
            complaint(ComplaintFiled.class),
            complaint(ComplaintAssigned.class),
            complaint(ComplaintFirstResponded.class),
            complaint(ComplaintEscalated.class),
            complaint(ComplaintSlaBreached.class),
            complaint(ComplaintResolved.class),
            complaint(ComplaintClosed.class),
            complaint(ComplaintReopened.class),
            EventType.of(FeedbackSubmitted.class, Topics.FEEDBACK, FEEDBACK_SERVICE),
            EventType.of(NegativeFeedbackReceived.class, Topics.FEEDBACK, FEEDBACK_SERVICE),
            EventType.of(ScorecardPublished.class, Topics.KPI, KPI_SERVICE),
            EventType.of(PerformanceAlertRaised.class, Topics.KPI, KPI_SERVICE),
            training(TrainingSessionScheduled.class),
            training(TrainingEnrolled.class),
            training(AttendanceRecorded.class),
            training(AssessmentScored.class),
            training(TrainingCompleted.class),
            training(CertificationExpiring.class),
            EventType.of(NotificationRequested.class, Topics.NOTIFICATIONS, COMPLAINT_SERVICE),
            EventType.of(SurveyInvitationIssued.class, Topics.NOTIFICATIONS, FEEDBACK_SERVICE),
            complaint(ComplaintLeftUnanswered.class),
            EventType.of(PerformanceAlertSettled.class, Topics.KPI, KPI_SERVICE),
            training(StandardPublished.class),
            training(StandardSuperseded.class),
            training(StandardAcknowledgementOverdue.class),
            complaint(SlaPolicyRevised.class),
            EventType.of(ScorecardTemplateRevised.class, Topics.KPI, KPI_SERVICE),
            EventType.of(ImprovementOutcomeShared.class, Topics.FEEDBACK, FEEDBACK_SERVICE),
            EventType.of(PersonalDataRequested.class, Topics.PRIVACY, COMPLAINT_SERVICE),
            // Each answering service names itself as the source (producedBy).
            EventType.of(PersonalDataAnswered.class, Topics.PRIVACY, COMPLAINT_SERVICE));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The event types any subscriber may see: everything except the restricted notifications and privacy topics. */
    public static List<EventType<?>> general() {
        return ALL.stream().filter(type -> !type.topic().equals(Topics.NOTIFICATIONS)
                && !type.topic().equals(Topics.PRIVACY)).toList();
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    public static EventType<?> typeOf(Class<?> javaType) {
        return ALL.stream().filter(type -> type.javaType().equals(javaType)).findFirst()
                .orElseThrow(() -> new UnknownEventType(javaType.getName()));
    }

    private static <E extends IntegrationEvent> EventType<E> complaint(Class<E> javaType) {
        return EventType.of(javaType, Topics.COMPLAINTS, COMPLAINT_SERVICE);
    }

    private static <E extends IntegrationEvent> EventType<E> training(Class<E> javaType) {
        return EventType.of(javaType, Topics.TRAINING, TRAINING_SERVICE);
    }
}
