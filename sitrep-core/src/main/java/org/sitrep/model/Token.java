package org.sitrep.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param start character offset of its first character in the article text
 * @param end   character offset after its last character
 * @param word  the text as written
 * @param lemma the dictionary form, lower case for common words
 * @param tag   the Penn Treebank part-of-speech tag ("NNP", "VBD", ...)
 */
public record Token(int index, int start, int end, String word, String lemma, String tag) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + index + " [" + start + ", " + end + ")");
        }
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isNumber() {
        return tag.equals("CD");
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
