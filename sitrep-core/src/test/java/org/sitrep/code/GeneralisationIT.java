package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * News-style sentences written by the team for the rules added when coding unseen sentences: passives of verb and
 * object patterns, "an end to" phrases, predicate event nouns, forces sent abroad to help, anaphoric subjects of
 * reported threats, natural disasters and match results, and the vocabulary a news editor lists for each type.
 */
class GeneralisationIT {

    private static List<String> countries(List<Participant> ps) {
        return ps.stream().map(Participant::country).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor country | a recipient country (or empty)
            // a passive's subject is the object the pattern names
            "2024-05-10|Four Iranian diplomats were expelled by the Netherlands on Friday.|SANCTION|166|NLD|IRN",
            "2024-05-10|New lending to Myanmar was suspended by the Asian Development Bank.|SANCTION|162|IGOADB|MMR",
            // "declared an end to ... war"
            "2024-05-10|Sudan and South Sudan declared an end to the war at a meeting in Juba.|RETREAT|0871|SDN|",
            // a predicate event noun takes its subject
            "2024-05-10|A jailed Egyptian blogger has been on hunger strike for a month, his lawyer said.|PROTEST|142|EGY|",
            // forces sent to another country to help it: military protection
            "2024-05-10|Chad sent 500 soldiers to Niger to help secure the border.|AID|074|TCD|NER",
            // vocabulary: forces ordered out, boats returned, apologies offered, bills shelved, relief dispatched,
            // joint searches, kinds of labour strike, commitments to a course
            "2024-05-10|Mali's junta ordered German troops to leave the country.|SANCTION|166|MLI|DEU",
            "2024-05-10|The Thai navy returned three Cambodian fishing boats it had seized.|RETREAT|0842|THA|KHM",
            "2024-05-10|The Japanese prime minister offered an apology to China for the wartime abuses.|SUPPORT|055|JPN|CHN",
            "2024-05-10|Peru's government suspended the mining bill after weeks of protests.|CONCEDE|0832|PER|",
            "2024-05-10|Pakistan dispatched food and tents to Afghanistan after the earthquake.|AID|073|PAK|AFG",
            "2024-05-10|Greek and Turkish coast guards carried out a joint search for missing migrants.|COOPERATE|060|GRC|",
            "2024-05-10|Nurses in Kenya's public hospitals began an indefinite strike on Monday.|PROTEST|143|KEN|",
            "2024-05-10|Brazil committed to reducing tariffs on Argentine wheat.|AGREE|03|BRA|"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @Test
    void aGroupSaidItWouldStrikeIsAThreatOfItsSpeaker() {
        assertThat(Nlp.code("2024-05-10", "A senior Hezbollah commander said the group would strike any Israeli "
                + "warships that approached the coast.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.THREATEN);
                    assertThat(countries(e.actor())).contains("LBN");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Heavy floods killed 12 people in eastern Kenya on Monday.",
            "At least 40 people were killed in the earthquake that struck western Nepal.",
            "Morocco beat Egypt 3-0 in Cairo on Tuesday.",
            "Pakistani bowlers destroyed the English batting order in Lahore."})
    void disastersAndMatchesAreNoEvents(String sentence) {
        assertThat(Nlp.code("2024-05-10", sentence)).noneSatisfy(e ->
                assertThat(e.eventType()).isIn(PloverType.ASSAULT, PloverType.COERCE));
    }
}
