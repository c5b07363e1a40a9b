package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on outputs whose scores can be worked out by hand. */
class AebScorerTest {
    private static final String GOLD = "Russia fired 518 drones and missiles at Ukraine last night, officials said.";

    @Test
    void aPerfectExtractionScoresOne() {
        AebScorer s = new AebScorer();
        s.add(GOLD, GOLD + "\n");
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.accuracy()).isEqualTo(1.0);
    }

    @Test
    void anEmptyOutputHasNoPrecisionTermAndZeroRecall() {
        AebScorer s = new AebScorer();
        s.add(GOLD, "");
        assertThat(s.recall()).isZero();
        assertThat(s.precision()).isZero(); // no document had tp + fp > 0
        assertThat(s.f1()).isZero();
        assertThat(s.accuracy()).isZero();
    }

    @Test
    void extraWordsLowerPrecisionOnly() {
        AebScorer s = new AebScorer();
        // 12 gold tokens: 9 shingles. Output adds 4 tokens after them: 13 more... computed: 9 shared, 4 extra.
        s.add(GOLD, GOLD + " Read more stories here");
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(9.0 / 13.0, within(1e-9));
        assertThat(s.accuracy()).isZero();
    }

    @Test
    void shortTextsAreOneShorterShingle() {
        assertThat(AebScorer.shingles(List.of("a", "b"))).containsOnlyKeys(List.of("a", "b"));
        assertThat(AebScorer.shingles(List.of())).isEmpty();
        assertThat(AebScorer.shingles(List.of("a", "b", "c", "d", "e"))).hasSize(2);
        assertThat(AebScorer.tokens("Zelens'kyy, 518-drone \u00e9t\u00e9_1!")).containsExactly("Zelens", "kyy", "518",
                "drone", "\u00e9t\u00e9_1");
    }

    @Test
    void averagesAreOverDocumentsThenCombined() {
        AebScorer s = new AebScorer();
        s.add(GOLD, GOLD);           // P 1, R 1
        s.add(GOLD, "");             // R 0, no precision term
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
