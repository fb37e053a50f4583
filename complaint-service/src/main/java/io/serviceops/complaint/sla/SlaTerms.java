package io.serviceops.complaint.sla;

import java.time.Duration;

/**
 * The time limits one complaint is held to: the policy version it was filed under, already adjusted
 * for its priority. A complaint keeps its terms when an operator later edits the policy.
 *
 * @param atRiskPercent share of a deadline's budget after which the case is flagged at risk
 * @param escalatePercent share of a deadline's budget after which the case is escalated (100 = at the deadline)
 * @param confirmationWindow how long a resolved case waits for the customer's confirmation before it is
 *     closed unconfirmed; null = it waits until someone closes it
 * @param responseLimit working time after which a case still unanswered misses the manuals' "响应时限 ≤24小时"
 *     and is announced as left unanswered; null for cases filed before it was tracked (never announced)
 */
public record SlaTerms(String policyType, int policyVersion, Duration firstResponse, Duration resolution,
        BusinessCalendar calendar, int atRiskPercent, int escalatePercent, Duration confirmationWindow,
        Duration responseLimit) {

    public Duration budget(DeadlineKind kind) {
        return kind == DeadlineKind.FIRST_RESPONSE ? firstResponse : resolution;
    }
}
