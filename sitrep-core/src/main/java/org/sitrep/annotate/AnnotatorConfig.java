package org.sitrep.annotate;

/**
 * Settings of the annotate stage.
 *
 * @param maxParseTokens sentences with more tokens are not dependency-parsed (their cost grows fast and such
 *                       "sentences" are mostly lists and tables)
 */
public record AnnotatorConfig(int maxParseTokens) {
    public static final AnnotatorConfig DEFAULTS = new AnnotatorConfig(120);

    public AnnotatorConfig {
        if (maxParseTokens < 2) {
            throw new IllegalArgumentException("maxParseTokens must be at least 2");
        }
    }
}
