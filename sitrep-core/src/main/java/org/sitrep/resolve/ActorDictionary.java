package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The actor dictionaries in memory: proper names, adjectives and metonyms in a case-aware trie over word forms,
 * sector nouns in a trie over lower-case lemmas. {@link #match(Sentence)} finds the longest non-overlapping
 * entries in a sentence in a single left-to-right pass.
 */
public final class ActorDictionary {
    /** The default dictionary files, in load order. */
    public static final List<String> DEFAULT_FILES = List.of("countries.actors", "organisations.actors",
            "groups.actors", "parties.actors", "people.actors", "officials.actors", "historic.actors", "sectors.actors");

    private final List<ActorEntry> entries;
    private final TokenTrie<Hit> names = new TokenTrie<>();
    private final TokenTrie<Hit> nouns = new TokenTrie<>();

    /** How a dictionary phrase was used. */
    public enum Use { NAME, ADJECTIVE, DEMONYM, METONYM, SECTOR }

    /**
     * One dictionary phrase found in a sentence, over tokens {@code first..last} (inclusive). {@code shared} says the phrase is a name of several entries of
     * different countries ("Labour Party", "Democratic Party"): the entry was chosen by the countries the article
     * names, so the hit itself is no evidence of which country the article is about.
     */
    public record Hit(ActorEntry entry, Use use, String code, int first, int last, boolean shared) {
        public Hit(ActorEntry entry, Use use, String code, int first, int last) {
            this(entry, use, code, first, last, false);
        }

        Hit at(int f, int l) {
            return new Hit(entry, use, code, f, l, shared);
        }
    }

    public ActorDictionary(List<ActorEntry> entries) {
        this.entries = List.copyOf(entries);
        for (ActorEntry e : this.entries) {
            if (e.type() == ActorEntry.Type.SECTOR) {
                for (String n : e.nouns()) {
                    nouns.put(words(n.toLowerCase(Locale.ROOT)), new Hit(e, Use.SECTOR, e.code(), -1, -1));
                }
                continue;
            }
            for (String n : e.names()) {
                names.put(words(n), new Hit(e, Use.NAME, e.code(), -1, -1));
            }
            for (String a : e.adjectives()) {
                names.put(words(a), new Hit(e, Use.ADJECTIVE, e.code(), -1, -1));
                if (!a.endsWith("s")) {
                    names.put(words(a + "s"), new Hit(e, Use.DEMONYM, e.code(), -1, -1));
                }
            }
            e.metonyms().forEach((name, code) -> names.put(words(name), new Hit(e, Use.METONYM, code, -1, -1)));
            if (e.type() == ActorEntry.Type.COUNTRY) {
                for (String n : e.names()) {
                    if (n.length() >= MIN_MISSPELT && n.chars().allMatch(Character::isLetter)) {
                        longCountryNames.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
    }

    /** Single-word country names long enough that one slip of the keyboard cannot make another word. */
    private final java.util.Map<String, List<ActorEntry>> longCountryNames = new java.util.LinkedHashMap<>();
    private static final int MIN_MISSPELT = 7;

    /**
     * The country a capitalised proper noun misspells by one letter ("Ethopia", "Phillippines"), if exactly one
     * country name of 7 letters or more is one edit away (insertion, deletion, substitution or swap of neighbours).
     */
    ActorEntry misspeltCountry(String word) {
        if (word.length() < MIN_MISSPELT || !Character.isUpperCase(word.charAt(0))
                || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Optional<ActorEntry> known = misspeltVerdicts.get(word);
        if (known != null) {
            return known.orElse(null);
        }
        ActorEntry found = closestCountry(word);
        if (misspeltVerdicts.size() < 50_000) { // proper nouns recur: each is compared with the names once
            misspeltVerdicts.put(word, Optional.ofNullable(found));
        }
        return found;
    }

    private final java.util.Map<String, Optional<ActorEntry>> misspeltVerdicts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ActorEntry closestCountry(String word) {
        ActorEntry found = null;
        for (var e : longCountryNames.entrySet()) {
            if (Math.abs(e.getKey().length() - word.length()) <= 1 && oneEdit(e.getKey(), word)) {
                for (ActorEntry entry : e.getValue()) {
                    if (found != null && found != entry) {
                        return null; // ambiguous
                    }
                    found = entry;
                }
            }
        }
        return found;
    }

    /** True when {@code a} and {@code b} differ by exactly one insertion, deletion, substitution or neighbour swap. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // substitution
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swap
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i)); // insertion or deletion
    }

    /** The default dictionaries shipped with Sitrep. */
    public static ActorDictionary defaults() {
        return new ActorDictionary(loadDefaults());
    }

    static List<ActorEntry> loadDefaults() {
        List<ActorEntry> all = new ArrayList<>();
        for (String file : DEFAULT_FILES) {
            String resource = "dictionary/" + file;
            try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in dictionary " + resource);
                }
                all.addAll(ActorDictionaryReader.read(in, file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public int phraseCount() {
        return names.size() + nouns.size();
    }

    /**
     * Splits a dictionary phrase the way the text is keyed: on white space and hyphens (which are dropped), with a
     * possessive ending split off as the tokenizer does ("People's" -> "People", "'s"; "Workers'" -> "Workers",
     * "'").
     */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            for (String part : w.split("-")) {
                if (part.isEmpty()) {
                    continue;
                }
                String p = part.replace('\u2019', '\'');
                if (p.length() > 2 && p.endsWith("'s")) {
                    out.add(p.substring(0, p.length() - 2));
                    out.add("'s");
                } else if (p.length() > 1 && p.endsWith("'") && !p.startsWith("'")) {
                    out.add(p.substring(0, p.length() - 1));
                    out.add("'");
                } else {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** The longest non-overlapping dictionary phrases in a sentence, left to right. */
    public List<Hit> match(Sentence sentence) {
        return match(sentence, Map.of());
    }

    /**
     * As {@link #match(Sentence)}; a phrase that names entries of several countries is the entry whose country the
     * article names most ({@code countryCounts}: ISO3 prefix to mentions), the first listed when it names none of
     * them: "the Labour Party" of a story about New Zealand is New Zealand's.
     */
    public List<Hit> match(Sentence sentence, Map<String, Integer> countryCounts) {
        Keyed keyed = Keyed.of(sentence);
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < keyed.size()) {
            TokenTrie.Match<Hit> byName = names.longest(i, keyed.size(), keyed::formKeys);
            TokenTrie.Match<Hit> byNoun = nouns.longest(i, keyed.size(), keyed::lemmaKeys);
            if (byNoun != null && !sentence.token(keyed.token(i + byNoun.length() - 1)).isNoun()) {
                byNoun = null; // "general election", "civilian casualties": sector words count only as nouns
            }
            TokenTrie.Match<Hit> best = byName;
            if (byNoun != null && (best == null || byNoun.length() > best.length())) {
                best = byNoun;
            }
            if (best == null) {
                Token t = sentence.token(keyed.token(i));
                ActorEntry misspelt = !keyed.startsInsideToken(i) && keyed.endsAtTokenEnd(i)
                        && t.tag().startsWith("NNP") ? misspeltCountry(t.word()) : null;
                if (misspelt != null) {
                    out.add(new Hit(misspelt, Use.NAME, misspelt.code(), t.index(), t.index()));
                }
                i++;
                continue;
            }
            int first = keyed.token(i);
            int last = keyed.token(i + best.length() - 1);
            if (keyed.startsInsideToken(i) || !keyed.endsAtTokenEnd(i + best.length() - 1)) {
                i++; // a phrase must cover whole tokens: "Russian" inside "pro-Russian" is no demonym of RUS
                continue;
            }
            out.add(choose(best.values(), countryCounts).at(first, last));
            i += best.length();
        }
        return out;
    }

    private static Hit choose(List<Hit> candidates, Map<String, Integer> countryCounts) {
        Hit first = candidates.get(0);
        if (candidates.stream().map(ActorDictionary::countryOf).distinct().count() < 2) {
            return first;
        }
        Hit best = first;
        int bestCount = 0;
        for (Hit h : candidates) {
            int n = countryCounts.getOrDefault(countryOf(h), 0);
            if (n > bestCount) {
                best = h;
                bestCount = n;
            }
        }
        return new Hit(best.entry(), best.use(), best.code(), best.first(), best.last(), true);
    }

    /** The country (or organisation) prefix of a hit's code, empty when it has none. */
    private static String countryOf(Hit h) {
        return h.code() == null || h.code().length() < 3 ? "" : h.code().substring(0, 3);
    }

    /** The words of a sentence as trie keys: tokens split on hyphens, stand-alone hyphens skipped. */
    private static final class Keyed {
        private final List<String> forms = new ArrayList<>();
        private final List<String> lemmas = new ArrayList<>();
        private final List<Integer> tokenOf = new ArrayList<>();
        private final List<Boolean> firstPart = new ArrayList<>();
        private final List<Boolean> lastPart = new ArrayList<>();

        static Keyed of(Sentence sentence) {
            Keyed k = new Keyed();
            for (Token t : sentence.tokens()) {
                String w = t.word();
                if (w.equals("-") || w.equals("\u2013") || w.equals("\u2014")) {
                    continue;
                }
                String[] parts = w.length() > 1 && w.indexOf('-') > 0 ? w.split("-") : new String[] {w};
                int added = 0;
                for (int p = 0; p < parts.length; p++) {
                    if (parts[p].isEmpty()) {
                        continue;
                    }
                    k.forms.add(parts[p]);
                    k.lemmas.add(parts.length == 1 ? t.lemma().toLowerCase(Locale.ROOT) : parts[p].toLowerCase(Locale.ROOT));
                    k.tokenOf.add(t.index());
                    k.firstPart.add(added == 0);
                    k.lastPart.add(false);
                    added++;
                }
                if (added > 0) {
                    k.lastPart.set(k.lastPart.size() - 1, true);
                }
            }
            return k;
        }

        int size() {
            return forms.size();
        }

        int token(int position) {
            return tokenOf.get(position);
        }

        boolean startsInsideToken(int position) {
            return !firstPart.get(position);
        }

        boolean endsAtTokenEnd(int position) {
            return lastPart.get(position);
        }

        /** Each position's keys, computed on first use: the tries ask for them once per phrase start that reaches them. */
        private List<String>[] formKeys;
        private List<String>[] lemmaKeys;

        @SuppressWarnings("unchecked")
        List<String> formKeys(int position) {
            if (formKeys == null) {
                formKeys = new List[size()];
            }
            List<String> keys = formKeys[position];
            if (keys == null) {
                keys = computeFormKeys(position);
                formKeys[position] = keys;
            }
            return keys;
        }

        @SuppressWarnings("unchecked")
        List<String> lemmaKeys(int position) {
            if (lemmaKeys == null) {
                lemmaKeys = new List[size()];
            }
            List<String> keys = lemmaKeys[position];
            if (keys == null) {
                keys = computeLemmaKeys(position);
                lemmaKeys[position] = keys;
            }
            return keys;
        }

        private List<String> computeFormKeys(int position) {
            String w = forms.get(position);
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Character.isUpperCase(w.charAt(1))) {
                return List.of(w, Character.toLowerCase(w.charAt(0)) + w.substring(1));
            }
            if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
                return List.of(w, w.toLowerCase(Locale.ROOT));
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !lower.equals(w) && w.equals(w.toUpperCase(Locale.ROOT))) {
                // an acronym ("AU", "K.U.") also matches a dictionary written in one case: PETRARCH's
                // dictionaries are upper case throughout and read as lower case ("THE_AU" is "the au")
                return List.of(w, lower);
            }
            return List.of(w);
        }

        private List<String> computeLemmaKeys(int position) {
            String lemma = lemmas.get(position);
            String lower = forms.get(position).toLowerCase(Locale.ROOT);
            if (Objects.equals(lemma, lower)) {
                // the lemmatizer leaves some plurals alone ("troops"): try the regular singular too
                return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                        ? List.of(lemma, lower.substring(0, lower.length() - 1)) : List.of(lemma);
            }
            return List.of(lemma, lower);
        }
    }
}
