package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and dependency graph. The graph is empty when the sentence was not parsed (the
 * annotator parses only sentences that can hold an event).
 *
 * @param index        position in the article, from 0
 * @param paragraph    index of the paragraph that holds it
 * @param start        offset of its first character in the article text
 * @param end          offset after its last character
 * @param tokens       the tokens, in order
 * @param dependencies the enhanced++ dependency edges, sorted by dependent then governor
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens,
                       List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        for (Dependency d : dependencies) {
            Objects.checkIndex(d.dependent(), tokens.size());
            if (d.governor() != Dependency.ROOT) {
                Objects.checkIndex(d.governor(), tokens.size());
            }
        }
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }

    /** Edges whose governor is token {@code i}, in dependent order. */
    public List<Dependency> dependentsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Edges whose dependent is token {@code i} (several in an enhanced graph). */
    public List<Dependency> governorsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                out.add(d);
            }
        }
        return out;
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
