package io.serviceops.feedback.intake;

/**
 * Who submitted a response and through what.
 *
 * @param callerId the signed-in caller or API client; null for a survey answered by its link
 */
public record Submitter(RatingSource source, String callerId) {

    public static final Submitter SURVEY_LINK = new Submitter(RatingSource.SURVEY_LINK, null);
}
