package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4, actors round 4: capitals named only as places, the armed men of a people with no state ("Kurdish
 * fighters"), the office a title writes against the dictionary's dated role, and a ministry named again with a
 * title. Invented sentences.
 */
class ActorsRoundFourIT {

    @Test
    void aCapitalInAPlacePhraseIsNoActor() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Rival militias clashed in Tripoli overnight, the health ministry said.");
        assertThat(r.actors()).noneMatch(m -> m.text().contains("Tripoli"));
        assertThat(r.places()).anyMatch(p -> p.text().contains("Tripoli"));
        assertThat(r.locatives()).extracting(ActorMention::text).containsExactly("Tripoli");
        r = Nlp.resolve("2024-05-02", "The foreign minister of Chile arrived in Seoul on Monday for a two-day visit.");
        assertThat(r.actors()).noneMatch(m -> m.text().equals("Seoul"));
        // a country too, and a country's adjective before a place noun
        r = Nlp.resolve("2024-05-02", "Heavy fighting raged in Sudan for a third week.");
        assertThat(r.actors()).noneMatch(m -> m.text().equals("Sudan"));
        r = Nlp.resolve("2024-05-02", "Omar Haddad, a baker in the Tunisian capital, said flour had run out.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("Tunisian"))
                .allMatch(m -> m.actors().stream().allMatch(a -> "CVL".equals(a.sector())));
    }

    @Test
    void aCapitalWhereAnActorStandsIsItsGovernment() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Seoul said on Monday it would send a delegation to the talks.");
        assertThat(Nlp.codesOf(r, "Seoul")).containsExactly("KORGOV");
        r = Nlp.resolve("2024-05-02", "Oman offered to mediate between Riyadh and Tehran.");
        assertThat(Nlp.codesOf(r, "Riyadh")).containsExactly("SAUGOV");
        assertThat(Nlp.codesOf(r, "Tehran")).containsExactly("IRNGOV");
        r = Nlp.resolve("2024-05-02", "Sudan said the talks in Jeddah had failed.");
        assertThat(Nlp.codesOf(r, "Sudan")).containsExactly("SDN");
    }

    @Test
    void kurdishFightersAreRebelsOfTheCountryWhereTheyFight() {
        ResolvedArticle r = Nlp.resolve("2018-03-02", "Kurdish fighters backed by US advisers advanced in Raqqa province"
                + " on Friday.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("fighters"))
                .flatExtracting(ActorMention::actors).extracting(org.sitrep.model.Actor::code).containsOnly("SYRREB");
        // no place: rebels of no known country, never the backer's
        r = Nlp.resolve("2018-03-02", "Kurdish fighters backed by US advisers pushed into a small town on Friday.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("fighters"))
                .flatExtracting(ActorMention::actors).extracting(org.sitrep.model.Actor::code).containsOnly("REB");
        r = Nlp.resolve("2016-09-12", "Kurdish militants attacked a police station in Van province, killing three officers.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("militants"))
                .flatExtracting(ActorMention::actors).extracting(org.sitrep.model.Actor::code).containsOnly("TURREB");
        // forces, not the state's military; the place they were driven from is where they fight
        r = Nlp.resolve("2017-06-20", "Kurdish-led forces drove the jihadists out of Raqqa with help from British jets.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("forces"))
                .flatExtracting(ActorMention::actors).extracting(org.sitrep.model.Actor::code).containsOnly("SYRREB");
    }

    @Test
    void anInternationalBodyInTheTitleWinsOverTheDatedRole() {
        // dated four months before the term began: the writer's title is the office
        ResolvedArticle r = Nlp.resolve("2024-06-01", "NATO Secretary-General Mark Rutte told allies to buy more"
                + " air defence systems.");
        assertThat(Nlp.codesOf(r, "NATO Secretary-General Mark Rutte")).containsExactly("IGONAT");
        // the same man under his national title that day
        r = Nlp.resolve("2024-06-01", "Prime Minister Mark Rutte opened a bridge in Utrecht.");
        assertThat(Nlp.codesOf(r, "Prime Minister Mark Rutte")).containsExactly("NLDGOV");
        // a UN envoy with an earlier national office is the UN's
        r = Nlp.resolve("2025-06-24", "UN envoy Hanna Tetteh urged the rival camps to agree on a budget.");
        assertThat(Nlp.codesOf(r, "UN envoy Hanna Tetteh")).containsExactly("IGOUNO");
        // a country's ambassador to the body stays the country's diplomat
        r = Nlp.resolve("2023-03-01", "UN Ambassador Linda Thomas-Greenfield said the draft went too far.");
        assertThat(Nlp.codesOf(r, "UN Ambassador Linda Thomas-Greenfield")).containsExactly("USAGOV");
    }

    @Test
    void theMinistryTakesUpTheMinistryNamedBefore() {
        ResolvedArticle r = Nlp.resolve("2024-08-02", "Ghana's interior ministry said on Monday it had closed two"
                + " border posts. A spokeswoman for the ministry said travellers from Togo would be turned back.");
        assertThat(Nlp.codesOf(r, "spokeswoman for the ministry")).containsExactly("GHAGOV");
    }

    @Test
    void headsOfUnAgenciesAreTheirAgencies() {
        ResolvedArticle r = Nlp.resolve("2020-04-08", "Tedros Adhanom Ghebreyesus urged governments not to"
                + " politicise the pandemic.");
        assertThat(Nlp.codesOf(r, "Tedros Adhanom Ghebreyesus")).containsExactly("IGOUNOWHO");
        r = Nlp.resolve("2024-02-01", "Amy Pope said more migrants had died crossing the Mediterranean last year.");
        assertThat(Nlp.codesOf(r, "Amy Pope")).containsExactly("IGOUNOIOM");
        // before her UN post, the Australian foreign minister
        r = Nlp.resolve("2017-05-01", "Julie Bishop said Canberra would fund the new camp clinics.");
        assertThat(Nlp.codesOf(r, "Julie Bishop")).containsExactly("AUSGOV");
        r = Nlp.resolve("2025-02-01", "Julie Bishop said both sides must let aid reach Rakhine.");
        assertThat(Nlp.codesOf(r, "Julie Bishop")).containsExactly("IGOUNO");
    }
}
