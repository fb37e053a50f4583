package io.serviceops.feedback.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what {@link RatingRights} refuses, by reason: a rise means someone tries to rate staff (or answer
 * a customer's survey) who may not — the path to a performance alert that issue 16 closed.
 */
@Component
public class RatingRefusals {

    /** An agent or a CRM key named the staff member rated. */
    public static final String STAFF_NAMED = "staff-named";
    /** Staff or a CRM key answered a customer's survey by its link or the app path. */
    public static final String SURVEY_BY_STAFF = "survey-by-staff";
    /** A customer answered the survey of a case that is not theirs. */
    public static final String NOT_THE_CUSTOMER = "not-the-customer";

    private final MeterRegistry registry;

    RatingRefusals(MeterRegistry registry) {
        this.registry = registry;
    }

    public void refused(String reason) {
        Counter.builder("serviceops.feedback.rating.refusals")
                .description("Ratings and survey answers refused: the caller may not rate this staff member or answer this survey")
                .tag("reason", reason).register(registry).increment();
    }
}
