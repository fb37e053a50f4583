package io.serviceops.feedback.invitation;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.feedback.intake.Attribution;
import io.serviceops.feedback.intake.Channel;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.intake.FeedbackIntake;
import io.serviceops.feedback.intake.Submission;
import io.serviceops.feedback.intake.RatingRefusals;
import io.serviceops.feedback.intake.RatingRights;
import io.serviceops.feedback.intake.RatingSource;
import io.serviceops.feedback.intake.Submitter;
import io.serviceops.conventions.problem.Forbidden;
import io.serviceops.feedback.intake.SurveyAnswers;
import io.serviceops.feedback.survey.SurveyCatalog;
import io.serviceops.feedback.survey.SurveyVersion;
import io.serviceops.feedback.topic.Topic;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Shows an invitation's survey to the customer holding its token, and takes the one answer it allows. */
@Service
public class InvitationDesk {

    private final Invitations invitations;
    private final SurveyCatalog surveys;
    private final FeedbackIntake intake;
    private final InvitationMetrics metrics;
    private final RatingRefusals refusals;
    private final Clock clock;

    InvitationDesk(Invitations invitations, SurveyCatalog surveys, FeedbackIntake intake, InvitationMetrics metrics,
            RatingRefusals refusals, Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.intake = intake;
        this.metrics = metrics;
        this.refusals = refusals;
        this.clock = clock;
    }

    public record OpenedInvitation(Invitation invitation, InvitationStatus status, SurveyVersion survey) {
    }

    public OpenedInvitation open(String token) {
        Invitation invitation = byToken(token);
        SurveyVersion version = surveys.find(invitation.surveyId()).version(invitation.surveyVersion());
        return new OpenedInvitation(invitation, invitation.status(clock.instant()), version);
    }

    /**
     * Stores the answers of the customer holding the link's token, attributed to the complaint's store and
     * staff member. Staff and CRM keys never answer a customer's survey (they could rate themselves).
     */
    public Feedback answer(String token, Map<String, Object> answers) {
        if (!RatingRights.ofCurrentCaller().mayAnswerSurveys()) {
            refusals.refused(RatingRefusals.SURVEY_BY_STAFF);
            throw new Forbidden("A survey is answered by its customer, not by staff or a CRM.");
        }
        return answer(byToken(token), answers, Submitter.SURVEY_LINK);
    }

    /**
     * Stores the answers the signed-in customer gives in the customer app to the survey of their own case;
     * another customer's case, or one without a survey yet, answers as missing.
     */
    public Feedback answerOwnCase(String complaintId, String customerId, Map<String, Object> answers) {
        Invitation invitation = invitations.findById(Invitation.idFor(complaintId))
                .filter(found -> found.customerId() != null && found.customerId().equals(customerId))
                .orElseThrow(() -> {
                    refusals.refused(RatingRefusals.NOT_THE_CUSTOMER);
                    return new NotFound("You have no survey for this complaint.");
                });
        return answer(invitation, answers, new Submitter(RatingSource.CUSTOMER_APP, customerId));
    }

    /**
     * The response id derives from the invitation, so two concurrent submissions (by link and by app
     * alike) cannot both be stored.
     */
    private Feedback answer(Invitation invitation, Map<String, Object> answers, Submitter submitter) {
        invitation.ensureOpen(clock.instant());
        Submission submission = new Submission(Channel.SATISFACTION_SURVEY, null,
                Topic.ofComplaintType(invitation.complaintType()),
                new Attribution(invitation.storeId(), invitation.staffId(), invitation.complaintId()),
                invitation.customerId(), false,
                new SurveyAnswers(invitation.surveyId(), invitation.surveyVersion(), answers), null, null,
                invitation.id(), submitter);
        Feedback feedback;
        try {
            feedback = intake.submitAs(invitation.responseId(), submission);
        } catch (DuplicateKeyException answeredMeanwhile) {
            // Also repairs an invitation whose answer was stored but not yet marked, e.g. after a crash.
            invitation.markAnswered(invitation.responseId(), clock.instant());
            invitations.save(invitation);
            throw new InvitationAlreadyAnswered();
        }
        invitation.markAnswered(feedback.id(), clock.instant());
        invitations.save(invitation);
        metrics.answered();
        return feedback;
    }

    public InvitationStatus statusOf(Invitation invitation) {
        return invitation.status(clock.instant());
    }

    /** The invitations of a complaint of the caller's stores ({@link StoreScope}); another store's: none. */
    public Page<Invitation> forComplaint(String complaintId, Pageable page) {
        StoreScope scope = StoreScope.ofCaller();
        return scope.isRestricted() ? invitations.findByComplaintIdAndStoreIdIn(complaintId, scope.stores(), page)
                : invitations.findByComplaintId(complaintId, page);
    }

    private Invitation byToken(String token) {
        return invitations.findByToken(token).orElseThrow(() -> new NotFound("No survey invitation has this token."));
    }
}
