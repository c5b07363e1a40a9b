package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4, actors round 8 (real-news actor codes): a country written with a hyphen before a participle of backing,
 * arming or occupying is not the country of the noun it qualifies; plural "governments" are no one country's; a
 * business's workers are labour. Invented sentences.
 */
class ActorsRoundEightIT {

    @Test
    void aBackersCountryIsNotTheCountryOfThoseItBacks() {
        // the only country of the sentence is the backer: the militiamen are nobody's we can name
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Qatari-funded militiamen stormed the depot at dawn.");
        assertThat(Nlp.codesOf(r, "militiamen")).noneMatch(c -> c.startsWith("QAT"));
        // where they fight still gives them a country
        r = Nlp.resolve("2024-05-02", "Qatari-funded militiamen stormed a depot in Libya.");
        assertThat(Nlp.codesOf(r, "militiamen")).containsExactly("LBYREB");
        // a country's adjective with no participle still names their country
        r = Nlp.resolve("2024-05-02", "Qatari militiamen stormed the depot at dawn.");
        assertThat(Nlp.codesOf(r, "Qatari militiamen")).containsExactly("QATREB");
        // the leader's country stays the noun's: "Turkish-led troops" are Turkey's
        r = Nlp.resolve("2024-05-02", "Turkish-led troops crossed the river at dawn.");
        assertThat(Nlp.codesOf(r, "troops")).containsExactly("TURMIL");
    }

    @Test
    void aBusinesssWorkersAreLabour() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Kenyan police detained workers of the Eastern Cement Company of"
                + " Mombasa on Monday.");
        assertThat(Nlp.codesOf(r, "workers of the Eastern Cement Company of Mombasa")).containsExactly("KENLAB");
        // the same when the complement names the company's city
        r = Nlp.resolve("2024-05-02", "Police pressured workers of the Lakeside Bus Company of Nairobi to end the"
                + " strike.");
        assertThat(Nlp.codesOf(r, "workers of the Lakeside Bus Company of Nairobi")).containsExactly("KENLAB");
        // its spokesman still speaks for the business
        r = Nlp.resolve("2024-05-02", "Kenyan police detained a spokesman of the Eastern Cement Company of Mombasa"
                + " on Monday.");
        assertThat(Nlp.codesOf(r, "spokesman of the Eastern Cement Company of Mombasa")).containsExactly("KENBUS");
    }

    @Test
    void pluralGovernmentsAreNoneOfTheStorysCountry() {
        ResolvedArticle r = Nlp.resolve("2024-05-02", "Malawi is seeking loans from donor governments to rebuild"
                + " its roads, the finance minister said.");
        assertThat(Nlp.codesOf(r, "governments")).noneMatch(c -> c.startsWith("MWI"));
        // one government is still the story's
        r = Nlp.resolve("2024-05-02", "Malawi is seeking loans to rebuild its roads. The government said talks"
                + " would start soon.");
        assertThat(Nlp.codesOf(r, "government")).containsExactly("MWIGOV");
    }

    @Test
    void aNationalCentralBankIsItsCountrysGovernmentAndEnglandIsBritain() {
        // a Brazilian story: "England" is no unknown word for the article's country to fill in
        ResolvedArticle r = Nlp.resolve("1987-03-10", "Brazil suspended interest payments on its foreign debt. The Bank"
                + " of England said on Tuesday that British banks were not at risk.");
        assertThat(Nlp.codesOf(r, "Bank of England")).containsExactly("GBRGOV");
        r = Nlp.resolve("1987-03-10", "The Bundesbank cut its discount rate on Thursday.");
        assertThat(Nlp.codesOf(r, "The Bundesbank")).containsExactly("DEUGOV");
        r = Nlp.resolve("2024-05-02", "England and Wales tightened their rules on protest marches.");
        assertThat(Nlp.codesOf(r, "England")).containsExactly("GBR");
    }
}
