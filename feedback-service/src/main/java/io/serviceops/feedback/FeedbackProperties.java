package io.serviceops.feedback;

import io.serviceops.feedback.topic.Topic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How feedback is bucketed, invited and escalated.
 *
 * @param zone the time zone whose calendar decides a response's day, week, month and quarter
 * @param invitation the survey sent after a resolved complaint
 * @param negative when a response is bad enough to become a follow-up complaint
 */
@Validated
@ConfigurationProperties("serviceops.feedback")
public record FeedbackProperties(
        @NotNull @DefaultValue("UTC") ZoneId zone,
        @Valid @NotNull @DefaultValue Invitation invitation,
        @Valid @NotNull @DefaultValue Negative negative) {

    /**
     * @param validFor how long the customer may answer
     * @param surveyCode the survey the invitation asks the customer to answer
     * @param linkBase where customers reach the gateway; the link sent is
     *        {@code <linkBase>/api/v1/feedback/invitations/<token>} (default: the local stack's gateway)
     */
    public record Invitation(
            @NotNull @DefaultValue("14d") Duration validFor,
            @NotBlank @DefaultValue("post-resolution") String surveyCode,
            @NotBlank @DefaultValue("http://127.0.0.1:8080") String linkBase) {

        public String linkTo(String token) {
            return linkBase.replaceAll("/+$", "") + "/api/v1/feedback/invitations/" + token;
        }
    }

    /**
     * A response is negative when its satisfaction or its NPS is at or below the threshold and its
     * topic is one a complaint can be opened for.
     */
    public record Negative(
            @Min(1) @Max(5) @DefaultValue("2") int satisfactionAtMost,
            @Min(0) @Max(10) @DefaultValue("6") int npsAtMost,
            @NotNull @DefaultValue({"PRODUCT_QUALITY", "SERVICE_ATTITUDE", "BUSINESS_PROCESS"})
            Set<Topic> complaintTopics) {
    }
}
