package org.sitrep.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.PloverType;

/**
 * Reads a PETRARCH CAMEO verb dictionary ({@code CAMEO.2.0.txt} format) into Sitrep's {@link EventPattern}s, so
 * PETRARCH users can bring their patterns. Each verb of a synonym block becomes a verb pattern with the block's
 * code (or its own); each {@code - BEFORE * OBJECT (PREP NOUN) [code]} pattern becomes a verb pattern whose words
 * before {@code *} must precede the verb and whose nouns and prepositions must follow it, one pattern per member
 * of each synset ({@code &NAME}, with regular plurals). The longest matching pattern wins; a null code makes the
 * verb code nothing rather than its shorter patterns' code, and a code with no PLOVER type (a WEIS code of an older
 * dictionary, a CAMEO 01 statement) codes an event with that code and no PLOVER type. Actor markers: {@code ^} skips an actor before the target, {@code + * $} swaps source and
 * target, a {@code %} before {@code *} needs a compound subject whose members are coded against each other;
 * transformations ({@code ~} lines) have no equivalent and are left out. A paired code ({@code [032:033]}) also
 * codes the reverse event, recipient to actor, with the second code.
 */
public final class PetrarchVerbReader {
    private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    /**
     * Where PETRARCH finds the target: the first actor of the verb phrase, as object, inside a prepositional
     * phrase of the verb or its object, else anywhere in the phrase the verb heads ({@code *}).
     */
    static final List<String> TARGET_ROLES = List.of("obj", "iobj", "with", "to", "against", "on", "at", "in", "from",
            "for", "into", "toward", "towards", "of", "over", "upon", "about", "near", "across", "inside", "*");

    private PetrarchVerbReader() {
    }

    public static List<EventPattern> read(InputStream in, String fileName) throws IOException {
        List<EventPattern> out = new ArrayList<>();
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        String currentSynset = null;
        boolean synsetPlurals = true;
        String blockCode = null;
        List<String> blockVerbs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String where = fileName + ":" + n;
                String t = stripComment(line).strip();
                if (t.isEmpty() || t.startsWith("<!--") || t.startsWith("~")) {
                    continue;
                }
                if (t.startsWith("&")) {
                    String label = t.split("\\s+")[0];
                    currentSynset = label.replaceAll("_$", "").toLowerCase(Locale.ROOT);
                    synsets.put(currentSynset, new ArrayList<>());
                    synsetPlurals = !label.endsWith("_");
                    continue;
                }
                Matcher block = BLOCK.matcher(t);
                if (block.find()) {
                    currentSynset = null;
                    blockCode = block.group(2) == null ? null : block.group(2).strip();
                    blockVerbs = new ArrayList<>();
                    continue;
                }
                if (t.startsWith("+") && currentSynset != null) {
                    addSynsetMember(synsets, currentSynset, t.substring(1).strip(), synsetPlurals);
                    continue;
                }
                if (t.startsWith("-")) {
                    addPattern(out, t.substring(1), blockVerbs, blockCode, synsets, where);
                    continue;
                }
                currentSynset = null;
                // a verb line: VERB {forms} [code], or +SYNONYM, or a multi-word verb with + on the verb
                String verbPart = t.startsWith("+") ? t.substring(1) : t;
                Matcher code = CODE.matcher(verbPart);
                String ownCode = code.find() ? code.group(1).strip() : null;
                String head = verbPart.replaceAll("\\{[^}]*\\}", "").replaceAll("\\[[^\\]]*\\]", "").strip();
                String verb = verbOf(head);
                if (verb == null) {
                    continue;
                }
                blockVerbs.add(verb);
                add(out, List.of(verb), ownCode != null ? ownCode : blockCode, where);
            }
        }
        return out;
    }

    /** A synset line: a phrase (words joined by blanks or _), a nested synset, with regular plurals unless "_". */
    private static void addSynsetMember(Map<String, List<List<String>>> synsets, String synset, String member,
                                        boolean plurals) {
        List<List<String>> members = synsets.get(synset);
        if (member.startsWith("&")) {
            List<List<String>> nested = synsets.get(member.replaceAll("_$", "").toLowerCase(Locale.ROOT));
            if (nested != null) {
                members.addAll(nested);
            }
            return;
        }
        List<String> ws = words(member);
        if (ws.isEmpty()) {
            return;
        }
        members.add(ws);
        if (plurals && !member.endsWith("_")) {
            String last = ws.get(ws.size() - 1);
            String plural = last.endsWith("y") ? last.substring(0, last.length() - 1) + "ies"
                    : last.endsWith("ss") ? last + "es" : last.endsWith("s") ? null : last + "s";
            if (plural != null) {
                List<String> p = new ArrayList<>(ws.subList(0, ws.size() - 1));
                p.add(plural);
                members.add(p);
            }
        }
    }

    /**
     * A pattern line: words before {@code *} must precede the verb, words after it follow it; synsets expand to one
     * pattern per member. Actor markers ({@code $ + % ^}) are not matched. A code without a PLOVER type (a null
     * code, or one of the WEIS-style codes of older dictionaries) still wins over shorter patterns but codes nothing.
     */
    private static void addPattern(List<EventPattern> out, String pattern, List<String> verbs, String blockCode,
                                   Map<String, List<List<String>>> synsets, String where) {
        Matcher code = CODE.matcher(pattern);
        String c = null;
        int cut = pattern.length();
        while (code.find()) {
            c = code.group(1).strip();
            cut = code.start();
        }
        String body = pattern.substring(0, cut);
        int star = body.indexOf('*');
        if (star < 0 || c == null) {
            return;
        }
        List<List<String>> before = expand(body.substring(0, star), synsets, true);
        List<List<String>> after = expand(body.substring(star + 1), synsets, false);
        if (before == null || after == null) {
            return; // an undefined synset: PETRARCH ignores the pattern
        }
        List<String> roles = roles(body.substring(0, star), body.substring(star + 1));
        for (String verb : verbs) {
            for (List<String> b : before) {
                for (List<String> a : after) {
                    List<String> all = new ArrayList<>();
                    all.add(verb);
                    all.addAll(a);
                    add(out, all, b, c, blockCode, roles, where);
                }
            }
        }
    }

    private static final int MAX_EXPANSIONS = 256;
    private static final Pattern PART_WORD = Pattern.compile("([\\s_]*)([^\\s_]+)");

    /**
     * The word sequences a pattern part stands for, one per combination of synset members; null if a synset is
     * undefined. Words joined by {@code _} (and the words of a synset phrase) must be consecutive: after the verb
     * such a word is marked {@link EventPattern#ADJACENT} in front (it follows the previous word or the verb at
     * once), before the verb at the end (the next word or the verb follows it at once).
     */
    private static List<List<String>> expand(String part, Map<String, List<List<String>>> synsets, boolean beforeVerb) {
        String text = part.replaceAll("[(){}]", " ");
        List<String> seps = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        Matcher m = PART_WORD.matcher(text);
        int end = 0;
        while (m.find()) {
            seps.add(m.group(1));
            toks.add(m.group(2));
            end = m.end();
        }
        boolean trailingJoin = text.substring(end).contains("_");
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i);
            if (isMarker(w)) {
                continue;
            }
            boolean joined = beforeVerb
                    ? i + 1 < toks.size() ? seps.get(i + 1).contains("_") && !isMarker(toks.get(i + 1)) : trailingJoin
                    : seps.get(i).contains("_") && (i == 0 || !isMarker(toks.get(i - 1)));
            List<List<String>> options;
            if (w.startsWith("&")) {
                options = synsets.get(w.toLowerCase(Locale.ROOT));
                if (options == null || options.isEmpty()) {
                    return null;
                }
            } else {
                options = List.of(List.of(w.replace("+", "").toLowerCase(Locale.ROOT)));
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (List<String> o : options) {
                    if (next.size() < MAX_EXPANSIONS) {
                        List<String> x = new ArrayList<>(prefix);
                        for (int k = 0; k < o.size(); k++) {
                            boolean adjacent = beforeVerb ? k < o.size() - 1 || joined : k > 0 || joined;
                            String word = o.get(k);
                            x.add(!adjacent ? word : beforeVerb ? word + EventPattern.ADJACENT
                                    : EventPattern.ADJACENT + word);
                        }
                        next.add(x);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Where the pattern's actors are: the target is the first actor after the verb, after one skipped actor per
     * {@code ^} before the {@code +} (or {@code $}); a {@code +} before the verb and a {@code $} after it make the
     * subject the target and the actor after the verb the source.
     */
    private static List<String> roles(String beforeVerb, String afterVerb) {
        List<String> before = List.of(beforeVerb.replaceAll("[(){}]", " ").split("[\\s_]+"));
        List<String> after = List.of(afterVerb.replaceAll("[(){}]", " ").split("[\\s_]+"));
        boolean reversed = before.contains("+") && after.contains("$");
        String stop = reversed ? "$" : "+";
        int skips = 0;
        if (after.contains(stop)) {
            for (String w : after.subList(0, after.indexOf(stop))) {
                skips += w.equals("^") ? 1 : 0;
            }
        }
        boolean compound = before.contains("%");
        if (skips == 0 && !reversed && !compound) {
            return TARGET_ROLES;
        }
        List<String> out = new ArrayList<>(TARGET_ROLES);
        if (compound) {
            out.add(DependencyEventCoder.COMPOUND);
        }
        for (int i = 0; i < skips; i++) {
            out.add(DependencyEventCoder.SKIP_ACTOR);
        }
        if (reversed) {
            out.add(DependencyEventCoder.SOURCE_AFTER);
        }
        return out;
    }

    private static boolean isMarker(String w) {
        return w.equals("$") || w.equals("+") || w.equals("%") || w.equals("^");
    }

    private static void add(List<EventPattern> out, List<String> words, String code, String where) {
        if (code == null) {
            return;
        }
        String[] paired = code.split(":");
        String cameo = paired[0].strip();
        String reverse = paired.length > 1 && codable(paired[1].strip()) ? paired[1].strip() : null;
        Optional<PloverType> type = typeOf(cameo);
        if (type.isEmpty()) {
            return;
        }
        out.add(new EventPattern(type.get(), EventPattern.Kind.VERB, words, cameo, null, List.of(), TARGET_ROLES,
                false, false, where, reverse));
    }

    /** A pattern with words before its verb; a code with no PLOVER type makes a pattern that codes nothing. */
    private static void add(List<EventPattern> out, List<String> words, List<String> before, String code,
                            String blockCode, List<String> roles, String where) {
        String[] paired = code.split(":");
        String cameo = paired[0].strip();
        String reverse = paired.length > 1 && codable(paired[1].strip()) ? paired[1].strip() : null;
        Optional<PloverType> type = typeOf(cameo);
        if (type.isEmpty()) {
            // never coded: the type is only there because every pattern has one
            PloverType any = blockCode == null ? PloverType.REQUEST
                    : CameoTypes.typeOf(blockCode.split(":")[0].strip()).orElse(PloverType.REQUEST);
            out.add(new EventPattern(any, EventPattern.Kind.VERB, words, EventPattern.NO_EVENT, null, List.of(),
                    roles, false, false, where, null, List.of(), before));
            return;
        }
        out.add(new EventPattern(type.get(), EventPattern.Kind.VERB, words, cameo, null, List.of(), roles, false,
                false, where, reverse, List.of(), before));
    }

    /**
     * The type a pattern with this code carries: its PLOVER type; a stand-in for a code the event record can carry
     * (2 to 4 digits) that has none (WEIS-style 2xx and 9xx codes, CAMEO 01 statements), so the verb codes an
     * event with that code and no PLOVER type; none for anything else (a null code, "174K", "###").
     */
    static Optional<PloverType> typeOf(String code) {
        Optional<PloverType> type = CameoTypes.typeOf(code);
        return type.isPresent() || !codable(code) ? type : Optional.of(EventPattern.STAND_IN);
    }

    private static boolean codable(String code) {
        return code.matches("\\d{2,4}");
    }

    /** The verb of a dictionary verb phrase: the word marked with + in a multi-word verb, else the first word. */
    private static String verbOf(String phrase) {
        List<String> ws = new ArrayList<>();
        String marked = null;
        for (String w : phrase.split("[\\s_]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.startsWith("+")) {
                marked = w.substring(1);
            }
            ws.add(w.replace("+", ""));
        }
        String v = marked != null ? marked : ws.isEmpty() ? null : ws.get(0);
        return v == null || v.isBlank() ? null : v.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s_]+")) {
            if (!w.isBlank()) {
                out.add(w.replace("+", "").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
