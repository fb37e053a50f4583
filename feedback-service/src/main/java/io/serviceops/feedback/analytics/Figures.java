package io.serviceops.feedback.analytics;

import static io.serviceops.feedback.analytics.FeedbackAnalytics.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.bson.Document;

/** Turns the store's sums for one group into the published figures. */
final class Figures {

    private Figures() {
    }

    static SatisfactionFigures of(String key, String period, Document responses, Document invitations,
            Map<String, Long> topics) {
        long count = number(responses, "responses");
        long ratings = number(responses, "ratings");
        long npsResponses = number(responses, "npsResponses");
        long negative = number(responses, "negative");
        long invited = number(invitations, "invitations");
        long answered = number(invitations, "answered");
        Double nps = npsResponses == 0 ? null
                : round(percent(number(responses, "promoters"), npsResponses)
                        - percent(number(responses, "detractors"), npsResponses));
        return new SatisfactionFigures(key, period, count, ratings,
                ratings == 0 ? null : round(percent(number(responses, "satisfied"), ratings)),
                ratings == 0 ? null : round((double) number(responses, "points") / ratings),
                npsResponses, nps, negative, count == 0 ? null : round(percent(negative, count)),
                invited, answered, invited == 0 ? null : round(percent(answered, invited)), topics);
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
