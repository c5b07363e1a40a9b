package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the rules drawn from the Reuters development set's misses (issue 5, helper
 * "reuters8"): the wire's dateline of the 1980s ("CITY, Month D -", no agency named) and help that a verb of cutting
 * or stopping acts on.
 */
class OldWireDatelinesAndCutsIT {

    /** "LISBON, May 4 - ...": the dateline is hidden from the parser, which took the city for the subject. */
    @Test
    void aDatelineWithTheDayBeforeTheDashIsNoPartOfTheSentence() {
        assertThat(Nlp.code("2025-05-04", "LISBON, May 4 - Portugal's public school teachers began a two-day strike "
                + "over pay on Monday.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
                    assertThat(e.cameo()).isEqualTo("143");
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("PRTEDU");
                });
    }

    /** Loans or aid that are cut, suspended or frozen are help taken away, never help given. */
    @Test
    void helpThatIsCutIsNoAid() {
        assertThat(Nlp.code("2025-05-04", "Loans to Kenya were frozen by the World Bank in March."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AID));
        assertThat(Nlp.code("2025-05-04", "Loans to Kenyan exporters were curtailed by Norway last year."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AID));
        // the same loans given are aid
        assertThat(Nlp.code("2025-05-04", "Norway has extended loans to Kenyan exporters, officials said."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.AID));
    }

    /** A court declining to hear or review a party's appeal or case rejects it, as a dismissal does (REJECT 120). */
    @Test
    void aCourtDecliningToHearAnAppealRejectsIt() {
        assertThat(Nlp.code("2025-05-04", "Kenya's Supreme Court declined to hear an appeal by the opposition "
                + "against the election result.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REJECT);
                    assertThat(e.cameo()).isEqualTo("120");
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("KENJUD");
                });
        assertThat(Nlp.code("2025-05-04", "Kenya's Supreme Court declined to review the case brought by the "
                + "opposition.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.REJECT));
    }

    /** What a party is considering or weighing doing is no act yet: "is considering buying", "weighs sending". */
    @Test
    void anActUnderDeliberationIsNoEvent() {
        assertThat(Nlp.code("2025-05-04", "The minister said Japan was \"positively considering buying Canadian wheat "
                + "from next year to narrow the trade gap.\"")).isEmpty();
        assertThat(Nlp.code("2025-05-04", "Japan is weighing buying more Canadian wheat, officials said."))
                .isEmpty();
        // the purchase itself is coded
        assertThat(Nlp.code("2025-05-04", "The minister told reporters that Japan was buying more Canadian wheat."))
                .isNotEmpty();
    }

    /**
     * A noun followed by a participle phrase right after a verb with no object ("threw out the petition
     * challenging ...", "held talks with leaders worried that ...") is the verb's object, not the subject of a clause.
     */
    @Test
    void aNounWithAReducedRelativeClauseIsTheVerbsObject() {
        assertThat(Nlp.code("2025-05-04", "A Kenyan court threw out the opposition's petition challenging the "
                + "election result.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REJECT);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("KENJUD");
                });
        assertThat(Nlp.code("2025-05-04", "Kenya's president has held private talks with business leaders worried "
                + "that taxes would rise.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.CONSULT);
                    assertThat(e.actor()).extracting(Participant::code).contains("KENGOV");
                });
        // a reported clause keeps its subject: "said the talks failed"
        assertThat(Nlp.code("2025-05-04", "Kenya's president said talks with Uganda failed."))
                .noneSatisfy(e -> assertThat(e.actor()).extracting(Participant::code).containsExactly("KENGOV"));
    }
}
