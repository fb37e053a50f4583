package io.serviceops.feedback.survey.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new survey: a unique code and its first draft. */
record NewSurveyRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,49}$", message = "must be 2-50 lower-case letters, digits or -")
        String code,
        @NotNull(message = "is required") @Valid SurveyRequest definition) {
}
