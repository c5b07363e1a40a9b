package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.Quantity;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the attribute rules of issue 6 (round two): a past year or month opening the sentence,
 * a year naming an episode ("the 2019 riots"), "N years after" recalling an event, "poised to" and "on the verge of"
 * as expectations, and quantities (vague multiples, money, durations and the parties of a story left out).
 */
class AttributeRoundTwoIT {

    private static EventMention event(String date, String sentence, String trigger) {
        List<EventMention> events = Nlp.code(date, sentence);
        return events.stream().filter(e -> e.evidence().trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | trigger | date value | factuality
            "2025-06-10|In 2017, Kenyan police fired tear gas at opposition supporters in Kisumu.|fired|2017|HISTORICAL",
            "2025-06-10|In September, Malian soldiers arrested the mayor of Gao.|arrested|2024-09|HISTORICAL",
            "2025-06-10|Hundreds of people were detained during the 2019 riots in Santiago.|detained|2019|HISTORICAL",
            "2025-06-10|The vigil comes four years after soldiers shot dead protesters in Mandalay.|shot|2021|HISTORICAL",
            "2025-06-10|The rebels are poised to capture the town of Goma on Sunday.|capture|2025-06-15|EXPECTED",
            "2025-06-10|Niger's junta is on the verge of signing a defence pact with Russia.|signing|2025-06-10|EXPECTED",
    })
    void datesAndFactuality(String date, String sentence, String trigger, String value, Factuality factuality) {
        EventMention e = event(date, sentence, trigger);
        assertThat(e.date().value()).isEqualTo(value);
        assertThat(e.factuality()).isEqualTo(factuality);
    }

    private static List<Long> numbers(EventMention e) {
        return e.quantities().stream().map(q -> q.value() != null ? q.value() : q.min()).toList();
    }

    @Test
    void tensOfThousandsIsOneQuantityOfThePeopleCounted() {
        EventMention e = event("2025-06-10", "Tens of thousands of farmers marched through Lima on Monday.", "marched");
        assertThat(numbers(e)).containsExactly(20_000L);
        assertThat(e.quantities()).singleElement().extracting(Quantity::unit).isEqualTo("farmers");
    }

    @Test
    void moneyAfterACurrencySignIsAQuantity() {
        EventMention e = event("2025-06-10", "Japan gave $300 million to Sri Lanka on Friday.", "gave");
        assertThat(e.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(300_000_000L);
            assertThat(q.unit()).isEqualTo("US dollars");
        });
    }

    @Test
    void spansOfTimeAndTheStorysPartiesAreNoQuantities() {
        EventMention ended = event("2025-06-10",
                "Sudan's army and the RSF signed a truce on Monday, ending three decades of war.", "signed");
        assertThat(numbers(ended)).doesNotContain(3L);
        EventMention swap = event("2025-06-10",
                "Armenia and Azerbaijan exchanged 12 prisoners on Monday in the first swap between the two countries.",
                "exchanged");
        assertThat(numbers(swap)).containsExactly(12L);
    }

    @Test
    void hostagesTakenByGunmenAreCountedNotArrested() {
        EventMention e = event("2025-06-10", "Gunmen kidnapped 12 aid workers in Darfur on Tuesday.", "kidnapped");
        assertThat(e.casualties().arrested()).isNull();
        assertThat(numbers(e)).containsExactly(12L);
    }
}
