package org.sitrep.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;

/**
 * PETRARCH's elimination of comma-delimited clauses: before coding a sentence it leaves out an initial, terminal or
 * internal clause whose length in words lies within the limits of its {@link PetrarchOptions}. A word is a token
 * that starts with a letter ("12-year" is none), as PETRARCH counts. A comma inside a noun phrase (between the
 * names of a list, around an apposition, between adjectives) delimits no clause: PETRARCH has joined such noun
 * phrases before it looks for commas.
 */
final class CommaClauses {
    /** Relations by which a comma's noun or adjective belongs to a larger noun phrase. */
    private static final Set<String> IN_NOUN_PHRASE = Set.of("conj", "appos", "amod");
    /** Relations of the parts of a noun phrase that a comma can stand between. */
    private static final Set<String> NOUN_PHRASE_PARTS = Set.of("conj", "appos", "amod", "compound", "nummod");

    private CommaClauses() {
    }

    /** The tokens of the sentence that PETRARCH leaves out before coding: true at a left-out token. */
    static boolean[] leftOut(Graph g, PetrarchOptions o) {
        int n = g.sentence.size();
        boolean[] out = new boolean[n];
        int end = n;
        while (end > 0 && g.token(end - 1).tag().equals(".")) {
            end--;
        }
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (g.token(i).word().equals(",") && !insideNounPhrase(g, i)) {
                commas.add(i);
            }
        }
        if (commas.isEmpty()) {
            return out;
        }
        int first = commas.get(0);
        int last = commas.get(commas.size() - 1);
        if (o.commaBMax() != 0 && within(words(g, 0, first), o.commaBMin(), o.commaBMax())) {
            mark(out, 0, first);
        }
        if (o.commaEMax() != 0 && within(words(g, last + 1, end), o.commaEMin(), o.commaEMax())) {
            mark(out, last + 1, end);
        }
        if (o.commaMax() != 0) {
            for (int k = 0; k + 1 < commas.size(); k++) {
                int from = commas.get(k) + 1;
                int to = commas.get(k + 1);
                if (within(words(g, from, to), o.commaMin(), o.commaMax())) {
                    mark(out, from, to);
                }
            }
        }
        return out;
    }

    /**
     * A comma between the parts of one noun phrase: it hangs on a noun or adjective and stands between it and one
     * of its list members, appositions or modifiers ("Mordor, the Shire and Bree", "complete, full ties"), or it
     * hangs on such a part of another noun.
     */
    static boolean insideNounPhrase(Graph g, int comma) {
        if (g.parents(comma).isEmpty()) {
            return false;
        }
        int head = g.parents(comma).get(0).governor();
        if (head < 0 || !nominal(g, head)) {
            return false;
        }
        for (Dependency d : g.children(head)) {
            int part = d.dependent();
            if (NOUN_PHRASE_PARTS.contains(d.baseRelation()) && Math.min(part, head) < comma
                    && comma < Math.max(part, head)) {
                return true;
            }
        }
        return g.parents(head).stream().anyMatch(d -> IN_NOUN_PHRASE.contains(d.baseRelation())
                && d.governor() >= 0 && nominal(g, d.governor()));
    }

    private static boolean nominal(Graph g, int i) {
        String tag = g.token(i).tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("PRP") || tag.equals("CD");
    }

    private static int words(Graph g, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            String w = g.token(i).word();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                count++;
            }
        }
        return count;
    }

    private static boolean within(int count, int min, int max) {
        return count >= min && count <= max;
    }

    private static void mark(boolean[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = true;
        }
    }
}
