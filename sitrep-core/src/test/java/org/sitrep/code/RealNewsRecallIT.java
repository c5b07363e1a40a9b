package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Issue 5 (helper "wire10"): events that real news tells with a parse the coder misread. Sentences written by the
 * team.
 */
class RealNewsRecallIT {

    private static final String CONTEXT = "Officials gave few details on Thursday. ";

    @Test
    void aDayBetweenThePassiveAuxiliaryAndItsParticipleKeepsThePassive() {
        // parsed as "was on Friday" (a copula clause) with "rammed" an adjective clause of the day
        assertThat(Nlp.code("2024-03-09", CONTEXT + "An explosives-laden van was on Friday rammed into an army "
                + "checkpoint in Kandahar.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.recipient()).extracting(Participant::code).anyMatch(c -> c.startsWith("AFG"));
                });
    }

    @Test
    void aParticipleAfterACommaWithAByPhraseModifiesTheEventNounBeforeIt() {
        // the parser hangs "carried out by" on "died" as a bare dep; it is a reduced relative clause on "ambush"
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Eleven villagers died in the ambush, allegedly carried out by "
                + "the Taliban.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.actor()).extracting(Participant::code).anyMatch(c -> c.startsWith("AFG"));
                });
    }

    @Test
    void theAgentOfAPerpetratingParticipleIsTheActorOfTheEventNoun() {
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Nine soldiers died in an ambush conducted by the Taliban near "
                + "Ghazni.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.actor()).extracting(Participant::code).anyMatch(c -> c.startsWith("AFG"));
                });
        // who only judges the act did not do it
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Nine soldiers died in an ambush, later condemned by the United "
                + "Nations.")).noneSatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
                    assertThat(e.actor()).extracting(Participant::code).anyMatch(c -> c.startsWith("IGO"));
                });
    }

    @Test
    void whatALawDoesInARelativeClauseIsTheActOfTheBodyThatPassedIt() {
        assertThat(Nlp.code("2024-03-09", CONTEXT + "The parliament of Portugal passed a bill which decriminalized "
                + "abortion.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.CONCEDE);
                    assertThat(e.actor()).extracting(Participant::code).anyMatch(c -> c.startsWith("PRT"));
                });
    }

    @Test
    void newSouthWalesIsAustraliaNotWales() {
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Police in New South Wales arrested two men.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
            assertThat(e.actor()).extracting(Participant::code).containsExactly("AUSCOP");
        });
        assertThat(Nlp.code("2024-03-09", CONTEXT + "Police in Wales arrested two men.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
            assertThat(e.actor()).extracting(Participant::code).containsExactly("GBRCOP");
        });
    }
}
