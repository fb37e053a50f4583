package io.serviceops.kpi.fact;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One event handler per event type that carries a fact, so the plumbing subscribes to each. */
@Configuration(proxyBeanMethods = false)
class FactHandlers {

    @Bean
    EventHandler<ComplaintFiled> complaintFiledFacts(FactRecorder recorder) {
        return new FactHandler<>(ComplaintFiled.class, recorder);
    }

    @Bean
    EventHandler<ComplaintFirstResponded> firstResponseFacts(FactRecorder recorder) {
        return new FactHandler<>(ComplaintFirstResponded.class, recorder);
    }

    @Bean
    EventHandler<ComplaintResolved> resolutionFacts(FactRecorder recorder) {
        return new FactHandler<>(ComplaintResolved.class, recorder);
    }

    @Bean
    EventHandler<ComplaintReopened> reopeningFacts(FactRecorder recorder) {
        return new FactHandler<>(ComplaintReopened.class, recorder);
    }

    @Bean
    EventHandler<ComplaintSlaBreached> slaBreachFacts(FactRecorder recorder) {
        return new FactHandler<>(ComplaintSlaBreached.class, recorder);
    }

    @Bean
    EventHandler<FeedbackSubmitted> ratingFacts(FactRecorder recorder) {
        return new FactHandler<>(FeedbackSubmitted.class, recorder);
    }

    @Bean
    EventHandler<TrainingCompleted> trainingFacts(FactRecorder recorder) {
        return new FactHandler<>(TrainingCompleted.class, recorder);
    }

    @Bean
    EventHandler<AssessmentScored> assessmentFacts(FactRecorder recorder) {
        return new FactHandler<>(AssessmentScored.class, recorder);
    }
}
