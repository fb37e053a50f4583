package io.serviceops.feedback.intake.web;

import io.serviceops.feedback.intake.Attribution;
import io.serviceops.feedback.intake.Channel;
import io.serviceops.feedback.intake.Submission;
import io.serviceops.feedback.intake.Submitter;
import io.serviceops.feedback.intake.SurveyAnswers;
import io.serviceops.feedback.survey.Ratings;
import io.serviceops.feedback.topic.Topic;
import io.serviceops.ids.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** Feedback from any channel: either answers to a survey, or ratings and a comment given directly. */
@Schema(example = """
        {"channel":"HOTLINE","storeId":"store-sh-01","staffId":"staff-042","satisfaction":2,
         "comment":"店员态度很不耐烦","anonymous":false,"customerId":"cust-77"}""")
record FeedbackRequest(
        @NotNull(message = "is required") Channel channel,
        @Schema(description = "The submitter's own topic; omitted, keyword rules decide") Topic topic,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
        @Schema(description = "The staff member rated: only a supervisor (or ADMIN) entering a customer's response may "
                + "name one; customers rate staff through their case's survey")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String complaintId,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String customerId,
        @Schema(description = "true hides who gave the feedback; default false") Boolean anonymous,
        @Schema(description = "When the customer gave it, if earlier than now (e.g. a suggestion-box card)")
        Instant receivedAt,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String surveyId,
        @Min(value = 1, message = "must be at least 1") Integer surveyVersion,
        @Size(max = 50, message = "must hold at most 50 answers") Map<String, Object> answers,
        @Min(value = 1, message = "must be from 1 to 5") @Max(value = 5, message = "must be from 1 to 5") Integer satisfaction,
        @Min(value = 0, message = "must be from 0 to 10") @Max(value = 10, message = "must be from 0 to 10") Integer nps,
        @Min(value = 1, message = "must be from 1 to 7") @Max(value = 7, message = "must be from 1 to 7") Integer effort,
        @Size(max = 2000, message = "must be at most 2000 characters") String comment) {

    @AssertTrue(message = "an anonymous response cannot name a customer")
    boolean isCustomerId() {
        return !isAnonymous() || customerId == null;
    }

    @AssertTrue(message = "answers need a surveyId, and survey answers exclude direct ratings and comment")
    boolean isAnswers() {
        boolean direct = satisfaction != null || nps != null || effort != null || comment != null;
        // An empty answers object is what generated clients send for "no answers": the same as leaving it out.
        return surveyId == null ? answers == null || answers.isEmpty() : answers != null && !direct;
    }

    private boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    Submission toSubmission(Submitter submitter) {
        SurveyAnswers survey = surveyId == null ? null : new SurveyAnswers(surveyId, surveyVersion, answers);
        return new Submission(channel, topic, null, new Attribution(storeId, staffId, complaintId), customerId,
                isAnonymous(), survey, new Ratings(satisfaction, nps, effort, comment), receivedAt, null, submitter);
    }
}
