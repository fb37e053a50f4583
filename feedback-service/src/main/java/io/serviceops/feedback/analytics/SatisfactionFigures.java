package io.serviceops.feedback.analytics;

import java.util.Map;

/**
 * The figures of one period and dimension value. Percentages run 0–100 with two decimals; a figure is
 * null where nothing was there to compute it from (no ratings, no invitations).
 *
 * @param key the dimension's value ({@code ALL} without a breakdown, {@code UNKNOWN} where it was not given)
 * @param csat percent of satisfaction ratings that are 4 or 5
 * @param nps percent promoters (9–10) minus percent detractors (0–6)
 * @param complaintRate percent of responses negative enough to become a follow-up complaint
 * @param responseRate percent of post-resolution invitations issued in the period that were answered
 */
public record SatisfactionFigures(String key, String period, long responses, long ratings, Double csat,
        Double averageSatisfaction, long npsResponses, Double nps, long negative, Double complaintRate,
        long invitations, long answeredInvitations, Double responseRate, Map<String, Long> topics) {
}
