package io.serviceops.feedback.intake;

/**
 * A response's contribution to the analytics, as 0/1 counters and points stored with the document so
 * that a {@code $group} with plain {@code $sum}s computes CSAT, average satisfaction, NPS and the
 * complaint rate in the store.
 */
public record Tally(int rated, int satisfactionPoints, int satisfied, int npsRated, int promoters, int detractors,
        int negative) {

    static Tally of(Integer satisfaction, Integer nps, boolean negative) {
        return new Tally(satisfaction == null ? 0 : 1, satisfaction == null ? 0 : satisfaction,
                satisfaction != null && satisfaction >= 4 ? 1 : 0,
                nps == null ? 0 : 1, nps != null && nps >= 9 ? 1 : 0, nps != null && nps <= 6 ? 1 : 0,
                negative ? 1 : 0);
    }
}
