package org.sitrep.eval.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeSetEvaluationTest {

    @Test
    void theWordsAsWrittenLoseTheirPrepositionAndArticle() {
        assertThat(AttributeSetEvaluation.surface("in Deir el-Balah")).isEqualTo("Deir el-Balah");
        assertThat(AttributeSetEvaluation.surface("near the Strait of Hormuz")).isEqualTo("Strait of Hormuz");
        assertThat(AttributeSetEvaluation.surface("Mosul")).isEqualTo("Mosul");
    }

    @Test
    void aDatelineLocationHasNoWordsToCompare() {
        assertThat(AttributeSetEvaluation.surface("dateline")).isNull();
        assertThat(AttributeSetEvaluation.surface(null)).isNull();
    }
}
