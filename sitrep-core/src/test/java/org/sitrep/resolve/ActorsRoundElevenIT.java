package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4, actors round 11 (classes of the PLOVER GSR actor misses): nouns of a compound between a body's or
 * country's word and a sector noun keep one noun phrase, and an international body's court is that body's; a
 * place's name before a plural sector noun, or after a sector noun and "of", gives the group or office the place's
 * country; a firm's name after a title ("General Motors Corp") is no titled person; dictionary gaps (the Karen
 * National Union, IPOB, MASSOB).
 * Invented sentences.
 */
class ActorsRoundElevenIT {

    private static List<String> allCodes(ResolvedArticle r) {
        return r.actors().stream().flatMap(m -> m.actors().stream()).map(Actor::code).toList();
    }

    @Test
    void nounsOfACompoundBeforeASectorNounKeepOneNounPhrase() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "The U.N. genocide tribunal sentenced a former mayor to life"
                + " in prison.");
        assertThat(Nlp.codesOf(r, "U.N. genocide tribunal")).containsExactly("IGOUNOJUD");
        r = Nlp.resolve("2024-05-02", "NATO peacekeeping troops left the northern town on Sunday.");
        assertThat(Nlp.codesOf(r, "NATO peacekeeping troops")).containsExactly("IGONATMIL");
        r = Nlp.resolve("2024-05-02", "Ukrainian air defence forces shot down twelve drones overnight.");
        assertThat(Nlp.codesOf(r, "Ukrainian air defence forces")).containsExactly("UKRMIL");
        // a noun with no link to the sector noun still parts them
        r = Nlp.resolve("2024-05-02", "Kenya told the court that the troops had left.");
        assertThat(Nlp.codesOf(r, "Kenya")).containsExactly("KEN");
    }

    @Test
    void aRegionsNameBeforeAPluralSectorNounGivesItsCountry() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Chadian officials said Darfur rebels had crossed the border"
                + " on Monday.");
        assertThat(Nlp.codesOf(r, "Darfur rebels")).containsExactly("SDNREB");
        // a name no gazetteer place has stays a name
        r = Nlp.resolve("2024-05-02", "Chadian officials said Zorblat rebels had crossed the border on Monday.");
        assertThat(allCodes(r)).noneMatch(c -> c.startsWith("SDN"));
    }

    @Test
    void aPlacesNameAfterASectorNounAndOfGivesItsCountry() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Residents of Kharkiv queued for water on Monday.");
        assertThat(Nlp.codesOf(r, "Residents of Kharkiv")).containsExactly("UKRCVL");
        r = Nlp.resolve("2024-05-02", "The mayor of Kano imposed a curfew on Friday.");
        assertThat(Nlp.codesOf(r, "mayor of Kano")).containsExactly("NGAGOV");
        // a name that is no place stays as it was
        r = Nlp.resolve("2024-05-02", "The people of Gondor marched on Friday.");
        assertThat(allCodes(r)).noneMatch(c -> c.length() > 3);
    }

    @Test
    void aFirmsNameAfterATitleIsNoTitledPerson() {
        ResolvedArticle r = Nlp.resolve("1987-04-01", "General Motors Corp said it would close a plant in Ohio.");
        assertThat(Nlp.codesOf(r, "General Motors Corp")).isNotEmpty().allMatch(c -> c.endsWith("BUS"));
        // a plural proper noun after a title names no person either
        r = Nlp.resolve("1987-04-01", "General Motors sued the union in Ohio.");
        assertThat(Nlp.codesOf(r, "General Motors")).isNotEmpty().allMatch(c -> c.endsWith("BUS"));
        // no general in the story, and another firm with the same legal form is not taken for one later
        r = Nlp.resolve("1987-04-01", "General Motors Corp said it would close a plant in Ohio. Federal Express Corp"
                + " rejected the offer.");
        assertThat(allCodes(r)).noneMatch(c -> c.endsWith("MIL"));
        // a title before a person's name keeps its sector
        r = Nlp.resolve("1987-04-01", "General Smith ordered the troops home from Ohio.");
        assertThat(Nlp.codesOf(r, "General Smith")).isNotEmpty().allMatch(c -> c.endsWith("MIL"));
    }

    @Test
    void armedAndSeparatistMovementsMissingFromTheDictionary() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "KNU fighters overran an army post near the Thai border.");
        assertThat(Nlp.codesOf(r, "KNU fighters")).containsExactly("MMRREB");
        r = Nlp.resolve("2024-05-02", "Police in Enugu arrested ten members of IPOB on Friday.");
        assertThat(allCodes(r)).contains("NGAREB");
        r = Nlp.resolve("2024-05-02", "Police detained MASSOB members in Onitsha.");
        assertThat(allCodes(r)).contains("NGAOPP");
    }

    @Test
    void theTradeBodyOfTariffsIsNoGeneralsArmy() {
        ResolvedArticle r = Nlp.resolve("1988-05-02", "Brazil asked the General Agreement on Tariffs and Trade to "
                + "rule on the dispute.");
        assertThat(Nlp.codesOf(r, "General Agreement on Tariffs and Trade")).containsExactly("IGOWTO");
        assertThat(allCodes(r)).noneMatch(c -> c.endsWith("MIL"));
    }
}
