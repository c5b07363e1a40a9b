package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * News-style sentences written by the team for the rules of issue 5 (recall on unseen news): the army ordered onto
 * the streets, aid withheld as a sum "in aid", joint drills and patrols named with a compound between "joint" and
 * the noun, a resolution on a weekday commending someone, a subject and its verb the parser read as a noun phrase,
 * strikes begun by workers, marches broken up and water cannon used, aid announced as a sum "in aid" for a party,
 * fighting that "broke out between" two parties, crowds counted but not named ("hundreds marched in Lima") as the
 * civilians of the place, and no party taken from a temporal clause.
 */
class IssueFiveGeneralisationIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            "2024-05-10|Peru's president ordered the army onto the streets of Lima on Friday after a spate of bank robberies.|MOBILIZE|154|PER|",
            "2024-05-10|Norway withheld about $12 million in aid to Malawi's government on Monday over a corruption scandal.|SANCTION|162|NOR|MWI",
            "2024-05-10|Vietnam and Indonesia will hold joint coast guard patrols near the Natuna islands next month.|COOPERATE|062|VNM|",
            "2024-05-10|The European Parliament adopted a resolution on Thursday commending Ghana for its peaceful election and backing new trade talks.|SUPPORT|051|IGOEUP|GHA",
            "2024-05-10|Nigeria's military accused Niger of harbouring the gunmen who attacked a border town this week.|ACCUSE|112|NGA|NER",
            "2024-05-10|Teachers in Kenya began a week-long strike on Monday over delayed pay rises.|PROTEST|143|KEN|",
            "2024-05-10|Police broke up a march by students in Dhaka on Monday.|COERCE|170|BGD|",
            "2024-05-10|Riot police in Lusaka used water cannon on opposition supporters on Friday.|ASSAULT|175|ZMB|ZMB",
            "2024-05-10|Riot police in Lyon responded with tear gas when protesters threw bottles on Saturday.|ASSAULT|175|FRACOP|",
            "2024-05-10|Canada announced 40 million dollars in humanitarian aid for Sudan on Monday.|AID|070|CAN|SDN",
            "2024-05-10|Fighting broke out between Congolese troops and M23 rebels near Goma on Tuesday.|ASSAULT|190|COD|",
            "2024-05-10|Hundreds marched in Lima on Saturday against a new mining law.|PROTEST|141|PERCVL|"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a bombing campaign is still an attack: the strike patterns need workers as the subject
            "Israeli jets began a new wave of strikes on Gaza on Monday.|PROTEST",
            // a country's air strikes stay adjacent words: no compound skipping for noun-noun patterns
            "Ukrainian forces held joint training with Polish instructors on Monday.|ASSAULT"})
    void codesNoEventOfThisType(String sentence, String type) {
        assertThat(Nlp.code("2024-05-10", sentence)).noneSatisfy(e ->
                assertThat(e.eventType()).isEqualTo(PloverType.valueOf(type)));
    }

    /** The villagers of the "after" clause are when and why Malawi appealed, not whom it appealed to. */
    @Test
    void aPartyInsideATemporalClauseIsNoRecipient() {
        assertThat(Nlp.code("2024-05-10", "Malawi called for emergency food aid on Friday after a drought left two "
                + "million villagers hungry.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.REQUEST);
                    assertThat(e.recipient()).isEmpty();
                });
    }
}
