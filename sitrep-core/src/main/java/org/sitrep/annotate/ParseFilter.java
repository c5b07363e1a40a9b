package org.sitrep.annotate;

import java.util.List;

/**
 * Decides from a tagged sentence (words, lemmas, part-of-speech tags) whether it is worth a dependency parse: the
 * parser is most of the annotate stage's cost, and a sentence that can hold no event needs none.
 */
@FunctionalInterface
public interface ParseFilter {
    /** Parses every sentence. */
    ParseFilter ALL = (words, lemmas, tags) -> true;

    boolean needsParse(List<String> words, List<String> lemmas, List<String> tags);
}
