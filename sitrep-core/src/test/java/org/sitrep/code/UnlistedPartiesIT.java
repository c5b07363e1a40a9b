package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for parties called by a proper name no dictionary holds (issue 5): real news names most of
 * its people and bodies by names the dictionaries do not list, and an act between two of them was dropped for want
 * of a party. Such a name is CAMEO's unknown actor "---"; an act needs its other side named too, and a pattern that
 * needs a recipient is not satisfied by an unknown name.
 */
class UnlistedPartiesIT {

    private static final String DATE = "2021-05-10";

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void anActBetweenTwoUnlistedPeopleIsCoded() {
        List<EventMention> events = Nlp.code(DATE, "Lindqvist strongly criticized Moravec over the delays.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
            assertThat(e.cameo()).startsWith("11");
            assertThat(codes(e.actor())).containsExactly("---");
            assertThat(e.actor().get(0).text()).isEqualTo("Lindqvist");
            assertThat(codes(e.recipient())).containsExactly("---");
            assertThat(e.recipient().get(0).text()).isEqualTo("Moravec");
        });
    }

    @Test
    void anUnlistedPartyMeetsABodyNamedBySectorAlone() {
        // a mutual act with a body of no country ("the police") and a name no dictionary holds: both are parties
        List<EventMention> events = Nlp.code(DATE, "Halvorsen is fully cooperating with the police.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.COOPERATE);
            assertThat(e.actor()).extracting(Participant::text).contains("Halvorsen");
        });
    }

    @Test
    void anUnlistedPartyFacingAKnownOneIsCoded() {
        // the known side keeps its code; the unknown one is "---", not dropped
        List<EventMention> events = Nlp.code(DATE, "Kowalczyk accused the Polish government of lying about the "
                + "budget.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
            assertThat(codes(e.actor())).containsExactly("---");
            assertThat(codes(e.recipient())).anySatisfy(c -> assertThat(c).startsWith("POL"));
        });
    }

    @Test
    void aCommonNounThatStartsTheSentenceIsNoName() {
        // "Marchers" is capitalised only because it starts the sentence (the tagger makes it a proper noun)
        List<EventMention> events = Nlp.code(DATE, "Marchers chanted slogans against the Kenyan government in "
                + "Nairobi.");
        assertThat(events).allSatisfy(e -> assertThat(e.actor()).extracting(Participant::code)
                .doesNotContain("---"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // one unknown party's own doing, with nobody on the other side: no event record
            "Pemberton withdrew from the race in March.",
            "Ashworth praised the quality of the documentary.",
            "Okafor and Brandt refused to hand over the ledgers.",
            // a pattern that needs a recipient ("call" someone) is not met by an unknown name
            "The mayor called Vasquez-Lorne \"a tireless worker\"."})
    void codesNoEventForALoneUnlistedParty(String sentence) {
        assertThat(Nlp.code(DATE, sentence)).isEmpty();
    }
}
