package org.sitrep.eval.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.attributes.QuotationSetEvaluation.GoldQuote;
import org.sitrep.eval.attributes.QuotationSetEvaluation.Item;
import org.sitrep.eval.attributes.QuotationSetEvaluation.Predicted;

/** The quotation scorer on predictions whose scores are known: the gold itself, nothing, and small changes. */
class QuotationSetEvaluationTest {

    /** The gold as a prediction: the same words, speaker, a code of the gold country and the gold trigger. */
    private static List<Predicted> perfect(Item item) {
        List<Predicted> out = new ArrayList<>();
        for (GoldQuote g : item.quotes()) {
            out.add(new Predicted(g.text(), g.speaker(),
                    g.speakerCountry() == null ? List.of() : List.of(g.speakerCountry() + "GOV"),
                    g.commentsOn() == null ? List.of() : List.of(g.commentsOn())));
        }
        return out;
    }

    @Test
    void theGoldItselfScoresOneOnTheShippedSet() {
        List<Item> items = QuotationSetEvaluation.builtIn();
        assertThat(items).hasSizeGreaterThanOrEqualTo(60);
        List<String> misses = new ArrayList<>();
        Map<String, Object> m = QuotationSetEvaluation.score(items, QuotationSetEvaluationTest::perfect, misses::add);
        assertThat(misses).isEmpty();
        for (String metric : List.of("quote_precision", "quote_recall", "quote_f1", "speaker_accuracy",
                "speaker_country_accuracy", "attach_accuracy")) {
            assertThat(m.get(metric)).as(metric).isEqualTo(1.0);
        }
    }

    @Test
    void noPredictionScoresZeroAndEveryGoldQuotationIsAMiss() {
        List<Item> items = QuotationSetEvaluation.builtIn();
        List<String> misses = new ArrayList<>();
        Map<String, Object> m = QuotationSetEvaluation.score(items, item -> List.of(), misses::add);
        assertThat(m.get("quote_recall")).isEqualTo(0.0);
        assertThat(m.get("quote_f1")).isEqualTo(0.0);
        assertThat(m.get("attach_accuracy")).isEqualTo(0.0);
        long withQuotes = items.stream().filter(i -> !i.quotes().isEmpty()).count();
        assertThat(misses).hasSize((int) withQuotes);
    }

    private static final Item ONE = new Item("x", "2025-01-01", "text", List.of(
            new GoldQuote("We will rebuild every school,", "the mayor", "UKR", "struck"),
            new GoldQuote("Nobody saw anything like it", "a resident", null, null)));

    @Test
    void quotationsMatchAfterTrimmingMarksAndPunctuationAndSpeakersByContainment() {
        Map<String, Object> m = QuotationSetEvaluation.score(List.of(ONE), item -> List.of(
                new Predicted("\u201cWe will rebuild every school\u201d", "The Mayor of Kharkiv", List.of("UKRGOV"),
                        List.of("struck")),
                new Predicted("Nobody saw anything like it.", "the minister", List.of("UKRGOV"), List.of("struck")),
                new Predicted("a second line", "x", List.of(), List.of())), line -> { });
        assertThat(m.get("quote_precision")).isEqualTo(0.6667);
        assertThat(m.get("quote_recall")).isEqualTo(1.0);
        assertThat(m.get("speaker_accuracy")).isEqualTo(0.5); // "the minister" is not "a resident"
        assertThat(m.get("speaker_country_accuracy")).isEqualTo(0.5); // a code where the gold has no country
        assertThat(m.get("attach_accuracy")).isEqualTo(0.5); // attached where the gold says no event
    }

    @Test
    void theTriggerMustContainTheGoldWordAsAWholeWord() {
        assertThat(QuotationSetEvaluation.attachedRight(List.of("shot down"), "shot")).isTrue();
        assertThat(QuotationSetEvaluation.attachedRight(List.of("killed"), "kill")).isFalse();
        assertThat(QuotationSetEvaluation.attachedRight(List.of(), null)).isTrue();
        assertThat(QuotationSetEvaluation.attachedRight(List.of("met"), null)).isFalse();
        assertThat(QuotationSetEvaluation.sameCountry(List.of("IGOUNOWFP"), "IGOUNO")).isTrue();
        assertThat(QuotationSetEvaluation.sameCountry(List.of("UKRGOV", "RUSGOV"), "UKR")).isFalse();
    }
}
