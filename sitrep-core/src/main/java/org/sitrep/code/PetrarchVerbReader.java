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
 * code (or its own); each {@code - * OBJECT (PREP NOUN) [code]} pattern becomes a verb pattern whose extra words
 * are its post-verb nouns and prepositions, synsets ({@code &NAME}) expanded. Pre-verb parts and transformations
 * ({@code ~} lines) have no equivalent and are left out; codes without a PLOVER type (01, null codes) too. A
 * paired code ({@code [032:033]}) also codes the reverse event, recipient to actor, with the second code.
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
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        String currentSynset = null;
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
                    currentSynset = t.split("\\s+")[0].replaceAll("_$", "").toLowerCase(Locale.ROOT);
                    synsets.put(currentSynset, new ArrayList<>());
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
                    synsets.get(currentSynset).add(words(t.substring(1)).get(0));
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

    private static void addPattern(List<EventPattern> out, String pattern, List<String> verbs, String blockCode,
                                   Map<String, List<String>> synsets, String where) {
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
        String after = body.substring(star + 1).replaceAll("[(){}]", " ").strip();
        List<String> tail = new ArrayList<>();
        for (String w : after.split("\\s+")) {
            if (w.isBlank() || w.startsWith("$") || w.startsWith("%") || w.startsWith("^")) {
                continue;
            }
            if (w.startsWith("&")) {
                List<String> set = synsets.get(w.replaceAll("_$", "").toLowerCase(Locale.ROOT));
                if (set != null && !set.isEmpty()) {
                    tail.add(set.get(0)); // the synset's first member stands for the set
                }
                continue;
            }
            tail.addAll(words(w));
        }
        for (String verb : verbs) {
            List<String> all = new ArrayList<>();
            all.add(verb);
            all.addAll(tail);
            add(out, all, c, where);
        }
    }

    private static void add(List<EventPattern> out, List<String> words, String code, String where) {
        if (code == null) {
            return;
        }
        String[] paired = code.split(":");
        String cameo = paired[0].strip();
        String reverse = paired.length > 1 && CameoTypes.typeOf(paired[1].strip()).isPresent() ? paired[1].strip() : null;
        Optional<PloverType> type = CameoTypes.typeOf(cameo);
        if (type.isEmpty()) {
            return;
        }
        out.add(new EventPattern(type.get(), EventPattern.Kind.VERB, words, cameo, null, List.of(), TARGET_ROLES,
                false, false, where, reverse));
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
