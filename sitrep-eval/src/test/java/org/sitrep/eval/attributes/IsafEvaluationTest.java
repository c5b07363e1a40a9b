package org.sitrep.eval.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;

class IsafEvaluationTest {

    @Test
    void aBoundThatExcludesItsNumberStartsAtTheNextOne() {
        assertThat(IsafEvaluation.least(new Count(12L, null, "more than 12 suspected smugglers"))).isEqualTo(13);
        assertThat(IsafEvaluation.least(new Count(40L, null, "Over 40 gunmen"))).isEqualTo(41);
    }

    @Test
    void eachGroupSoBoundedStartsAtTheNextOne() {
        assertThat(IsafEvaluation.least(new Count(11L, null, "a bomb maker and more than 10 of his helpers")))
                .isEqualTo(12);
        assertThat(IsafEvaluation.least(new Count(25L, null, "over 20 gunmen, along with more than 5 drivers")))
                .isEqualTo(27);
    }

    @Test
    void otherCountsKeepTheirMinimum() {
        assertThat(IsafEvaluation.least(new Count(12L, null, "at least 12 gunmen"))).isEqualTo(12);
        assertThat(IsafEvaluation.least(new Count(3L, 3L, "three smugglers"))).isEqualTo(3);
        assertThat(IsafEvaluation.least(null)).isZero();
    }
}
