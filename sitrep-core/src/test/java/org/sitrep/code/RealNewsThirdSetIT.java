package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.testing.Nlp;

/**
 * Team-written sentences for the rules drawn from the misses on the third Wikinews development set (issue 5): words
 * of conflict that tell no event of the story (a hyphenated adjective, what a writer supposes, a crime named as what
 * a sentence is for, a call to the police, a funeral attended at home, the setting of a clause that points back, one
 * person rescued with no rescuer named), and
 * the accusations news tells in other words (dissatisfaction expressed, "X's doing").
 */
class RealNewsThirdSetIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a hyphenated adjective describes: no threat, no war
            "One driver was badly hurt, and the other was in a \"not life-threatening\" condition, police in Leeds said.",
            "The second victim was taken to a hospital in Bristol with non-life-threatening injuries.",
            // what a writer supposes or an opinion text claims is the writer's view, not an event of the story
            "In the letter, the author supposes a \"demographic collapse brought on by an invasion\" of migrants into Germany.",
            "The manifesto claims an invasion of Europe by migrants from Africa.",
            // the crime a sentence is for is the convict's past
            "The gunman, 40, is serving a life sentence for the 2003 killing of a British diplomat.",
            "Lopez is serving a 20-year sentence for the 2015 bombing of a police station in Bogota.",
            // a call for help is no consultation
            "A pensioner called the police in Toronto after finding a suitcase full of cash.",
            "Neighbours in Lyon called an ambulance when the man collapsed.",
            // a funeral attended at home is no visit
            "Two former prime ministers of Italy attended the funeral in Rome.",
            // a clause that points back: what sets it in time is background
            "The vote took place as anti-government protests continued in Minsk and other cities of Belarus.",
            // one person rescued, no rescuer named: an emergency
            "A seven-year-old girl was rescued alive from the rubble in Izmir and flown to Ankara for treatment."})
    void codesNoEvent(String sentence) {
        assertThat(Nlp.code("2021-05-10", sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            // the same words where they do tell events
            // rescuers named, or many people rescued: help
            "2021-05-10|Italian coast guards rescued 300 migrants off Lampedusa on Sunday.|AID|073|ITA|",
            "2021-05-10|Turkey threatened Greece with military action on Monday over the drilling dispute.|THREATEN|13|TUR|GRC",
            "2021-05-10|The Italian prime minister attended the funeral of the Pope in Vatican City on Friday.|CONSULT|042|ITA|",
            "2021-05-10|The Iranian foreign minister called the Iraqi prime minister on Tuesday to discuss the attack.|CONSULT|041|IRN|IRQ",
            // dissatisfaction expressed or voiced with a party
            "2021-05-10|Kenyan opposition lawmakers expressed dissatisfaction with the finance minister over the budget.|ACCUSE|110|KEN|KEN",
            // the deed is the possessor's: an accusation
            "2021-05-10|The German foreign minister said the cyber attack was most likely Russia's doing.|ACCUSE|112|DEU|RUS"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @Test
    void theMainClauseKeepsItsEventBesideASettingClause() {
        // the setting rule is for clauses that point back ("this", "the vote"); a main clause with its own event
        // keeps it
        assertThat(Nlp.code("2021-05-10", "Police in Minsk arrested 40 protesters on Sunday as demonstrations "
                + "continued across Belarus.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("173"));
    }
}
