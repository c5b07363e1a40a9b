package org.sitrep.model;

import java.util.Objects;

/**
 * Words in one sentence that name a place, with the place chosen for them.
 *
 * @param sentence    index of the sentence
 * @param firstToken  first token in that sentence
 * @param lastToken   last token (inclusive)
 * @param start       offset of the first character in the article text
 * @param end         offset after the last character
 * @param text        the words as written
 * @param place       the gazetteer entry
 * @param preposition the preposition that introduces it ("in", "near"), or null
 */
public record PlaceMention(int sentence, int firstToken, int lastToken, int start, int end, String text,
                           Place place, String preposition) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
    }

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }
}
