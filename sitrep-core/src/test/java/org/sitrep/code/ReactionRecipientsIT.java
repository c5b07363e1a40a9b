package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the recipients of reactions: a verb with its own object takes no recipient from
 * the object of the verb joined to it by "and"; a definite act noun ("the drills") is the earlier act told with the
 * same word before any other hostile act; "the violence" a party condemns is the latest violent act told earlier by
 * a party other than the condemning one and the state it belongs to.
 */
class ReactionRecipientsIT {

    /** "the decision" names no party, and Uganda is only the one thanked. */
    @Test
    void aVerbWithItsOwnObjectBorrowsNoRecipientFromTheVerbJoinedToIt() {
        assertThat(Nlp.code("2025-05-10", "The Kenyan foreign minister condemned the decision and thanked Uganda "
                + "for its restraint.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).doesNotContain("UGA");
                }).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.SUPPORT);
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("UGA");
                });
    }

    /** Neither the one urged nor the party of the complement clause of the joined verb is the one condemned. */
    @Test
    void aVerbWithItsOwnObjectBorrowsNoRecipientFromTheComplementOfTheVerbJoinedToIt() {
        assertThat(Nlp.code("2025-05-10", "The Kenyan foreign minister condemned the decision and urged Uganda to "
                + "reopen talks with Tanzania.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).doesNotContain("UGA", "TZA");
                });
    }

    /**
     * The protesters' riot is the violence the minister condemns; the police's tear gas, told after it, is his own
     * side's act, and the police he thanks in the same sentence lend him no recipient either.
     */
    @Test
    void theViolenceIsTheLatestViolentActOfAnotherSide() {
        assertThat(Nlp.code("2025-05-10", "Hundreds of masked protesters hurled stones and bottles at police in Lyon "
                + "on Saturday. Police fired tear gas to disperse them. The French interior minister condemned the "
                + "violence and thanked the police for their restraint.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("FRACVL");
                });
    }

    /**
     * "the drills" are the drills told earlier, though another country's sanctions were told after them; the state
     * whose warships held them is the one judged (RUS, not its navy), as the samples' analysts code it.
     */
    @Test
    void aDefiniteActNounIsTheEarlierActOfTheSameWord() {
        assertThat(Nlp.code("2025-05-10", "Russian warships began drills in the Baltic Sea on Monday. Belarus "
                + "announced sanctions on Lithuanian truckers. Lithuania condemned the drills.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).containsExactly("RUS");
                });
    }

    /** "further sanctions" naming no target are against the country the same side sanctioned before. */
    @Test
    void furtherSanctionsAreAgainstTheCountrySanctionedBefore() {
        assertThat(Nlp.code("2025-05-10", "Britain on Monday imposed sanctions on two Iranian shipping companies.\n\n"
                + "The foreign secretary warned that London was ready to impose further sanctions if needed."))
                .filteredOn(e -> e.eventType() == PloverType.THREATEN).singleElement()
                .satisfies(e -> assertThat(e.recipient()).extracting(Participant::code).containsExactly("IRN"));
    }
}
