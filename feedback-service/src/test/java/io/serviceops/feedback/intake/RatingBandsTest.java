package io.serviceops.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingBandsTest {

    @Test
    void countsFourAndFiveAsSatisfied() {
        assertThat(FeedbackMetrics.satisfactionBand(5)).isEqualTo("satisfied");
        assertThat(FeedbackMetrics.satisfactionBand(4)).isEqualTo("satisfied");
        assertThat(FeedbackMetrics.satisfactionBand(3)).isEqualTo("neutral");
        assertThat(FeedbackMetrics.satisfactionBand(2)).isEqualTo("dissatisfied");
    }

    @Test
    void bandsNpsAsPromotersPassivesAndDetractors() {
        assertThat(FeedbackMetrics.npsBand(9)).isEqualTo("promoter");
        assertThat(FeedbackMetrics.npsBand(8)).isEqualTo("passive");
        assertThat(FeedbackMetrics.npsBand(7)).isEqualTo("passive");
        assertThat(FeedbackMetrics.npsBand(6)).isEqualTo("detractor");
        assertThat(FeedbackMetrics.npsBand(0)).isEqualTo("detractor");
    }
}
