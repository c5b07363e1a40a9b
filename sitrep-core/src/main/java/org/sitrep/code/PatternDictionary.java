package org.sitrep.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.PloverType;
import org.sitrep.resolve.DictionaryException;

/**
 * Event patterns by trigger word, read from one file per PLOVER type ({@code docs/dictionaries.md}), plus the
 * discard phrases that mark sports, business and entertainment sentences.
 */
public final class PatternDictionary {
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final List<List<String>> discards;
    private final List<EventPattern> all;
    private final int size;

    public PatternDictionary(List<EventPattern> patterns, List<List<String>> discards) {
        for (EventPattern p : patterns) {
            Map<String, List<EventPattern>> index = p.kind() == EventPattern.Kind.VERB ? verbs : nouns;
            index.computeIfAbsent(p.anchor().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        this.discards = List.copyOf(discards);
        this.all = List.copyOf(patterns);
        this.size = patterns.size();
    }

    /** Sitrep's own patterns. */
    public static PatternDictionary defaults() {
        return new PatternDictionary(loadDefaultPatterns(), loadDefaultDiscards());
    }

    private static List<EventPattern> loadDefaultPatterns() {
        List<EventPattern> all = new ArrayList<>();
        for (PloverType type : PloverType.values()) {
            String file = type.name().toLowerCase(Locale.ROOT) + ".patterns";
            try (InputStream in = PatternDictionary.class.getResourceAsStream("patterns/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in pattern file patterns/" + file);
                }
                all.addAll(read(in, file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static List<List<String>> loadDefaultDiscards() {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = PatternDictionary.class.getResourceAsStream("patterns/discards.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String t = (hash < 0 ? line : line.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(Arrays.asList(t.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Reads one pattern file; the type comes from the file name ({@code assault.patterns}). */
    public static List<EventPattern> read(InputStream in, String fileName) throws IOException {
        String base = fileName.replaceAll("\\.patterns$", "");
        Optional<PloverType> type = PloverType.find(base);
        if (type.isEmpty()) {
            throw new DictionaryException(fileName, "the file name must be a PLOVER type, e.g. assault.patterns");
        }
        List<EventPattern> out = new ArrayList<>();
        for (Map.Entry<Integer, String> line : contentLines(in).entrySet()) {
            String where = fileName + ":" + line.getKey();
            for (String expanded : expandSets(line.getValue(), where)) {
                out.add(parse(type.get(), expanded, where));
            }
        }
        return out;
    }

    /** The lines of a dictionary file without comments ("#" to the end) and blank lines, by line number. */
    private static Map<Integer, String> contentLines(InputStream in) throws IOException {
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String t = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!t.isEmpty()) {
                out.put(n, t);
            }
        }
        return out;
    }

    /** Word sets ({@code @weapon}) of {@code patterns/sets.txt}, usable in any pattern file. */
    private static final Map<String, List<String>> SETS = loadSets();

    private static Map<String, List<String>> loadSets() {
        Map<String, List<String>> sets = new HashMap<>();
        try (InputStream in = PatternDictionary.class.getResourceAsStream("patterns/sets.txt")) {
            if (in == null) {
                return sets;
            }
            for (Map.Entry<Integer, String> line : contentLines(in).entrySet()) {
                String t = line.getValue();
                int eq = t.indexOf('=');
                if (!t.startsWith("@") || eq < 0) {
                    throw new DictionaryException("patterns/sets.txt:" + line.getKey(), "expected '@name = word; word; ...'");
                }
                List<String> words = new ArrayList<>();
                for (String w : t.substring(eq + 1).split(";")) {
                    if (!w.isBlank()) {
                        words.add(w.strip().toLowerCase(Locale.ROOT));
                    }
                }
                sets.put(t.substring(0, eq).strip(), words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }

    /** A pattern line with a word set ("verb supply @weapon | ...") stands for one line per member of the set. */
    static List<String> expandSets(String line, String where) {
        int at = line.indexOf('@');
        int bar = line.indexOf('|');
        if (at < 0 || bar >= 0 && at > bar) {
            return List.of(line);
        }
        int end = at;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '|') {
            end++;
        }
        List<String> out = new ArrayList<>();
        for (String m : set(line.substring(at, end), where)) {
            out.addAll(expandSets(line.substring(0, at) + m + line.substring(end), where));
        }
        return out;
    }

    /** The members of word set {@code name} ("@weapon"). */
    private static List<String> set(String name, String where) {
        List<String> members = SETS.get(name);
        if (members == null) {
            throw new DictionaryException(where, "unknown word set " + name + " (sets are defined in patterns/sets.txt)");
        }
        return members;
    }

    static EventPattern parse(PloverType type, String line, String where) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            throw new DictionaryException(where, "expected '<verb|noun> <words> | cameo=<code> ...'");
        }
        String[] head = line.substring(0, bar).strip().split("\\s+");
        if (head.length < 2) {
            throw new DictionaryException(where, "a pattern needs a kind (verb or noun) and at least one word");
        }
        EventPattern.Kind kind = switch (head[0]) {
            case "verb" -> EventPattern.Kind.VERB;
            case "noun" -> EventPattern.Kind.NOUN;
            default -> throw new DictionaryException(where, "kind must be 'verb' or 'noun', got '" + head[0] + "'");
        };
        List<String> words = new ArrayList<>();
        for (int i = 1; i < head.length; i++) {
            words.add(head[i].toLowerCase(Locale.ROOT));
        }
        String cameo = null;
        String mode = null;
        List<String> context = List.of();
        List<String> recipient = kind == EventPattern.Kind.VERB ? List.of("obj") : List.of();
        boolean needsRecipient = false;
        boolean reciprocal = false;
        boolean received = false;
        List<String> subjects = List.of();
        for (String option : line.substring(bar + 1).strip().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            int eq = option.indexOf('=');
            String key = eq < 0 ? option : option.substring(0, eq);
            String value = eq < 0 ? "" : option.substring(eq + 1);
            switch (key) {
                case "cameo" -> {
                    if (!CAMEO.matcher(value).matches() && !value.equals(EventPattern.NO_EVENT)) {
                        throw new DictionaryException(where, "cameo must be 2 to 4 digits or --- (no event), got '"
                                + value + "'");
                    }
                    cameo = value;
                }
                case "mode" -> mode = value.isEmpty() ? null : value;
                case "context" -> context = List.of(value.split(","));
                case "recipient" -> recipient = List.of(value.toLowerCase(Locale.ROOT).split(","));
                case "needs" -> {
                    if (!value.equals("recipient")) {
                        throw new DictionaryException(where, "only 'needs=recipient' is known, got 'needs=" + value + "'");
                    }
                    needsRecipient = true;
                }
                case "reciprocal" -> reciprocal = true;
                case "received" -> received = true;
                case "subject" -> {
                    List<String> members = new ArrayList<>();
                    for (String w : value.toLowerCase(Locale.ROOT).split(",")) {
                        members.addAll(w.startsWith("@") ? set(w, where) : List.of(w));
                    }
                    subjects = List.copyOf(members);
                }
                default -> throw new DictionaryException(where, "unknown option '" + key
                        + "' (cameo, mode, context, recipient, needs, reciprocal, received, subject)");
            }
        }
        if (cameo == null) {
            throw new DictionaryException(where, "missing cameo=<code>");
        }
        if (!subjects.isEmpty() && kind != EventPattern.Kind.VERB) {
            throw new DictionaryException(where, "subject= is for verb patterns");
        }
        if (received) {
            if (kind != EventPattern.Kind.VERB) {
                throw new DictionaryException(where, "received is for verb patterns");
            }
            List<String> roles = new ArrayList<>(recipient);
            roles.add(DependencyEventCoder.RECEIVED);
            recipient = List.copyOf(roles);
        }
        return new EventPattern(type, kind, words, cameo, mode, context, recipient, needsRecipient, reciprocal, where,
                null, subjects);
    }

    public List<EventPattern> verbs(String word) {
        return verbs.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    public List<EventPattern> nouns(String word) {
        return nouns.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * True when a tagged sentence may hold an event: a verb pattern's verb on a verb or a noun pattern's head on a
     * noun (by lemma or lower-cased word, hyphenated words by their parts) with the pattern's other words somewhere
     * in the sentence, or a modal of demand ("must"). The coder looks for nothing else, so a sentence this turns
     * down needs no dependency parse.
     */
    public boolean mayTrigger(List<String> words, List<String> lemmas, List<String> tags) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            present.add(w);
            present.add(lemmas.get(i).toLowerCase(Locale.ROOT));
            if (w.indexOf('-') > 0) {
                present.addAll(List.of(w.split("-")));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String tag = tags.get(i);
            boolean verb = tag.startsWith("VB");
            boolean noun = tag.startsWith("NN");
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            if (tag.equals("MD") && (lower.equals("must") || lower.equals("should"))) {
                return true;
            }
            if (!verb && !noun) {
                continue;
            }
            // as the coder looks: verb patterns on verbs, noun patterns on nouns
            Map<String, List<EventPattern>> index = verb ? verbs : nouns;
            String lemma = lemmas.get(i).toLowerCase(Locale.ROOT);
            // "resulted in the death of", "confirmed the capture of": an outcome noun (DependencyEventCoder)
            if (noun && Numbers.OUTCOME_NOUNS.contains(lemma) && present.contains("of")
                    && (present.contains("result") || present.contains("lead") || present.contains("confirm")
                    || present.contains("announce"))) {
                return true;
            }
            if (completes(index.get(lemma), present) || completes(index.get(lower), present)) {
                return true;
            }
            // a verb the tagger read as a noun, between its subject and its object: "a combined force capture a
            // Taliban financier" (the coder takes a noun with a subject and an object for the verb)
            if (noun && i > 0 && i + 1 < words.size() && tags.get(i - 1).startsWith("NN")
                    && (tags.get(i + 1).equals("DT") || tags.get(i + 1).equals("CD"))
                    && (completes(verbs.get(lemma), present) || completes(verbs.get(lower), present))) {
                return true;
            }
            if (lower.indexOf('-') > 0) {
                for (String part : lower.split("-")) {
                    if (completes(index.get(part), present)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * One of the patterns has all its other words, and one of its subject words if it names any, in the sentence
     * ("hold talks" needs "talks", "hold" with subject=ceasefire needs "ceasefire").
     */
    private static boolean completes(List<EventPattern> candidates, java.util.Set<String> present) {
        if (candidates == null) {
            return false;
        }
        for (EventPattern p : candidates) {
            if (present.containsAll(p.words())
                    && (p.subjects().isEmpty() || p.subjects().stream().anyMatch(present::contains))) {
                return true;
            }
        }
        return false;
    }

    /** Every pattern, in load order. */
    public List<EventPattern> patterns() {
        return all;
    }

    public List<List<String>> discards() {
        return discards;
    }

    public int size() {
        return size;
    }
}
