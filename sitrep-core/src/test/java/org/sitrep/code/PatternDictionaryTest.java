package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;
import org.sitrep.resolve.DictionaryException;

class PatternDictionaryTest {
    @Test
    void everyPloverTypeHasPatternsAndTheCommonVerbsAreThere() {
        PatternDictionary d = PatternDictionary.defaults();
        assertThat(d.size()).isGreaterThan(1000);
        for (String verb : List.of("meet", "visit", "discuss", "agree", "sign", "accuse", "reject", "threaten", "protest",
                "attack", "fire", "kill", "arrest", "deploy", "urge")) {
            assertThat(d.verbs(verb)).as(verb).isNotEmpty();
        }
        for (String noun : List.of("talks", "visit", "attack", "sanctions", "strike", "protest")) {
            assertThat(d.nouns(noun)).as(noun).isNotEmpty();
        }
        for (PloverType t : PloverType.values()) {
            assertThat(allPatterns(d)).as(t.name()).anyMatch(p -> p.type() == t);
        }
    }

    private static List<EventPattern> allPatterns(PatternDictionary d) {
        return java.util.stream.Stream.of("meet", "agree", "praise", "ease", "cooperate", "aid", "release", "urge",
                        "accuse", "reject", "threaten", "protest", "expel", "deploy", "arrest", "attack")
                .flatMap(w -> d.verbs(w).stream()).toList();
    }

    @Test
    void readsOptionsAndTakesTheTypeFromTheFileName() throws Exception {
        List<EventPattern> ps = PatternDictionary.read(new ByteArrayInputStream("""
                # comment
                verb call on     | cameo=100 recipient=on
                noun air strike  | cameo=195 mode=aerial context=military recipient=on,against
                verb meet        | cameo=040 recipient=obj,with needs=recipient reciprocal
                """.getBytes(StandardCharsets.UTF_8)), "assault.patterns");
        assertThat(ps).hasSize(3).allMatch(p -> p.type() == PloverType.ASSAULT);
        assertThat(ps.get(0).words()).containsExactly("call", "on");
        assertThat(ps.get(0).anchor()).isEqualTo("call");
        assertThat(ps.get(1).anchor()).isEqualTo("strike");
        assertThat(ps.get(1).recipientRoles()).containsExactly("on", "against");
        assertThat(ps.get(1).context()).containsExactly("military");
        assertThat(ps.get(2).needsRecipient()).isTrue();
        assertThat(ps.get(2).reciprocal()).isTrue();
    }

    @Test
    void formatErrorsNameFileAndLine() {
        assertThatThrownBy(() -> PatternDictionary.read(new ByteArrayInputStream("verb meet | cameo=4a\n"
                .getBytes(StandardCharsets.UTF_8)), "consult.patterns"))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("consult.patterns:1");
        assertThatThrownBy(() -> PatternDictionary.read(new ByteArrayInputStream("adjective big | cameo=040\n"
                .getBytes(StandardCharsets.UTF_8)), "consult.patterns")).hasMessageContaining("'verb' or 'noun'");
        assertThatThrownBy(() -> PatternDictionary.read(new ByteArrayInputStream("verb x | cameo=040\n"
                .getBytes(StandardCharsets.UTF_8)), "gossip.patterns")).hasMessageContaining("PLOVER type");
    }

    @Test
    void aSentenceNeedsAParseOnlyWhenAPatternCanMatchIt() {
        PatternDictionary d = PatternDictionary.defaults();
        // "attacked" (a verb pattern) can trigger; the weather noun "storm" ("storm" is a verb pattern) and a bare "held" cannot
        assertThat(d.mayTrigger(List.of("Rebels", "attacked", "the", "town"), List.of("rebel", "attack", "the", "town"),
                List.of("NNS", "VBD", "DT", "NN"))).isTrue();
        assertThat(d.mayTrigger(List.of("A", "storm", "reached", "the", "coast"), List.of("a", "storm", "reach", "the", "coast"),
                List.of("DT", "NN", "VBD", "DT", "NN"))).as("'storm' the noun is no assault").isFalse();
        assertThat(d.mayTrigger(List.of("They", "held", "a", "concert"), List.of("they", "hold", "a", "concert"),
                List.of("PRP", "VBD", "DT", "NN"))).as("'hold' needs 'talks'").isFalse();
        assertThat(d.mayTrigger(List.of("They", "held", "talks"), List.of("they", "hold", "talk"),
                List.of("PRP", "VBD", "NNS"))).isTrue();
        assertThat(d.mayTrigger(List.of("The", "record", "held"), List.of("the", "record", "hold"),
                List.of("DT", "NN", "VBD"))).as("'hold' with subject=ceasefire needs 'ceasefire'").isFalse();
        assertThat(d.mayTrigger(List.of("The", "ceasefire", "held"), List.of("the", "ceasefire", "hold"),
                List.of("DT", "NN", "VBD"))).isTrue();
        assertThat(d.mayTrigger(List.of("Kyiv", "must", "cede", "land"), List.of("Kyiv", "must", "cede", "land"),
                List.of("NNP", "MD", "VB", "NN"))).as("a demand").isTrue();
    }

    @Test
    void anOutcomeNounAfterAVerbOfOutcomeOrConfirmationNeedsAParse() {
        PatternDictionary d = PatternDictionary.defaults();
        assertThat(d.mayTrigger(List.of("Police", "confirmed", "the", "capture", "of", "a", "smuggler"),
                List.of("police", "confirm", "the", "capture", "of", "a", "smuggler"),
                List.of("NNS", "VBD", "DT", "NN", "IN", "DT", "NN"))).isTrue();
        assertThat(d.mayTrigger(List.of("Fans", "mourned", "the", "death", "of", "a", "singer"),
                List.of("fan", "mourn", "the", "death", "of", "a", "singer"),
                List.of("NNS", "VBD", "DT", "NN", "IN", "DT", "NN"))).as("mourning is no outcome").isFalse();
        assertThat(d.mayTrigger(List.of("A", "police", "force", "capture", "a", "smuggler"),
                List.of("a", "police", "force", "capture", "a", "smuggler"),
                List.of("DT", "NN", "NN", "NN", "DT", "NN"))).as("a verb tagged as a noun").isTrue();
    }
}
