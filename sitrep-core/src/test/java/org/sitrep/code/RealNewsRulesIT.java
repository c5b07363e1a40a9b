package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the rules drawn from the misses on real news (the Wikinews gold): force used by one
 * group on another that the text names only by what they are, an arrest in a sentence with sports words, and
 * protesters or protests the dictionaries cannot name.
 */
class RealNewsRulesIT {

    private static List<EventMention> code(String sentence) {
        return Nlp.code("2020-06-01", sentence);
    }

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void forceUsedByThePoliceOnProtestersIsAnEventThoughNoCountryIsNamed() {
        List<EventMention> events = code("In other parts of the town, the police fired rubber bullets and tear gas at "
                + "protesters.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(codes(e.actor())).containsExactly("COP");
            assertThat(codes(e.recipient())).containsExactly("CVL");
        });
        // nobody the reader could name and no force: still no event
        assertThat(code("The officials met the delegates on Tuesday.")).isEmpty();
    }

    @Test
    void anArrestIsCodedInASentenceWithSportsWords() {
        List<EventMention> events = code("A Ukrainian football coach was arrested in Kyiv on Monday on a charge of "
                + "bribery, days after the Champions League draw.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(codes(e.recipient())).allMatch(c -> c.startsWith("UKR"));
        });
        // the sports use of a conflict verb in the same kind of sentence stays out
        assertThat(code("Shakhtar beat Dynamo 2-1 in the Champions League on Monday.")).isEmpty();
    }

    @Test
    void peopleWhoProtestAndWhomNoDictionaryNamesAreTheCiviliansOfThePlace() {
        assertThat(code("Several civic groups rallied in Nairobi on Thursday against the fee increase."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
                    assertThat(codes(e.actor())).containsExactly("KENCVL");
                });
        assertThat(code("Protests erupted in Nairobi on Thursday over the fee increase.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
            assertThat(codes(e.actor())).containsExactly("KENCVL");
        });
        // a subject that is no crowd of people does not protest: vandalised shops are no demonstration
        assertThat(code("Troops recaptured the town in Borno on Tuesday and found shops vandalised."))
                .noneMatch(e -> e.eventType() == PloverType.PROTEST);
    }

    @Test
    void peopleGatheringForARallyProtest() {
        assertThat(code("Opposition supporters gathered in Lusaka on Saturday for a rally against the new law."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.PROTEST));
    }

    @Test
    void anAgentlessArrestIsTheActOfTheStateWhereItHappens() {
        assertThat(code("A teenager has been arrested after a shopkeeper was robbed in the Dutch city of Utrecht on "
                + "Sunday.")).anySatisfy(e -> {
                    assertThat(e.cameo()).isEqualTo("173");
                    assertThat(codes(e.actor())).containsExactly("NLDCOP");
                    assertThat(codes(e.recipient())).containsExactly("NLDCVL");
                });
        // no place: the state of the person's country
        assertThat(code("A Chilean cyclist was detained on Sunday on suspicion of fraud.")).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(codes(e.actor())).containsExactly("CHLCOP");
            assertThat(codes(e.recipient())).containsExactly("CHL");
        });
        // nobody named and no place: nothing to code
        assertThat(code("A teenager has been arrested after the robbery.")).isEmpty();
    }

    @Test
    void aReleaseOnBailIsTheStatesButAHostageReleaseIsNot() {
        // inside an article, a sentence with no place takes the state of the place the story is set in
        List<EventMention> events = code("Two men were questioned over the theft of a painting in Lyon on Monday. "
                + "One of them was released on bail on Tuesday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("0841");
            assertThat(codes(e.actor())).isNotEmpty().allMatch(c -> c.startsWith("FRA"));
        });
        // hostages are released by their captors, whom the passive does not name
        assertThat(code("Two hostages were released in northern Mali on Tuesday."))
                .noneMatch(e -> e.actor().stream().anyMatch(a -> a.code().startsWith("MLI")));
    }

    @Test
    void aRestrictionOnFlightsOrTradeWithACountryIsAnEmbargoOnIt() {
        assertThat(code("On Monday, Canada's transport ministry announced new restrictions on flights to Belarus."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
                    assertThat(e.cameo()).isEqualTo("163");
                    assertThat(codes(e.actor())).allMatch(c -> c.startsWith("CAN"));
                    assertThat(codes(e.recipient())).containsExactly("BLR");
                });
        assertThat(code("The new rule prohibits all imports from Belarus, except medicines.")).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("163");
            assertThat(codes(e.recipient())).containsExactly("BLR");
        });
        // a restriction on travel against an epidemic is no political act
        assertThat(code("Canada announced new restrictions on travel to Belarus to contain the measles outbreak."))
                .noneMatch(e -> e.eventType() == PloverType.COERCE);
    }

    @Test
    void aProtestHeldOrReportedSomewhereIsByThePeopleOfThePlace() {
        assertThat(code("Protests were held in Lusaka on Saturday.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
            assertThat(codes(e.actor())).containsExactly("ZMBCVL");
        });
        // a place no gazetteer knows: the people of the place the story is set in
        assertThat(code("Two teachers died when a bus crashed in Kitwe, Zambia, on Friday. A small protest took "
                + "place near the old bridge on Saturday.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.PROTEST);
                    assertThat(codes(e.actor())).containsExactly("ZMBCVL");
                });
    }

    @Test
    void bombingsThatStrikeAPlaceOfWorshipAreAnAttackOnTheCountryWhereItStands() {
        assertThat(code("Two bombings struck a crowded mosque in Kano, Nigeria, on Friday.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(codes(e.recipient())).containsExactly("NGA");
        });
    }

    @Test
    void anOutbreakThatKillsIsNoAttackNorAreCapturedPictures() {
        assertThat(code("The ministry in Suva extended a vaccination drive against the measles outbreak that had "
                + "infected 3,000 people and killed at least 40.")).noneMatch(e -> e.eventType() == PloverType.ASSAULT);
        assertThat(code("Passers-by in Suva captured pictures and video of the fire.")).isEmpty();
    }

    @Test
    void aRulingOrACeaseAndDesistOrderIssuedAgainstAPartyIsCoded() {
        assertThat(code("A judge in Lagos issued a ruling against the Nigerian government on Monday.")).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("116");
            assertThat(codes(e.recipient())).containsExactly("NGAGOV");
        });
        assertThat(code("Kenya's media regulator issued a cease-and-desist order against a private television "
                + "station on Monday.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.COERCE);
                    assertThat(codes(e.actor())).containsExactly("KENGOV");
                });
        // a ruling against nobody named is no event
        assertThat(code("The judge in Lagos issued a ruling on Monday.")).isEmpty();
    }

    @Test
    void anInvestigationOpenedInThePassiveIsTheStates() {
        assertThat(code("A criminal investigation into the bank was opened in Nairobi on Friday.")).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
            assertThat(codes(e.actor())).containsExactly("KENJUD");
            assertThat(codes(e.recipient())).noneMatch(c -> c.endsWith("CVL"));
        });
    }

    @Test
    void whatWillNotBeToleratedIsAWarning() {
        assertThat(code("Kenya's interior minister said on Monday that attacks on the police will not be tolerated."))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.THREATEN);
                    assertThat(codes(e.actor())).containsExactly("KENGOV");
                    assertThat(e.factuality()).isNotEqualTo(org.sitrep.model.Factuality.NEGATED);
                });
        assertThat(code("Kenya will not tolerate any attack on its police, the minister said on Monday."))
                .anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.THREATEN));
        // tolerance is no warning
        assertThat(code("The Kenyan government tolerates small rallies in Nairobi."))
                .noneMatch(e -> e.eventType() == PloverType.THREATEN);
    }

    @Test
    void anAttackerNamedOnlyByTheActIsNobodysButTheAttackIsCoded() {
        // the victims take the place's country; the gunman none (CAMEO leaves an unknown attacker uncoded)
        List<EventMention> events = Nlp.code("2022-05-15", "On Sunday afternoon, a gunman shot shoppers at a"
                + " supermarket in the city of Laredo, Texas.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
            assertThat(codes(e.actor())).containsExactly("REB");
            assertThat(codes(e.recipient())).containsExactly("USACVL");
        });
        // an attack on a thing no one owns is still an event
        assertThat(Nlp.code("2023-06-01", "Masked gunmen attacked a fuel convoy near the town of Kaya in Burkina"
                + " Faso on Friday.")).anySatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT));
        // a side named before the noun keeps its country
        assertThat(Nlp.code("2023-06-01", "Pakistani gunmen attacked a border post on Friday."))
                .anySatisfy(e -> assertThat(codes(e.actor())).containsExactly("PAKREB"));
    }
}
