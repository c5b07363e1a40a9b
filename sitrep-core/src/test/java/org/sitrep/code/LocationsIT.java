package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Location;
import org.sitrep.testing.Nlp;

/** Where events happened, on sentences written by the team: the place a reader would name, with its country. */
class LocationsIT {

    private static Location where(String sentence, String trigger) {
        List<EventMention> events = Nlp.code("2026-01-12", sentence);
        return events.stream().filter(e -> e.evidence().trigger().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in: " + events)).location();
    }

    @Test
    void anAttackIsNotPlacedInAThirdCountryThatTheTextGaveAnotherAct() {
        List<EventMention> events = Nlp.code("2026-01-12", "Iran fired missiles at a US base in Qatar on Monday "
                + "in retaliation for American strikes on Iranian nuclear sites.");
        EventMention fired = events.stream().filter(e -> e.evidence().trigger().equals("fired")).findFirst().orElseThrow();
        EventMention strikes = events.stream().filter(e -> e.evidence().trigger().equals("strikes")).findFirst()
                .orElseThrow();
        assertThat(fired.location().country()).as("the base in Qatar is where Iran's missiles flew").isEqualTo("QAT");
        assertThat(strikes.location().country()).as("the American strikes on Iranian sites were in Iran, not Qatar")
                .isEqualTo("IRN");
        assertThat(where("WASHINGTON (Reuters) - Israeli jets struck Iranian missile sites on Saturday, officials "
                + "said.", "struck").country()).as("not a dateline in neither side's country: the sites' own")
                .isEqualTo("IRN");
        assertThat(where("KYIV (Reuters) - Russian forces shelled Ukrainian positions on Saturday, officials said.",
                "shelled").name()).as("a dateline in the target's country").isEqualTo("Kyiv");
        assertThat(where("LONDON (Reuters) - Israeli jets struck Iranian missile sites in Isfahan on Saturday.",
                "struck").name()).as("the attack's own place").isEqualTo("Isfahan");
        List<EventMention> story = Nlp.code("2026-01-12", "Russia's defence minister met Chinese officials at a "
                + "conference in Beijing on Monday.\n\nUkraine launched drones at Russian oil refineries overnight, "
                + "the governor said.");
        assertThat(story.stream().filter(e -> e.evidence().trigger().equals("launched")).findFirst().orElseThrow()
                .location().country()).as("the setting of the talks is not carried to the drone attack: the "
                + "refineries are Russia's").isEqualTo("RUS");
    }

    @Test
    void aWordsToPhraseIsItsAddresseeButAJourneysToPhraseIsWhereItWent() {
        assertThat(where("Chile's president welcomed the US decision on Tuesday, calling it a clear message to "
                + "Caracas.", "welcomed")).as("a message to Caracas was not sent from there").isNull();
        assertThat(where("Chile's president praised Peru's reforms during a visit to Lima on Tuesday.", "praised")
                .name()).as("a visit to Lima").isEqualTo("Lima");
    }

    @Test
    void aPlaceOfAJoinedClauseWithItsOwnSubjectIsThatClausesPlace() {
        assertThat(where("On Tuesday morning, Israel accused Hezbollah of breaking the truce, and its defence minister "
                + "ordered the army to respond against targets in Beirut.", "accused"))
                .as("the targets in Beirut are the minister's order's, not where Israel accused").isNull();
    }

    @Test
    void sanctionsTakeNoSettingOfAnEarlierSentence() {
        List<EventMention> events = Nlp.code("2026-01-12", "The Danish prime minister hosted NATO's secretary "
                + "general in Copenhagen on Monday.\n\nThe European Union separately approved new sanctions against "
                + "Russia.");
        assertThat(events.stream().filter(e -> e.evidence().trigger().equals("approved")).findFirst().orElseThrow()
                .location()).as("the EU's sanctions were not decided in Copenhagen").isNull();
        assertThat(events.stream().filter(e -> e.evidence().trigger().equals("hosted")).findFirst().orElseThrow()
                .location().name()).isEqualTo("Copenhagen");
    }

    @Test
    void aPlaceWhoseLastWordTheTaggerReadsAsAnAdjectiveIsStillThatPlace() {
        Location town = where("Thousands of students marched into Novi Sad on Saturday.", "marched");
        assertThat(town).as("'Sad' is tagged JJ; the town is still found").isNotNull();
        assertThat(town.name()).isEqualTo("Novi Sad");
        assertThat(town.country()).isEqualTo("SRB");
        List<EventMention> events = Nlp.code("2026-01-12", "Thousands of students marched into Novi Sad on Saturday.");
        assertThat(events.get(0).recipient()).as("neither the weekday nor half the town's name is a party")
                .isEmpty();
    }

    @Test
    void aSeaIsARegionWithNoCountryUnlessItsWordsNameADivision() {
        Location sea = where("The Houthis fired a missile at a tanker in the Red Sea on Monday.", "fired");
        assertThat(sea.name()).isEqualTo("Red Sea");
        assertThat(sea.country()).isNull();
        assertThat(sea.precision()).isEqualTo("region");
        assertThat(sea.lat()).isNotNull();
        Location state = where("Militants attacked a police post in Red Sea state on Monday.", "attacked");
        assertThat(state.precision()).isEqualTo("admin1");
        assertThat(state.country()).isEqualTo("SDN");
    }

    @Test
    void aVillageTheGazetteerLacksIsNamedAsWrittenWithTheCountryAndStateTheTextGives() {
        Location l = where("Bandits killed 12 villagers in the village of Kafin Dangi in Nigeria's Zamfara state on "
                + "Monday.", "killed");
        assertThat(l.name()).isEqualTo("Kafin Dangi");
        assertThat(l.country()).isEqualTo("NGA");
        assertThat(l.admin1()).isEqualTo("Zamfara State");
        assertThat(l.lat()).as("no coordinates are invented").isNull();
    }

    @Test
    void aCampNamedBeforeItsNounTakesTheCountryOfThePlaceItIsNear() {
        Location l = where("Shells hit the Kalma displacement camp near Nyala on Sunday, killing eight people.", "hit");
        assertThat(l.name()).isEqualTo("Kalma");
        assertThat(l.country()).isEqualTo("SDN");
    }

    @Test
    void aNamePlacedInsideAKnownRegionIsAPlaceOfThatRegionsCountry() {
        Location l = where("Gunmen attacked a bus near Dandwar in Indian-administered Kashmir on Sunday.", "attacked");
        assertThat(l.name()).isEqualTo("Dandwar");
        assertThat(l.country()).isEqualTo("IND");
    }

    @Test
    void theCityACaptureVerbTakesIsWhereItHappened() {
        assertThat(where("Rebels captured Goma on Monday after days of fighting.", "captured").name()).isEqualTo("Goma");
    }

    @Test
    void aPossessiveCityOwningASiteIsThePlace() {
        Location l = where("Police detained the opposition leader at Nairobi's main airport on Friday.", "detained");
        assertThat(l.name()).isEqualTo("Nairobi");
        assertThat(l.country()).isEqualTo("KEN");
    }

    @Test
    void aCountryModifyingANounIsNoPlaceButThePlaceOfThatNounIs() {
        Location l = where("Brazil sent a delegation to the Gaza reconstruction conference in Cairo on Monday.", "sent");
        assertThat(l.name()).isEqualTo("Cairo");
    }

    @Test
    void aWarTheEventServesIsNoPlaceOfTheEvent() {
        Location l = where("Iran denied supplying Russia with missiles for its war in Ukraine.", "supplying");
        assertThat(l == null ? null : l.name()).isNotEqualTo("Ukraine");
    }

    @Test
    void aDivisionSharingACountrysNameIsTheDivisionOfThePlacesBesideIt() {
        Location savannah = where("Police in Georgia arrested two men after a shooting in Savannah on Saturday.",
                "arrested");
        assertThat(savannah.country()).isEqualTo("USA");
        Location paris = where("Police in Paris, Texas, arrested a man on Thursday.", "arrested");
        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.country()).isEqualTo("USA");
        assertThat(paris.admin1()).isEqualTo("Texas");
        Location france = where("Police in Paris arrested a man on Thursday.", "arrested");
        assertThat(france.country()).isEqualTo("FRA");
    }

    @Test
    void aCapitalAsTheTargetOfAnAttackIsThePlaceNotOnlyTheGovernment() {
        assertThat(where("Russian drones struck Kyiv and other cities overnight.", "struck").name()).isEqualTo("Kyiv");
        assertThat(where("A drone strike on Kyiv's main maternity hospital killed three people.", "strike").name())
                .isEqualTo("Kyiv");
    }

    @Test
    void theTownNamedAfterAnotherPlacesNounIsThePlace() {
        Location l = where("Israeli shelling of the central Gaza town of Deir al-Balah killed 12 people on Sunday.",
                "killed");
        assertThat(l.text()).contains("Deir al-Balah");
        assertThat(l.country()).isEqualTo("PSE");
    }

    @Test
    void whereASpeakerSitsIsNotWhereTheEventHappened() {
        Location l = where("Officials in Brussels said the bloc imposed sanctions on three Iranian generals.", "imposed");
        assertThat(l == null ? null : l.name()).isNotEqualTo("Brussels");
    }

    @Test
    void aRouteIsNotWhereADeliveryHappened() {
        Location l = where("The agency delivered 90 trucks of flour into the Gaza Strip through the Erez crossing on "
                + "Monday.", "delivered");
        assertThat(l.name()).isEqualTo("Gaza Strip");
    }

    @Test
    void cityNamesWithParticlesAndEnglishNamesAreFound() {
        assertThat(where("Police detained 20 protesters in Dar es Salaam on Monday.", "detained").name())
                .isEqualTo("Dar es Salaam");
        assertThat(where("Iranian and European diplomats met in Geneva on Friday.", "met").country()).isEqualTo("CHE");
    }

    @Test
    void aCountryReceivingWeaponsOrSanctionsIsNoPlaceButADestinationTheVerbTakesIs() {
        Location sanctions = where("Canada imposed new sanctions on Belarus on Monday.", "imposed");
        assertThat(sanctions == null ? null : sanctions.name()).isNotEqualTo("Belarus");
        Location delivered = where("Norway has delivered two more air defence systems to Ukraine, the defence ministry "
                + "in Oslo said on Monday.", "delivered");
        assertThat(delivered.name()).isEqualTo("Ukraine");
    }

    @Test
    void aMarchThroughACitySetsTheStoryButAnActOfAnotherMonthIsNotPlacedThere() {
        List<EventMention> events = Nlp.code("2026-01-12", "About 2,000 farmers marched through the central Spanish "
                + "city of Toledo on Monday.\n\nSeveral dozen protesters threw bottles at police.\n\nPolice detained "
                + "six people after the scuffles.\n\nEarlier this month, Moroccan coast guards seized a boat carrying "
                + "dozens of Spanish activists.");
        for (String trigger : List.of("threw", "detained")) {
            assertThat(events.stream().filter(e -> e.evidence().trigger().equals(trigger)).findFirst().orElseThrow()
                    .location().name()).as(trigger).isEqualTo("Toledo");
        }
        Location seized = events.stream().filter(e -> e.evidence().trigger().equals("seized")).findFirst()
                .orElseThrow().location();
        assertThat(seized == null ? null : seized.name()).as("told of another time").isNotEqualTo("Toledo");
    }

    @Test
    void aVisitTakesPlaceInTheCountryOrCapitalVisited() {
        assertThat(where("Kenya's foreign minister visited Norway on Tuesday.", "visited").country())
                .as("a country visited is where the visit was, though it is also the visit's recipient")
                .isEqualTo("NOR");
        assertThat(where("Kenya's foreign minister visited Oslo on Tuesday.", "visited").name())
                .as("a capital visited is a place as well as a metonym").isEqualTo("Oslo");
        List<EventMention> events = Nlp.code("2026-01-12", "Kenyan President William Ruto, on a visit to Norway on "
                + "Tuesday, said he expected new investment in geothermal power.");
        EventMention visit = events.stream().filter(e -> e.evidence().trigger().equals("visit")).findFirst()
                .orElseThrow(() -> new AssertionError("the visit is coded though its phrase hangs on 'said': " + events));
        assertThat(visit.cameo()).isEqualTo("042");
        assertThat(visit.actor()).extracting(p -> p.code()).containsExactly("KENGOV");
        assertThat(visit.location().country()).isEqualTo("NOR");
    }

    @Test
    void aCountrysGroundNamedByItsOwnerIsWhereItHappened() {
        assertThat(where("Jordan's air force struck Syrian border villages on Sunday, the army said.", "struck")
                .country()).as("villages named by their country").isEqualTo("SYR");
        assertThat(where("Jordan's air force struck Syrian army units on Sunday, the army said.", "struck"))
                .as("troops may be anywhere: no place from their country alone").isNull();
        assertThat(where("Estonian jets shot down two Russian drones that had entered Finland's airspace.",
                "shot").country()).as("the airspace the planes had entered").isEqualTo("FIN");
        assertThat(where("Venezuela threatened to blockade Guyana's ports.", "threatened").country())
                .as("ports named by their owner, the target").isEqualTo("GUY");
        assertThat(where("Lithuania will station 3,000 soldiers along its border with Russia next year.",
                "station").country()).as("its border: the actor's own side").isEqualTo("LTU");
    }

    @Test
    void aCauseIsNoPlaceAndACrowdProtestsAtHomeWhenTheStoryNamesNoPlace() {
        assertThat(where("Greek dockworkers staged a strike on Tuesday in solidarity with Gaza.", "staged")
                .country()).as("the cause is not where the strike was; the strikers' country is").isEqualTo("GRC");
        List<EventMention> story = Nlp.code("2026-01-12", "Thousands of farmers rallied in Lyon on Monday.\n\n"
                + "French farmers protested again on Tuesday, blocking roads.");
        assertThat(story.stream().filter(e -> e.evidence().trigger().equals("protested")).findFirst().orElseThrow()
                .location().name()).as("the story's setting comes before the crowd's country").isEqualTo("Lyon");
    }

    @Test
    void thePlaceOfAnActAskedForOrThreatenedIsNotWhereItWasAskedOrThreatened() {
        assertThat(where("Germany urged Turkey not to launch strikes in northern Iraq.", "urged"))
                .as("the strikes' place, not the urging's").isNull();
        assertThat(where("Serbia threatened to expel diplomats from the embassy in Pristina.", "threatened"))
                .as("the expulsion's place, not the threat's").isNull();
        assertThat(where("Turkey's foreign minister urged Hamas at a meeting in Doha on Monday to release the "
                + "hostages.", "urged").name()).as("the urging's own place").isEqualTo("Doha");
    }
}
