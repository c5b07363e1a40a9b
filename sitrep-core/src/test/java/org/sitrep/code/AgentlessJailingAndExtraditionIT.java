package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the agentless state acts of issue 5 (helper "passive8"): a person jailed or imprisoned
 * with no agent is held by the courts of the place (a sentence served, not a police arrest), and a person extradited
 * with no agent is sent by the government of the state they are sent from, to the state they are sent to.
 */
class AgentlessJailingAndExtraditionIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | actor code (exact) | a recipient code
            "A Thai activist was jailed in Bangkok on Tuesday.|THAJUD|THACVL",
            "Two protesters were imprisoned in Minsk last year for insulting the president.|BLRJUD|BLRCVL",
            "A blogger was incarcerated in Egypt for three years.|EGYJUD|EGY"})
    void aPersonJailedWithNoAgentIsHeldByTheCourtsOfThePlace(String sentence, String actor, String recipient) {
        List<EventMention> events = Nlp.code("2025-11-19", sentence);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly(actor);
            assertThat(e.recipient()).anyMatch(p -> p.code().startsWith(recipient));
        });
    }

    @Test
    void anOffenderToldByTheCrimeIsAPersonTheStateHolds() {
        // "the killer": no dictionary party, no common noun of the held people before
        List<EventMention> events = Nlp.code("2025-11-19", "The killer was sentenced in Lyon, France on Friday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
            assertThat(e.cameo()).isEqualTo("116");
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly("FRAJUD");
            assertThat(e.recipient()).anyMatch(p -> p.code().startsWith("FRA"));
        });
    }

    @Test
    void anArrestWithNoAgentStaysThePolices() {
        List<EventMention> events = Nlp.code("2025-11-19", "A Thai activist was arrested in Bangkok on Tuesday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly("THACOP");
        });
    }

    @Test
    void aPersonJailedWithNoAgentInAStoryIsNotJailedByTheForceThatActedBefore() {
        // the police of the lead shot someone; the jailing told after it with no place is the courts' of the story
        List<EventMention> events = Nlp.code("2025-11-19", "Police shot dead a knifeman in Lyon, France on Sunday. "
                + "Two of his friends were jailed last year for robbery.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.evidence().trigger()).isEqualTo("jailed");
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly("FRAJUD");
            assertThat(e.recipient()).anyMatch(p -> p.code().equals("FRACVL"));
        });
    }

    @Test
    void aPersonExtraditedWithNoAgentIsSentByTheStateTheyLeave() {
        List<EventMention> events = Nlp.code("2025-11-19",
                "A former Italian banker was extradited from Brazil to Italy on Monday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COOPERATE);
            assertThat(e.cameo()).isEqualTo("063");
            assertThat(e.actor()).extracting(p -> p.code()).containsExactly("BRAGOV");
            assertThat(e.recipient()).anyMatch(p -> p.code().equals("ITA"));
        });
    }

    @Test
    void theStateAPersonIsExtraditedToIsNeverTheSender() {
        List<EventMention> events = Nlp.code("2025-11-19",
                "A former Italian banker was extradited to Italy on Monday.");
        assertThat(events).noneMatch(e -> e.actor().stream().anyMatch(p -> p.code().startsWith("ITA")));
    }
}
