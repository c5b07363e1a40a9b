package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4, actors round 5 (real-news misses): a name in the possessive before a title is the title-holder's superior,
 * not the title-holder; an unnamed person "later identified as" a named one is that person; weapons that act for
 * their crews are the armed forces'. Invented sentences.
 */
class ActorsRoundFiveIT {

    @Test
    void aPossessiveNameBeforeATitleStaysThePersonItNames() {
        // "Lopez's chief of staff" is another man: "Lopez" keeps being the governor, and the aide serves her government
        ResolvedArticle r = Nlp.resolve("2025-03-10", "Marta Lopez Ruiz, the Ecuadorian governor, resigned on Monday."
                + " Pedro Alvarado, Lopez's chief of staff, also resigned. Lopez said she would leave the party.");
        assertThat(Nlp.codesOf(r, "Lopez")).containsExactly("ECUGOV");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("chief of staff"))
                .flatExtracting(ActorMention::actors).extracting(org.sitrep.model.Actor::code).containsOnly("ECUGOV");
        // without an apposition too
        r = Nlp.resolve("2025-03-10", "Marta Lopez Ruiz, the Ecuadorian governor, resigned on Monday."
                + " Lopez's chief of staff quit the same day. Lopez later thanked her voters.");
        assertThat(Nlp.codesOf(r, "Lopez")).containsExactly("ECUGOV");
    }

    @Test
    void weaponsThatActForTheirCrewsAreTheArmedForces() {
        ResolvedArticle r = Nlp.resolve("2025-03-10", "Syrian tanks shelled the village on Monday.");
        assertThat(Nlp.codesOf(r, "Syrian tanks")).containsExactly("SYRMIL");
        r = Nlp.resolve("2025-03-10", "British aircraft struck a depot near the border.");
        assertThat(Nlp.codesOf(r, "British aircraft")).containsExactly("GBRMIL");
        // a sector word before the weapon wins, as for "rebel forces"
        r = Nlp.resolve("2025-03-10", "Rebel tanks rolled into the town at dawn.");
        assertThat(Nlp.codesOf(r, "Rebel tanks")).containsExactly("REB");
        // a weapon that does not act is a thing, not the forces: no actor of its own
        r = Nlp.resolve("2025-03-10", "Poland will send 14 tanks to Ukraine next month.");
        assertThat(r.actors()).flatExtracting(ActorMention::actors)
                .noneMatch(a -> "MIL".equals(a.sector()));
        // a think tank is no armoured unit
        r = Nlp.resolve("2025-03-10", "A Canadian think tank criticised the budget.");
        assertThat(r.actors()).flatExtracting(ActorMention::actors)
                .noneMatch(a -> "MIL".equals(a.sector()));
    }

    @Test
    void anUnnamedPersonIdentifiedAsANamedOneIsThatPerson() {
        ResolvedArticle r = Nlp.resolve("2025-03-10", "Reports named the suspect as Nairobi resident and Somali national"
                + " Ahmed Warsame. Kenyan officers detained the man, later identified as Ahmed Warsame, near the station.");
        assertThat(Nlp.codesOf(r, "man")).containsExactly("SOM");
        // another participle is no identification: the man stays a civilian of the story's country
        r = Nlp.resolve("2025-03-10", "Reports named the suspect as Nairobi resident and Somali national"
                + " Ahmed Warsame. Kenyan officers detained the man, later seen with Ahmed Warsame, near the station.");
        assertThat(Nlp.codesOf(r, "man")).doesNotContain("SOM");
    }
}
