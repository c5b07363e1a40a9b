package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Issue 5 (helper "wire8"): "X, whose troops ..., accused Y": the parser may hang the main verb inside the
 * whose-clause, so the whose-noun reads as the one who acts. Sentences written by the team.
 */
class WhoseClausesIT {

    @Test
    void theNounBeforeAWhoseClauseIsTheSubjectOfTheVerbAfterIt() {
        assertThat(Nlp.code("2025-11-19", "Mali's leader, whose troops lost 12 men last month, accused Algeria of "
                + "backing the separatists.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("MLIGOV");
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("DZA");
                });
        assertThat(Nlp.code("2025-11-19", "Somalia's president, whose forces killed 20 militants last week, accused "
                + "Kenya of arming the clans.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("SOMGOV");
                });
        // a sentence the parser reads right keeps its reading
        assertThat(Nlp.code("2025-11-19", "Niger's junta chief, whose soldiers lost 30 comrades in June, blamed "
                + "France for the attack.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.actor()).extracting(Participant::code).containsExactly("NERGOV");
                });
    }
}
