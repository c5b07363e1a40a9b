package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A quotation in the article: the words between the quotation marks and who said them.
 *
 * @param text         the quoted words, without the marks
 * @param start        offset of the first quoted character in the article text
 * @param end          offset after the last quoted character
 * @param speaker      who said it, as written ("the foreign minister", "Mr Zelensky"; a pronoun is replaced by the
 *                     actor it refers to), or null when the text does not say
 * @param speakerCodes actor codes of the speaker, possibly empty
 */
public record Quote(String text, int start, int end, String speaker, List<String> speakerCodes) {
    public Quote {
        Objects.requireNonNull(text, "text");
        speakerCodes = List.copyOf(speakerCodes);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }
}
