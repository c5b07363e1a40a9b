package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testing.Nlp;

/**
 * Issue 4: named political parties (parties.actors) are their country's parties, and a name several countries'
 * parties bear is the party of the country the article is about. Invented sentences.
 */
class PoliticalPartiesIT {

    @Test
    void aPartysNameAndItsMembersNameThePartyOfItsCountry() {
        ResolvedArticle r = Nlp.resolve("2025-06-01", "Democrats accused the senator of blocking the inquiry.");
        assertThat(Nlp.codesOf(r, "Democrats")).containsExactly("USAPTY");
        r = Nlp.resolve("2025-06-01", "The BJP accused the Congress party of insulting the army.");
        assertThat(Nlp.codesOf(r, "BJP")).containsExactly("INDPTY");
        assertThat(Nlp.codesOf(r, "Congress party")).containsExactly("INDPTY");
        r = Nlp.resolve("2025-06-01", "Likud and Yesh Atid traded blame over the budget on Sunday.");
        assertThat(Nlp.codesOf(r, "Likud")).containsExactly("ISRPTY");
        assertThat(Nlp.codesOf(r, "Yesh Atid")).containsExactly("ISRPTY");
    }

    @Test
    void aNameSeveralCountriesPartiesBearIsThePartyOfTheCountryTheArticleNames() {
        ResolvedArticle r = Nlp.resolve("2025-06-01", "The Labour Party condemned the New Zealand government's "
                + "decision on Tuesday.");
        assertThat(Nlp.codesOf(r, "Labour Party")).containsExactly("NZLPTY");
        r = Nlp.resolve("2025-06-01", "The Labour Party condemned the Norwegian government's decision on Tuesday.");
        assertThat(Nlp.codesOf(r, "Labour Party")).containsExactly("NORPTY");
        // with no country named, the party English-language news means most often
        r = Nlp.resolve("2025-06-01", "The Labour Party condemned the decision on Tuesday.");
        assertThat(Nlp.codesOf(r, "Labour Party")).containsExactly("GBRPTY");
        // the country may be named sentences later
        r = Nlp.resolve("2025-06-01", "The Democratic Party walked out of the assembly on Tuesday.\n\nThe vote was "
                + "the first test of South Korea's new president.");
        assertThat(Nlp.codesOf(r, "Democratic Party")).containsExactly("KORPTY");
        // the shared name is no mention of the United States of its own (else one American and one Korean mention
        // would tie, and the first listed party would win)
        r = Nlp.resolve("2025-06-01", "The Democratic Party criticised the budget, and a South Korean official defended it.");
        assertThat(Nlp.codesOf(r, "Democratic Party")).containsExactly("KORPTY");
    }

    @Test
    void pluralNamesThatAreCommonNounsAtASentencesStartNeedTheArticle() {
        ResolvedArticle r = Nlp.resolve("2025-06-01", "Conservatives criticised the ruling on Monday.");
        assertThat(r.actors()).noneMatch(m -> m.text().contains("Conservatives"));
        r = Nlp.resolve("2025-06-01", "The Conservatives criticised the ruling in London on Monday.");
        assertThat(Nlp.codesOf(r, "The Conservatives")).containsExactly("GBRPTY");
    }
}
