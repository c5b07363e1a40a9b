package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4 (helper "recip5"): "the network", "the broadcaster", "the airline" take up the media or business body the
 * article named before by its name; "the new policy" acts for the body that announced a measure just before; people
 * who travel to a country are not taken for its own; "its" takes up an administration across a sentence that names
 * no party. Invented sentences.
 */
class OutletCoreferenceIT {

    @Test
    void theNetworkIsTheBroadcasterNamedBefore() {
        ResolvedArticle r = Nlp.resolve("2024-03-11", "Norwegian broadcaster Nordvik Kringkasting lost its licence on "
                + "Monday. On Tuesday the regulator refused to give the network a temporary permit.");
        assertThat(Nlp.codesOf(r, "network")).containsExactly("NORMED");
    }

    @Test
    void withNoOutletNamedBeforeTheNounStaysNobody() {
        ResolvedArticle r = Nlp.resolve("2024-03-11", "On Tuesday the Norwegian regulator refused to give the network "
                + "a temporary permit.");
        assertThat(r.actors()).extracting(ActorMention::text).doesNotContain("network");
    }

    @Test
    void theNewPolicyActsForTheBodyThatAnnouncedAMeasure() {
        ResolvedArticle r = Nlp.resolve("2024-03-11", "On Monday the Kenyan interior ministry announced new restrictions "
                + "on imports from Uganda. The new policy bans all sugar shipments from Uganda until March.");
        assertThat(Nlp.codesOf(r, "policy")).containsExactly("KENGOV");
        // the coder then has the ban's actor
        assertThat(Nlp.code("2024-03-11", "On Monday the Kenyan interior ministry announced new restrictions on imports "
                + "from Uganda. The new policy bans all sugar shipments from Uganda until March."))
                .anySatisfy(e -> {
                    assertThat(e.evidence().trigger()).isEqualTo("bans");
                    assertThat(e.actor()).extracting(org.sitrep.model.Participant::code).containsExactly("KENGOV");
                });
    }

    @Test
    void aPolicyWithNoMeasureAnnouncedBeforeIsNobody() {
        ResolvedArticle r = Nlp.resolve("2024-03-11", "On Monday the Kenyan interior minister visited Kampala. The new "
                + "policy bans all sugar shipments from Uganda until March.");
        assertThat(r.actors()).extracting(ActorMention::text).doesNotContain("policy");
    }

    @Test
    void whoTravelsToACountryIsNoneOfItsPeople() {
        ResolvedArticle r = Nlp.resolve("2024-03-11", "Police officers flew to Chile and questioned two witnesses.");
        assertThat(Nlp.codesOf(r, "Police officers")).noneMatch(c -> c.startsWith("CHL"));
        // officers set in a country (not sent there) are still its own
        r = Nlp.resolve("2024-03-11", "Police officers in Chile questioned two witnesses.");
        assertThat(Nlp.codesOf(r, "Police officers")).allMatch(c -> c.startsWith("CHL"));
    }

    @Test
    void itsTakesUpAnAdministrationAcrossASentenceWithNoParty() {
        // the sentence between names no party as its subject, so the administration is still in focus; a
        // government named by its leader ("the Erdogan administration") is a body "its" can stand for
        ResolvedArticle r = Nlp.resolve("2024-03-11", "For weeks, the Erdogan administration has tried to close the "
                + "newspaper. The plan drew wide criticism abroad. On Monday, the Constitutional Court ruled against its "
                + "attempt.");
        assertThat(Nlp.codesOf(r, "its")).containsExactly("TURGOV");
    }
}
