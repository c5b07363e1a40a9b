package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** For dictionary tests: which entries (by their file and line) use each name, adjective or metonym. */
final class DictionaryNames {
    private DictionaryNames() {
    }

    static Map<String, Set<String>> owners(List<ActorEntry> entries) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (ActorEntry e : entries) {
            List<String> words = new ArrayList<>(e.names());
            words.addAll(e.adjectives());
            words.addAll(e.metonyms().keySet());
            for (String w : new HashSet<>(words)) {
                owners.computeIfAbsent(w, k -> new HashSet<>()).add(e.where());
            }
        }
        return owners;
    }
}
