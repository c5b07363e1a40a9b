package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrafilaturaScorerTest {
    @Test
    void snippetsAreFoundAfterWhitespaceNormalisationAndCaseMatters() {
        TrafilaturaScorer s = new TrafilaturaScorer();
        s.add(List.of("Die GEMA dreht", "v\u00f6llig   am Zeiger"), List.of("Impressum", "gema"),
                "Die  GEMA\n dreht v\u00f6llig\u00a0am Zeiger! Impressum");
        assertThat(s.counts()).containsExactly(2, 1, 0, 1);
        assertThat(s.precision()).isEqualTo(2.0 / 3);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(4.0 / 5);
    }

    @Test
    void anEmptyOutputFindsNothingAndPoolsAcrossPages() {
        TrafilaturaScorer s = new TrafilaturaScorer();
        s.add(List.of("a b"), List.of("c d"), "");
        s.add(List.of("x y"), List.of(), null);
        assertThat(s.counts()).containsExactly(0, 0, 2, 1);
        assertThat(s.f1()).isZero();
        assertThat(s.pages()).isEqualTo(2);
    }

    @Test
    void datesAreExactDays() {
        TrafilaturaScorer s = new TrafilaturaScorer();
        s.addDate("2019-08-02", "2019-08-02");
        s.addDate("2019-08-02", "2019-08-03");
        s.addDate("2019-08-02", "");
        assertThat(s.dateAccuracy()).isEqualTo(1.0 / 3);
    }
}
