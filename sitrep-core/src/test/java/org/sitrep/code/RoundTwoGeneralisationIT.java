package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * News-style sentences written by the team for the rules added after the second round of unseen sentences: repeals
 * and revocations, giving in to deadlines and refusing to, declared ceasefires, foreign envoys allowed or not, talks
 * blocked, readiness to intervene, conditional warnings, officials expelled, people sent home, weapons tests told
 * with a hyphenated verb, loans approved, aid told from the receiving side, rescue and medical teams, visas,
 * "X was behind Y", a person's "his country", approved extraditions, coalitions led by a country, reduced passives,
 * a party's own forces, a day word the parser took for a subject, and business news told with words of conflict.
 */
class RoundTwoGeneralisationIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            // repeals and revocations of decrees, levies and other measures
            "2024-05-10|Peru's Congress repealed a decree on Friday that had allowed logging in protected forests.|CONCEDE|0832|PER|",
            "2024-05-10|Ghana's government rescinded the new fuel levy after a week of protests.|CONCEDE|0832|GHA|",
            // giving in to an ultimatum; refusing to give in to a deadline
            "2024-05-10|Lebanon's prime minister bowed to the ultimatum and dismissed the finance minister.|CONCEDE|080|LBN|",
            "2024-05-10|Serbia's president said he would not bow to the deadline set by the European Union.|REJECT|12|SRB|",
            // an ended state of emergency is coded as a lifted one
            "2024-05-10|Peru ended the state of emergency in Lima on Monday.|CONCEDE|081|PER|",
            // a declared ceasefire is RETREAT 0871
            "2024-05-10|Azerbaijan declared a unilateral ceasefire in the disputed region on Sunday.|RETREAT|0871|AZE|",
            // foreign envoys and delegations let in, or not
            "2024-05-10|Eritrea allowed a European Union delegation to visit the port of Assab.|RETREAT|086|ERI|IGOEUR",
            "2024-05-10|Belarus will not allow the UN special rapporteur to visit its prisons, a government spokesman said.|REJECT|12|BLR|IGOUNO",
            // talks blocked
            "2024-05-10|Hungary blocked the start of membership talks with Ukraine on Thursday.|REJECT|125|HUN|",
            // ready to intervene in a country: a threat of force
            "2024-05-10|The Kenyan army said it was ready to intervene in South Sudan if the fighting spread.|THREATEN|138|KEN|SSD",
            // a warning of what will happen if another party acts
            "2024-05-10|Algeria's president warned that no gas would reach Europe if Spain backed Morocco's plan.|THREATEN|13|DZA|ESP",
            // officials of an organisation expelled: relations reduced
            "2024-05-10|Sudan expelled three African Union officials on Monday.|SANCTION|166|SDN|IGOAFU",
            // foreign workers sent home: a deportation
            "2024-05-10|Thailand sent 300 Cambodian workers home on Friday.|COERCE|174|THA|KHM",
            // a hyphenated verb the tokenizer splits
            "2024-05-10|India successfully test-fired a long-range cruise missile on Monday.|MOBILIZE|150|IND|",
            // loans approved, and aid told from the receiving side
            "2024-05-10|The Asian Development Bank approved a $400 million loan to Nepal on Tuesday.|AID|071|IGOADB|NPL",
            "2024-05-10|Egypt received a $1.2 billion tranche from the International Monetary Fund on Thursday.|AID|071|IGOIMF|EGY",
            "2024-05-10|Malawi received tents and medicine from Zambia after the cyclone.|AID|073|ZMB|MWI",
            // rescue and medical teams, visas
            "2024-05-10|Turkey flew rescue teams into Albania after the earthquake.|AID|073|TUR|ALB",
            "2024-05-10|Cuba sent a team of 200 doctors to Italy on Sunday.|AID|073|CUB|ITA",
            "2024-05-10|Canada granted humanitarian visas to 500 Afghan journalists.|AID|075|CAN|",
            // "X was behind Y" said by another party
            "2024-05-10|The Dutch foreign minister said on Monday that Iran's intelligence service was behind two killings in the Netherlands.|ACCUSE|112|NLD|IRN",
            // a person's "his country", "his government"
            "2024-05-10|Kenya's foreign minister said his country was recalling its ambassador from Uganda.|SANCTION|161|KEN|UGA",
            "2024-05-10|Qatar's emir said his government stood ready to mediate between Sudan and Chad.|AGREE|03|QAT|",
            // an extradition approved by a court is judicial cooperation, not praise
            "2024-05-10|A Kenyan court approved the extradition of a British fugitive to the United Kingdom on Friday.|COOPERATE|063|KEN|",
            // a coalition led by a country
            "2024-05-10|Air strikes by the French-led coalition destroyed three militant camps in northern Mali.|ASSAULT|19|FRA|",
            // blame needs someone blamed, each other included
            "2024-05-10|Armenia and Azerbaijan blamed each other for the shelling of the border village.|ACCUSE|112|ARM|",
            // a past participle with a "by" agent and no auxiliary is a reduced passive, even parsed with a subject
            "2024-05-10|The intelligence provided by Jordan to Iraqi forces led to the arrest of ten militants.|COOPERATE|064|JOR|IRQ",
            // "decided on Monday to suspend" parsed with the day as the subject
            "2024-05-10|Peru's cabinet decided on Monday to suspend the talks with Bolivia.|SANCTION|164|PER|BOL"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    @org.junit.jupiter.api.Test
    void aPartysOwnForcesAreNoRecipientOfItsMobilisation() {
        assertThat(Nlp.code("2024-05-10", "The Indian army reinforced its positions along the Chinese border with "
                + "extra troops.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.MOBILIZE);
                    assertThat(e.recipient()).noneMatch(p -> p.code().startsWith("IND"));
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an intervention in no one's country
            "The central bank intervened in the currency market on Tuesday.|ASSAULT",
            // a test launch is no attack
            "India successfully test-fired a long-range cruise missile on Monday.|ASSAULT",
            // a group saying it was behind an attack claims it: no accusation
            "The Islamic State group said it was behind the bombing in Kabul.|ACCUSE",
            // blaming a thing accuses no one
            "The airline cut its profit forecast, blaming high fuel prices.|ACCUSE",
            // business news with words of conflict
            "The supermarket chain fired the opening shot in a price war with its rivals.|ASSAULT"})
    void codesNoEventOfThisType(String sentence, String type) {
        assertThat(Nlp.code("2024-05-10", sentence)).noneSatisfy(e ->
                assertThat(e.eventType()).isEqualTo(PloverType.valueOf(type)));
    }
}
