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
}
