package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Words in one sentence that name one or more actors ("Russian and Ukrainian officials" names two).
 *
 * @param sentence   index of the sentence
 * @param firstToken first token of the mention in that sentence
 * @param lastToken  last token (inclusive)
 * @param head       the token that heads the mention (where a dependency edge points)
 * @param start      offset of the first character in the article text
 * @param end        offset after the last character
 * @param text       the words as written
 * @param actors     the actors named, at least one
 * @param via        how the mention was resolved: "dictionary", "title", "coreference", ...
 */
public record ActorMention(int sentence, int firstToken, int lastToken, int head, int start, int end, String text,
                           List<Actor> actors, String via) {
    /** The {@code via} of an attacker named only by the act ("a gunman", "armed men"), given no country. */
    public static final String UNNAMED_ATTACKER = "unnamed-attacker";

    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(via, "via");
        actors = List.copyOf(actors);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("an actor mention names at least one actor: '" + text + "'");
        }
        if (firstToken < 0 || lastToken < firstToken || head < firstToken || head > lastToken) {
            throw new IllegalArgumentException("bad token range for '" + text + "'");
        }
    }

    public boolean covers(int token) {
        return token >= firstToken && token <= lastToken;
    }
}
