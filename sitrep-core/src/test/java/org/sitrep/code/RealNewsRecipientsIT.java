package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Issue 4, recipients on real news (helper "recip5"): parties the coder took as recipients that are only a place, a
 * background clause's party or the post someone leaves, and a facility's country not taken as the target's.
 * Team-written sentences.
 */
class RealNewsRecipientsIT {

    private static final String DATE = "2024-03-11";

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void aCountryThatOnlyQualifiesAPlaceIsNoPartyOfAStatement() {
        // the address went out to a state of Australia: where it was heard, not whom the resignation concerns
        List<EventMention> events = Nlp.code(DATE, "Nauru's president announced his resignation on Sunday in a radio "
                + "address broadcast to the Australian island state.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.CONCEDE);
            assertThat(codes(e.actor())).containsExactly("NRUGOV");
            assertThat(codes(e.recipient())).noneMatch(c -> c.startsWith("AUS"));
        });
    }

    @Test
    void aThreatAgainstAForeignCountrysTownsStillTargetsIt() {
        // a force threatened against a country's towns is aimed at their people: the place rule is not for it
        List<EventMention> events = Nlp.code(DATE, "Armenia threatened to shell Azerbaijani villages if the raids "
                + "continued.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.THREATEN);
            assertThat(codes(e.recipient())).anySatisfy(c -> assertThat(c).startsWith("AZE"));
        });
    }

    @Test
    void thePostOrBodySomeoneResignsIsNoRecipient() {
        List<EventMention> events = Nlp.code(DATE, "The Nigerian finance minister resigned the chairmanship of the "
                + "Economic Community of West African States on Monday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.CONCEDE);
            assertThat(codes(e.actor())).containsExactly("NGAGOV");
            assertThat(e.recipient()).isEmpty();
        });
    }

    @Test
    void thePartiesOfAWhenClauseOnATimeAreBackground() {
        // the Russian government is a party of what the bill would have allowed in March, not of the protest
        List<EventMention> events = Nlp.code(DATE, "Georgians have been protesting since early March, when their "
                + "parliament passed a bill that would have allowed the Russian government to deport dissidents.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
            assertThat(codes(e.actor())).containsExactly("GEOCVL");
            assertThat(codes(e.recipient())).noneMatch(c -> c.startsWith("RUS"));
        });
    }

    @Test
    void anAttackedFacilityIsOfItsCountryAndOfThoseItHouses() {
        // the parser reads "a Kuwaiti air base housing British personnel" as one compound headed by "personnel"
        List<EventMention> events = Nlp.code(DATE, "A rocket attack on a Kuwaiti air base housing British personnel "
                + "caused no casualties.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(codes(e.recipient())).contains("KWT", "GBR");
        });
        // read as the base with a participle clause: the troops it hosts are hit too
        events = Nlp.code(DATE, "Drones struck a Jordanian military base hosting French troops near Mafraq on Sunday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(codes(e.recipient())).contains("JOR", "FRAMIL");
        });
    }
}
