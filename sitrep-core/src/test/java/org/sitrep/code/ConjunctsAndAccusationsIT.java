package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Nlp;

/**
 * Sentences written by the team for the whole-article recall rules of issue 5: a past-tense verb joined by "and" to
 * an infinitive or a gerund is the main verb's conjunct; a participle clause after a comma that only got a carried
 * passive subject is the main clause's; "allied" before a noun is an adjective; what a party is accused of ("of
 * shelling ...") is no event of the accuser's; an accusation of violence against unarmed people is CAMEO 1122.
 */
class ConjunctsAndAccusationsIT {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // date | sentence | type | CAMEO prefix | an actor code prefix | a recipient code prefix (or empty)
            "2024-05-10|Burundi denied backing the militia and accused Congolese soldiers and allied fighters of attacking Hutu communities near Bukavu.|ACCUSE|1122|BDI|COD",
            "2024-05-10|India's embassy in Dhaka said three of its citizens had been detained and demanded their immediate release, accusing Bangladeshi authorities of inventing a smuggling case.|ACCUSE|112|INDGOV|BGD",
            "2024-05-10|Amnesty International accused Myanmar's army of killing dozens of civilians in Rakhine state.|ACCUSE|1122|NGO|MMR",
            "2024-05-10|Kenya's president thanked Japan for its offer to help and asked for more food aid for the drought-hit north.|REQUEST|103|KEN|"})
    void codesTheEvent(String date, String sentence, String type, String cameo, String actor, String recipient) {
        Nlp.assertCodes(date, sentence, type, cameo, actor, recipient);
    }

    /** The shelling is what Uganda alleges, not something Uganda did. */
    @Test
    void whatAPartyIsAccusedOfIsNoEventOfTheAccuser() {
        assertThat(Nlp.code("2024-05-10", "Uganda accused Sudanese troops of shelling border villages."))
                .noneSatisfy(e -> assertThat(e.eventType()).isEqualTo(PloverType.ASSAULT))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.cameo()).isEqualTo("112"); // villages are places, not people
                });
    }

    /** "allied fighters" is one noun phrase joined to "Congolese soldiers": both are accused. */
    @Test
    void alliedBeforeANounIsAnAdjective() {
        assertThat(Nlp.code("2024-05-10", "Burundi denied backing the militia and accused Congolese soldiers and "
                + "allied fighters of attacking Hutu communities near Bukavu.")).anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(PloverType.ACCUSE);
                    assertThat(e.recipient()).extracting(Participant::code).contains("CODMIL", "CODREB");
                });
    }
}
