package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * News-style sentences written by the team for the rules added after the third round of unseen sentences and the
 * fresh attribute batch: states of emergency declared, migrants sent back, fugitives handed over, riots by crowds,
 * strikes told with phrasal verbs, rallies allowed, aid put on hold, ramming, troops moved, planned acts under a schedule word
 * ("are due to meet"), meetings and parades attended, naval missions, and places, titles and takeover
 * offers in sport and business news.
 */
class RoundThreeGeneralisationIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            "2023-02-06|Ecuador's government declared a state of emergency in two coastal provinces on Monday after a jailbreak by gang leaders.|COERCE|1724|ECU|",
            "2022-04-10|Malaysia sent back 300 Rohingya migrants to Myanmar last month, a rights group said.|COERCE|174|MYS|MMR",
            "2020-07-10|Mexico handed over a fugitive cartel boss to US authorities on Friday.|COOPERATE|063|MEX|USA",
            "2023-05-04|Bus drivers in Lagos walked off the job on Thursday over unpaid wages.|PROTEST|143|NGA|",
            "2021-10-22|Masked youths burned tyres and looted shops in Conakry after the vote, witnesses said.|PROTEST|145|GIN|",
            "2019-06-03|The government of Togo allowed the opposition to hold a rally in Lome for the first time in two years.|CONCEDE|0811|TGO|TGO",
            "2021-03-10|Sweden has put on hold its budget support to Burundi's government after the disputed vote.|SANCTION|1621|SWE|BDI",
            "2019-07-12|An Iranian speedboat rammed a British-flagged tanker in the Strait of Hormuz, London said.|ASSAULT|190|IRN|GBR",
            "2024-03-01|The foreign ministers of Chile and Peru are due to meet in Lima on Friday.|CONSULT|040|CHL|",
            "2024-03-01|Finland's president is due to visit Beijing on Thursday.|CONSULT|042|FIN|CHN",
            "2024-03-01|Nepal's prime minister will attend a military parade in Beijing next month.|CONSULT|042|NPL|",
            "2024-03-01|Chad might move troops to its eastern border if the fighting in Darfur spreads, a minister said.|MOBILIZE|154|TCD|",
            "2024-03-01|The European Union will launch a naval mission to protect shipping in the Red Sea.|MOBILIZE|150|IGOEUR|"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a state of emergency for a disaster is no coercion
            "Mozambique declared a state of emergency on Monday after floods swept away thousands of homes.|COERCE",
            // a crowd's looting is a riot, not a seizure
            "Masked youths burned tyres and looted shops in Conakry after the vote, witnesses said.|COERCE",
            // letting a rally go ahead is no praise
            "The government of Togo allowed the opposition to hold a rally in Lome for the first time in two years.|SUPPORT",
            // aid put on hold is no support
            "Sweden has put on hold its budget support to Burundi's government after the disputed vote.|SUPPORT",
            // sport and business news
            "Ethiopian athletes dominated the Tokyo Marathon on Sunday, capturing the top two places in the women's race.|ASSAULT",
            "The Dutch chemicals group rejected a takeover offer worth $12 billion from a US rival on Tuesday.|REJECT",
            // a visit to a parade is not the host's show of force
            "Nepal's prime minister will attend a military parade in Beijing next month.|MOBILIZE"})
    void codesNoEventOfThisType(String sentence, String type) {
        assertThat(Nlp.code("2024-05-10", sentence)).noneSatisfy(e ->
                assertThat(e.eventType()).isEqualTo(PloverType.valueOf(type)));
    }
}
