package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Long news sentences written by the team for the rules of issue 5, round 6 (events lost in complex wire sentences):
 * nominal events whose "of" phrase names the forces that move ("the withdrawal of Russian troops") or the thing
 * acted on with its owner ("the suspension of British aid to Rwanda"), "N of X" read as the compound "X N" ("a
 * deployment of riot police" is a police deployment), a main verb the parser hung under a comma-delimited relative
 * clause, a verb whose first reading of equal length codes nothing ("sent tanks and troops": no aid to anyone), an
 * event noun owned by a pronoun that stands for the verb's subject ("submitted his resignation"), "would take all
 * necessary measures if ..." as a threat, sentences handed to people, crowds pouring into the streets, and help
 * delivered to a town or arriving there ("supplies sent by Turkey arrived in Idlib"), and gerund nouns read as their
 * verb with the "of" phrase as object ("the signing of an accord between A and B", "the lifting of EU sanctions").
 */
class RoundSixGeneralisationIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            "2024-05-10|The withdrawal of Russian troops from the border region was completed on Monday, the defence ministry in Moscow said.|RETREAT|087|RUS|",
            "2024-05-10|A large deployment of riot police was ordered around the parliament in Tbilisi on Monday.|MOBILIZE|153|GEO|",
            "2024-05-10|The suspension of British development aid to Rwanda will remain in place until the elections, a minister said on Monday.|SANCTION|16|GBR|RWA",
            "2024-05-10|Kenya's foreign minister, whose government has been caught up in a row over the port, called on Ethiopia and Somalia on Monday to resume talks.|REQUEST|10|KEN|ETH",
            "2024-05-10|Poland sent tanks and extra troops to its eastern frontier on Monday, a day after a drone crashed in a field.|MOBILIZE|154|POL|",
            "2024-05-10|Peru's prime minister submitted his resignation to the president on Friday after weeks of street protests.|CONCEDE|0831|PER|",
            "2024-05-10|Japan's trade ministry warned on Monday that Tokyo would take all necessary measures if South Korea went ahead with new export curbs.|THREATEN|13|JPN|KOR",
            "2024-05-10|A court in Minsk handed prison terms of up to ten years to five opposition activists on Monday.|ACCUSE|116|BLR|BLR",
            "2024-05-10|Tens of thousands of Chileans poured into the streets of Santiago on Friday to demand a new pension system.|PROTEST|141|CHL|",
            // help delivered to a town is help for its country's people; help sent is for where it arrives
            "2024-05-10|Jordan delivered food and medicine to the city of Rafah on Monday, the army said.|AID|073|JOR|PSE",
            "2024-05-10|Three lorries of blankets and tents sent by Turkey arrived in the Syrian town of Idlib on Monday after the storm.|AID|07|TUR|SYR",
            // a gerund noun with its object in an "of" phrase reads as its verb
            "2024-05-10|The signing of a fisheries accord between Senegal and Mauritania, two neighbours whose boats have long clashed at sea, took place in Dakar on Monday.|SUPPORT|057|MRT|",
            "2024-05-10|The lifting of European Union sanctions on Syria was welcomed by aid groups on Monday.|RETREAT|085|IGOEUR|SYR"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    /** What goes on is in force already: "will remain in place" makes the suspension no threat. */
    @Test
    void anEventNounThatStaysInPlaceIsNoThreat() {
        assertThat(Nlp.code("2024-05-10", "The suspension of British development aid to Rwanda will remain in place "
                + "until the elections, a minister said on Monday.")).noneSatisfy(e ->
                assertThat(e.eventType()).isEqualTo(PloverType.THREATEN));
    }

    /** A loan to finance "a metro line in Dhaka" helps Bangladesh through the lender: the city gives no second aid. */
    @Test
    void aProjectsPlaceIsNoRecipientOfItsOwnAid() {
        assertThat(Nlp.code("2024-05-10", "Japan is set to extend a loan of about $2 billion to Bangladesh to help "
                + "finance a new metro line in Dhaka, the embassy said on Sunday.")).noneSatisfy(e ->
                assertThat(e.actor()).anyMatch(p -> p.code().startsWith("BGD")));
    }

    /** A gerund noun counts only with a pattern that names its object: an opening of a festival is no event. */
    @Test
    void aGerundNounNeedsAPatternNamingItsObject() {
        assertThat(Nlp.code("2024-05-10", "The opening of the film festival in Cannes drew large crowds on "
                + "Tuesday.")).isEmpty();
    }

    /** Peacekeepers sent are help, not a party's own forces mobilised; the "of" phrase makes no mobilisation. */
    @Test
    void peacekeepersOfADeploymentAreNoMobilisingParty() {
        assertThat(Nlp.code("2024-05-10", "The deployment of UN peacekeepers to the region began on Monday, a "
                + "spokesman said.")).noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.MOBILIZE));
    }
}
