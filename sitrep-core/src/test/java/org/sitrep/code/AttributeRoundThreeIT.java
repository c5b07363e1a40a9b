package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the attribute rules of issue 6 (round three): who denies an act, a party's claim "to
 * have" done it, state media as third parties, a source that names the actor again ("the bank said"), troops and
 * police sent or flown somewhere, forces entering a town, "on the verge of" lending its subject, and places (a town
 * before its province, parties after "between", the centre of a town, division seats, a news spelling).
 */
class AttributeRoundThreeIT {

    private static EventMention event(String date, String sentence, String trigger) {
        List<EventMention> events = Nlp.code(date, sentence);
        return events.stream().filter(e -> e.evidence().trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
    }

    @Test
    void theDenierIsTheSourceOfTheDeniedAct() {
        EventMention shelling = event("2024-03-02", "The Syrian army denied shelling a market in Idlib on Friday.",
                "shelling");
        assertThat(shelling.factuality()).isEqualTo(Factuality.DENIED);
        assertThat(shelling.attribution().source()).contains("Syrian army");
        assertThat(shelling.attribution().verb()).isEqualTo("deny");
        EventMention killed = event("2024-03-02",
                "Niger's junta rejected accusations that its soldiers had killed villagers near Tillaberi.", "killed");
        assertThat(killed.factuality()).isEqualTo(Factuality.DENIED);
        assertThat(killed.attribution().source()).contains("Niger's junta");
        assertThat(killed.attribution().verb()).isEqualTo("reject");
    }

    @Test
    void denyingAnyRoleInAnActDeniesIt() {
        EventMention e = event("2024-03-02",
                "Uganda's police on Friday denied any role in the kidnapping of a journalist in Kampala.", "kidnapping");
        assertThat(e.factuality()).isEqualTo(Factuality.DENIED);
        assertThat(e.attribution().source()).contains("Uganda's police");
    }

    @Test
    void claimingToHaveDoneSomethingIsAClaim() {
        EventMention e = event("2024-03-02",
                "Sudan's paramilitary forces claimed to have shot down a military cargo plane over Darfur.", "shot");
        assertThat(e.factuality()).isEqualTo(Factuality.CLAIMED);
        assertThat(e.attribution().verb()).isEqualTo("claim");
    }

    @Test
    void statemediaTellAsAThirdParty() {
        EventMention e = event("2024-03-02",
                "Militants attacked a checkpoint in North Sinai on Sunday, killing four Egyptian soldiers, Egyptian state"
                        + " television reported.", "attacked");
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
    }

    @Test
    void aGovernmentAgencyIsStillAParty() {
        EventMention e = event("2024-03-02",
                "Russian drones struck an apartment block in Kharkiv on Sunday, Ukraine's state emergency agency said.",
                "struck");
        assertThat(e.factuality()).isEqualTo(Factuality.CLAIMED);
    }

    @Test
    void aSourceNamingTheActorAgainIsTheActorsOwnWord() {
        EventMention e = event("2024-03-02",
                "The Asian Development Bank approved a $300 million loan to Nepal on Friday, the bank said.", "approved");
        assertThat(e.factuality()).isEqualTo(Factuality.CLAIMED);
    }

    @Test
    void troopsAndPoliceSentOrFlownSomewhereMobilize() {
        EventMention troops = event("2024-03-02",
                "Chad may send more troops to its border with Sudan, a government spokesman said.", "send");
        assertThat(troops.eventType()).isEqualTo(PloverType.MOBILIZE);
        assertThat(troops.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        EventMention police = event("2024-03-02", "Peru flew 300 police officers to Trujillo on Sunday.", "flew");
        assertThat(police.eventType()).isEqualTo(PloverType.MOBILIZE);
        assertThat(police.location().name()).isEqualTo("Trujillo");
    }

    @Test
    void troopsSentAsPartOfAnInternationalForceAreMilitaryAid() {
        EventMention e = event("2024-03-02",
                "Rwanda could send troops to Mozambique as part of a regional peacekeeping force, officials said.",
                "send");
        assertThat(e.eventType()).isEqualTo(PloverType.AID);
        assertThat(e.cameo()).isEqualTo("074");
    }

    @Test
    void troopsSentToJoinAMultinationalForceAreMilitaryAidButNotToJoinAnOffensive() {
        EventMention aid = event("2024-03-02",
                "Burundi sent 600 troops to Somalia on Monday to join a multinational force fighting al Shabaab.", "sent");
        assertThat(aid.eventType()).isEqualTo(PloverType.AID);
        EventMention move = event("2024-03-02",
                "Syria sent 2,000 troops to Deir ez-Zor on Monday to join the offensive against the rebels.", "sent");
        assertThat(move.eventType()).isEqualTo(PloverType.MOBILIZE);
    }

    @Test
    void aTimeInARelativeClauseOnAnotherNounDoesNotDateTheEvent() {
        EventMention e = event("2024-03-02",
                "Uganda denied training the rebels who seized Bunia last week.", "training");
        assertThat(e.date().value()).isEqualTo("2024-03-02");
        EventMention own = event("2024-03-02",
                "Police arrested two men over a bombing that killed five people in Quetta on Friday.", "killed");
        assertThat(own.date().value()).isEqualTo("2024-03-01");
    }

    @Test
    void aPlaceInAConditionIsNotWhereTheEventHappens() {
        EventMention e = event("2024-03-02",
                "Ethiopia could send more troops to the border if the talks in Nairobi fail.", "send");
        assertThat(e.location() == null || !"Nairobi".equals(e.location().name())).isTrue();
    }

    @Test
    void aMinisterSentToTalksIsAVisit() {
        EventMention e = event("2024-03-02", "Japan will send its foreign minister to next month's talks in Jakarta.",
                "send");
        assertThat(e.eventType()).isEqualTo(PloverType.CONSULT);
        assertThat(e.factuality()).isEqualTo(Factuality.PLANNED);
    }

    @Test
    void aShipTargetedNeedsNoNamedOwner() {
        EventMention e = event("2024-03-02", "Iranian gunboats targeted a British-flagged tanker in the Strait of Hormuz"
                + " on Friday.", "targeted");
        assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT);
    }

    @Test
    void forcesEnteringOrPushingIntoATownAssault() {
        EventMention entered = event("2024-03-02", "Rebel fighters entered Bunia on Saturday after the army withdrew.",
                "entered");
        assertThat(entered.eventType()).isEqualTo(PloverType.ASSAULT);
        EventMention pushed = event("2024-03-02", "Malian troops pushed into Kidal on Tuesday.", "pushed");
        assertThat(pushed.eventType()).isEqualTo(PloverType.ASSAULT);
        assertThat(Nlp.code("2024-03-02", "The two parties entered talks on Tuesday.").stream()
                .filter(e -> e.evidence().trigger().contains("entered"))).isEmpty();
    }

    @Test
    void theScheduleSubjectActsWhenTheParserGaveTheVisitAnotherOne() {
        EventMention e = event("2024-03-02",
                "Kenya's president is set to visit Tokyo on Monday, the first trip by an African leader this year.",
                "visit");
        assertThat(e.factuality()).isEqualTo(Factuality.PLANNED);
        assertThat(e.actor()).extracting(a -> a.code()).anyMatch(c -> c.startsWith("KEN"));
    }

    @Test
    void onTheVergeOfLendsItsSubject() {
        EventMention e = event("2024-03-02", "Guinea's junta is on the verge of expelling the EU envoy, diplomats said.",
                "expelling");
        assertThat(e.factuality()).isEqualTo(Factuality.EXPECTED);
        assertThat(e.actor()).isNotEmpty();
    }

    @Test
    void aTownBeforeItsProvinceIsThePlace() {
        EventMention e = event("2024-03-02", "Peruvian police detained 12 miners near Huaraz in Ancash region on Monday.",
                "detained");
        assertThat(e.location().name()).isEqualTo("Huaraz");
    }

    @Test
    void countriesAfterBetweenAreThePartiesNotThePlace() {
        EventMention e = event("2024-03-02", "Talks between Armenia and Azerbaijan resumed in Abu Dhabi on Monday.",
                "Talks");
        assertThat(e.location().name()).isEqualTo("Abu Dhabi");
    }

    @Test
    void theCentreOfATownIsInTheTown() {
        EventMention e = event("2024-03-02", "Sudanese army drones struck the centre of Nyala on Friday.", "struck");
        assertThat(e.location().name()).isEqualTo("Nyala");
    }

    @Test
    void aDivisionSeatIsATownEvenWithoutAPopulationCount() {
        EventMention e = event("2024-03-02", "Militants attacked a police checkpoint near Khanaqin on Sunday, Iraqi officials said.",
                "attacked");
        assertThat(e.location().country()).isEqualTo("IRQ");
        assertThat(e.location().text()).contains("Khanaqin");
    }

    @Test
    void gazaAloneIsTheTerritoryAndGazaCityTheCity() {
        EventMention strip = event("2024-03-02", "Israeli strikes killed 12 people in Gaza on Sunday.", "killed");
        assertThat(strip.location().name()).isEqualTo("Gaza Strip");
        EventMention city = event("2024-03-02", "Israeli strikes killed 12 people in Gaza City on Sunday.", "killed");
        assertThat(city.location().name()).isEqualTo("Gaza");
    }

    @Test
    void troopsJoiningAForceAbroadAidTheCountryWhereItServes() {
        EventMention e = event("2024-03-02",
                "Bangladesh will send 1,000 troops to join a multinational force in Haiti.", "send");
        assertThat(e.eventType()).isEqualTo(PloverType.AID);
        assertThat(e.recipient()).extracting(r -> r.code()).containsExactly("HTI");
    }

    @Test
    void mekelleIsTheNewsSpellingOfTheTigrayCapital() {
        EventMention e = event("2024-03-02", "Drones struck a fuel depot in Mekelle on Friday.", "struck");
        assertThat(e.location().name()).isEqualTo("Mekelle");
        assertThat(e.location().country()).isEqualTo("ETH");
    }
}
