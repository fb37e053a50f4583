package io.serviceops.complaint.sla;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The default policy (version 0) of every type until an operator revises it.
 *
 * @param defaults budgets per type code (the manuals: attitude 24 h, quality 48 h, other 72 h to resolve)
 * @param fallbackType whose budgets an operator-added type starts with
 * @param confirmationWindow how long a resolved case waits for the customer's confirmation (null: no limit)
 * @param currentPolicyCache how long a replica reuses a type's current policy before reading it again;
 *        a revision made on another replica applies to complaints filed at most this much later
 * @param responseLimit working time within which a first response counts for the scorecards ("响应时限 ≤24小时",
 *        the manuals' 24 h); a case still unanswered then is announced once as {@code ComplaintLeftUnanswered}
 */
@Validated
@ConfigurationProperties("serviceops.complaints.sla")
record SlaProperties(@NotEmpty Map<String, @Valid Budget> defaults, @NotBlank String fallbackType,
        @NotNull Map<Priority, Integer> percentByPriority, @Min(1) @Max(100) int atRiskPercent,
        @Min(1) @Max(100) int escalatePercent, @NotNull BusinessCalendar calendar, Duration confirmationWindow,
        @NotNull Duration currentPolicyCache, @NotNull Duration responseLimit) {

    record Budget(@NotNull Duration firstResponse, @NotNull Duration resolution) {
    }

    Budget budgetOf(String type) {
        return defaults.getOrDefault(type, defaults.get(fallbackType));
    }
}
