package io.serviceops.feedback.intake;

/** Where feedback came from (DOMAIN.md §4). */
public enum Channel {
    ONLINE_QUESTIONNAIRE,
    MOBILE_APP,
    SOCIAL_MEDIA,
    ONLINE_REVIEW,
    SATISFACTION_SURVEY,
    INTERVIEW,
    SUGGESTION_BOX,
    HOTLINE
}
