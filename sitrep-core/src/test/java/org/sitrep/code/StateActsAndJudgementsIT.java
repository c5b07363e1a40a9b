package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EventMention;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the rules of issue 5 (helper "passive5"): state acts told with no agent whose people
 * are a pronoun no earlier party resolves, the families of holding on suspicion and of giving oneself up to
 * the police, and judgements told by a noun verdict, a statement or a deed said to be another party's.
 */
class StateActsAndJudgementsIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            // held, stopped or pulled over on suspicion of a crime: a detention (CAMEO 173), agentless or not
            "2025-11-19|Two men were held on suspicion of robbery in Marseille, France on Monday.|COERCE|173|FRACOP|FRA",
            "2025-11-19|A driver was stopped for suspicion of drunk driving in Leeds, England.|COERCE|173|GBRCOP|GBR",
            "2025-11-19|Police in Ohio pulled over a truck driver on suspicion of smuggling.|COERCE|173|USACOP|",
            // a wanted person gives in to the police: CAMEO 080, no military surrender
            "2025-11-19|A fugitive Colombian banker surrendered to police in Madrid on Friday.|CONCEDE|080|COL|ESPCOP",
            "2025-11-19|The former Peruvian mayor turned himself in to police in Lima.|CONCEDE|080|PER|PERCOP",
            // a verdict told by a noun: ACCUSE 111 on the party whose act it judges
            "2025-11-19|Egypt said Israel's strike was a violation of international law.|ACCUSE|111|EGY|ISR",
            "2025-11-19|A senior Egyptian official said the Israeli strike was \"an act of aggression\".|ACCUSE|111|EGY|ISR",
            // a verdict stated rather than said
            "2025-11-19|The French government stated that Algeria's decision was illegal.|ACCUSE|111|FRA|DZA",
            // a verdict quoted before the verb that says it
            "2025-11-19|\"Algeria's decision is illegal,\" the French foreign minister said.|ACCUSE|111|FRAGOV|DZA",
            "2025-11-19|\"The vote was a sham,\" the Venezuelan opposition leader said on Monday.|ACCUSE|111|VENOPP|",
            // a deed said to be another's, where the parser misreads the words: a hedge in quotes, "the fault of"
            "2025-11-19|Poland said the explosion was \"probably\" Russia's doing.|ACCUSE|112|POL|RUS",
            "2025-11-19|Poland said the blast was the fault of Russia.|ACCUSE|112|POL|RUS"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a noun that judges nothing, a deed denied, a deed of no party
            "Egypt said the strike was a success.",
            "\"The mountain road is dangerous,\" the Kenyan engineer said.",
            "Poland said the explosion was not Russia's doing.",
            "The company said the delay was the fault of the weather."})
    void codesNoAccusation(String sentence) {
        assertThat(Nlp.code("2025-11-19", sentence)).noneMatch(e -> e.eventType() == PloverType.ACCUSE);
    }

    private static final String LEAD = "A bank was robbed in Lyon, France on Tuesday. ";

    @Test
    void thePersonAReportSaysWasHeldIsHeldWhereTheParserMadeThePersonTheReportsObject() {
        // "reports" parsed as the passive's clausal subject, "Lamotte" as its object
        List<EventMention> events = Nlp.code("2025-11-19", LEAD
                + "The local paper reports Lamotte has also been stopped for suspicion of theft.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.actor()).anyMatch(p -> p.code().equals("FRACOP"));
            assertThat(e.recipient()).anyMatch(p -> p.code().equals("FRACVL"));
        });
    }

    @Test
    void aPronounHeldByTheStateIsOneOfItsPeople() {
        List<EventMention> events = Nlp.code("2025-11-19", LEAD + "They were taken into custody on Wednesday.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.actor()).anyMatch(p -> p.code().equals("FRACOP"));
            assertThat(e.recipient()).anyMatch(p -> p.code().equals("FRACVL"));
        });
    }
}
