package io.serviceops.kpi.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.scorecard.TrainingEffects.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Median and spread of the training-effects report, worked out by hand. */
class TrainingEffectFiguresTest {

    @Test
    void givesTheMedianAndTheInterquartileRange() {
        // sorted 20, 30, 40, 60, 90: median 40; quartiles at ranks 1 and 3 → 30 and 60 → spread 30
        Figures figures = Figures.of(List.of(60.0, 20.0, 90.0, 40.0, 30.0), 5);

        assertThat(figures.median()).isEqualTo(40.0);
        assertThat(figures.spread()).isEqualTo(30.0);
        assertThat(figures.sampleSize()).isEqualTo(5);
        assertThat(figures.insufficientData()).isFalse();
    }

    @Test
    void interpolatesBetweenRanksForAnEvenSample() {
        // sorted 10, 20, 30, 40, 50, 60: median at rank 2.5 → 35; quartiles at 1.25 and 3.75 → 22.5 and 47.5
        Figures figures = Figures.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0), 5);

        assertThat(figures.median()).isEqualTo(35.0);
        assertThat(figures.spread()).isEqualTo(25.0);
    }

    @Test
    void belowTheMinimumSampleGivesOnlyTheSize() {
        Figures figures = Figures.of(List.of(10.0, 90.0), 5);

        assertThat(figures.insufficientData()).isTrue();
        assertThat(figures.median()).isNull();
        assertThat(figures.sampleSize()).isEqualTo(2);
        assertThat(Figures.change(figures, Figures.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 5))).isNull();
    }

    @Test
    void theChangeIsTheMedianAfterMinusTheMedianBefore() {
        Figures before = Figures.of(List.of(20.0, 30.0, 40.0, 50.0, 60.0), 5);
        Figures after = Figures.of(List.of(45.0, 55.0, 65.0, 75.0, 85.0), 5);

        assertThat(Figures.change(before, after)).isEqualTo(25.0);
    }
}
