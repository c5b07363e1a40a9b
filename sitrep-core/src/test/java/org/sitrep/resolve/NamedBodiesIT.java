package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Bodies no dictionary lists, as real news names them: a proper name ending in an institution's noun ("West
 * Yorkshire Police", "Communications Regulatory Authority"), its country from a place in the name or from the
 * article, the common noun that takes it up later ("the authority"), a town written with its division ("in Kenosha,
 * Wisconsin"). Invented sentences.
 */
class NamedBodiesIT {

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void aLocalPoliceForceIsOfThePlaceItsNameHoldsNotOfTheCountryTheArticleNamesMost() {
        // the article names the United States three times (a painting's title, its owner, a currency) and Britain never
        ResolvedArticle r = Nlp.resolve("2021-03-02", "West Yorkshire Police said on Monday that they had detained a"
                + " 40-year-old man. The painting, titled America, was taken from a gallery. Its American owner had"
                + " valued it at two million US dollars. Police said a second man was questioned.");
        assertThat(Nlp.codesOf(r, "West Yorkshire Police")).containsExactly("GBRCOP");
        // a body, not a titled person called "West Yorkshire"
        assertThat(r.actors()).filteredOn(m -> m.text().equals("West Yorkshire Police"))
                .flatExtracting(ActorMention::actors).extracting(Actor::kind)
                .containsExactly(Actor.ActorKind.ORGANISATION);
        // the man the force detained, and the story's later bare "Police", are of its place
        assertThat(r.actors()).filteredOn(m -> m.sentence() == 0 && m.text().equals("man"))
                .flatExtracting(ActorMention::actors).extracting(Actor::code).containsExactly("GBRCVL");
        assertThat(r.actors()).filteredOn(m -> m.sentence() == 3 && m.text().equals("Police"))
                .flatExtracting(ActorMention::actors).extracting(Actor::code).containsExactly("GBRCOP");
    }

    @Test
    void aNamedBodyTakesItsSectorFromItsHeadNounAndItsCountryFromItsWords() {
        ResolvedArticle r = Nlp.resolve("2021-03-02", "The Lahore High Court suspended the order on Tuesday.");
        assertThat(Nlp.codesOf(r, "Lahore High Court")).containsExactly("PAKJUD");
        r = Nlp.resolve("2021-03-02", "The U.S. Environmental Protection Agency fined the refinery.");
        assertThat(Nlp.codesOf(r, "U.S. Environmental Protection Agency")).containsExactly("USAGOV");
        // a place name several countries have says nothing outside the article's countries
        r = Nlp.resolve("2021-03-02", "The Saint Louis University Hospital said on Friday it would reopen.");
        assertThat(r.actors()).flatExtracting(ActorMention::actors).noneMatch(a -> "SEN".equals(a.country()));
        // no place in the name: the article's country
        r = Nlp.resolve("2021-03-02", "Kenya's largest radio station went off the air on Monday. The Communications"
                + " Regulatory Authority (CRA) had ordered the station to stop broadcasting.");
        assertThat(Nlp.codesOf(r, "Communications Regulatory Authority")).containsExactly("KENGOV");
        // one word is no name of a body ("Commission officials"), nor is a person's name with a title before it
        r = Nlp.resolve("2021-03-02", "Police Commissioner Ahmed Farouk said the road was closed.");
        assertThat(r.actors()).filteredOn(m -> m.text().contains("Farouk"))
                .flatExtracting(ActorMention::actors).extracting(Actor::kind)
                .containsExactly(Actor.ActorKind.PERSON);
    }

    @Test
    void theCommonNounOfABodyTakesUpTheBodyNamedBefore() {
        List<EventMention> events = Nlp.code("2021-03-02", "Kenya's largest radio station went off the air on"
                + " Monday. The Communications Regulatory Authority (CRA) ordered the station to stop broadcasting."
                + " Although the CRA may grant a temporary permit, the authority refused to give the broadcaster"
                + " such a permit.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.eventType()).isEqualTo(PloverType.REJECT);
            assertThat(codes(e.actor())).containsExactly("KENGOV");
        });
        ResolvedArticle r = Nlp.resolve("2021-03-02", "The Lagos State Transport Commission banned the buses."
                + " The commission said on Friday the ban would stay.");
        assertThat(r.actors()).filteredOn(m -> m.sentence() == 1 && m.text().equals("commission"))
                .flatExtracting(ActorMention::actors).extracting(Actor::code).containsExactly("NGAGOV");
    }

    @Test
    void aTownWrittenWithItsDivisionIsAPlaceWhateverTheArticleIsAbout() {
        ResolvedArticle r = Nlp.resolve("2021-03-02", "A truck was stolen from a depot in Kenosha, Wisconsin.");
        assertThat(r.places()).extracting(PlaceMention::text).contains("Kenosha", "Wisconsin");
        assertThat(r.places()).allMatch(p -> p.place().country().equals("USA"));
        r = Nlp.resolve("2021-03-02", "The statue was taken from a garden in Oxfordshire, England.");
        assertThat(r.places()).filteredOn(p -> p.text().equals("Oxfordshire"))
                .allMatch(p -> p.place().country().equals("GBR")).isNotEmpty();
    }
}
