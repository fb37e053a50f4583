package io.serviceops.feedback.intake;

/**
 * How a response reached the service, stored with it so every rating can be traced to a verified
 * channel or to the staff member or CRM that entered it.
 */
public enum RatingSource {
    /** The customer answered the post-resolution survey through the link sent to them (the token). */
    SURVEY_LINK,
    /** The customer answered their own case's survey in the customer app (a CUSTOMER_APP token). */
    CUSTOMER_APP,
    /** A supervisor entered a customer's response (hotline, interview, suggestion box). */
    SUPERVISOR,
    /** An agent entered a customer's response; it names no staff member. */
    AGENT,
    /** A CRM's API key sent it; it names no staff member. */
    CRM
}
