package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dictionary phrases are split into the tokens the tokenizer makes of the same words in a text. */
class ActorDictionaryWordsTest {

    @Test
    void aPossessiveInsideANameIsItsOwnToken() {
        assertThat(ActorDictionary.words("Democratic People's Republic of Korea"))
                .containsExactly("Democratic", "People", "'s", "Republic", "of", "Korea");
        assertThat(ActorDictionary.words("Kurdistan Workers' Party")).containsExactly("Kurdistan", "Workers", "'", "Party");
        assertThat(ActorDictionary.words("People\u2019s Liberation Army")).containsExactly("People", "'s", "Liberation", "Army");
    }

    @Test
    void hyphensSplitAndApostrophesInsideWordsStay() {
        assertThat(ActorDictionary.words("Guinea-Bissau")).containsExactly("Guinea", "Bissau");
        assertThat(ActorDictionary.words("Cote d'Ivoire")).containsExactly("Cote", "d'Ivoire");
    }

    @Test
    void oneSlipOfTheKeyboardIsOneEdit() {
        assertThat(ActorDictionary.oneEdit("Ethiopia", "Ethopia")).isTrue(); // deletion
        assertThat(ActorDictionary.oneEdit("Philippines", "Phillippines")).isTrue(); // insertion
        assertThat(ActorDictionary.oneEdit("Lebanon", "Lebnaon")).isTrue(); // neighbours swapped
        assertThat(ActorDictionary.oneEdit("Somalia", "Somalie")).isTrue(); // substitution
        assertThat(ActorDictionary.oneEdit("Somalia", "Somalia")).isFalse();
        assertThat(ActorDictionary.oneEdit("Austria", "Australia")).isFalse();
    }

    @Test
    void aMisspeltLongCountryNameIsThatCountryButShortNamesAndWordsAreNot() {
        ActorDictionary d = ActorDictionary.defaults();
        assertThat(d.misspeltCountry("Ethopia")).extracting(ActorEntry::code).isEqualTo("ETH");
        assertThat(d.misspeltCountry("Phillippines")).extracting(ActorEntry::code).isEqualTo("PHL");
        assertThat(d.misspeltCountry("Olivia")).isNull(); // too short to tell from Bolivia
        assertThat(d.misspeltCountry("ethopia")).isNull(); // not a proper noun
    }
}
