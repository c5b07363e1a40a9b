package org.sitrep.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses the language of a text from its most common function words; "und" when it cannot tell. */
final class LanguageGuesser {
    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with",
                "was", "said", "by", "at", "it", "from", "as", "his", "have", "has", "were", "be", "an"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "und", "das", "den", "nicht", "ist", "mit", "von", "zu",
                "ein", "eine", "auf", "sich", "dem", "des", "auch", "für", "im", "wird", "sie", "es"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans",
                "pour", "qui", "pas", "sur", "au", "par", "avec", "ce", "il", "ont", "été"));
        FUNCTION_WORDS.put("es", Set.of("el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por",
                "con", "para", "se", "del", "su", "al", "es", "como", "más", "fue"));
        FUNCTION_WORDS.put("it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "del", "della",
                "sono", "con", "gli", "le", "è", "nel", "alla", "ha", "anche"));
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met",
                "voor", "zijn", "aan", "er", "ook", "werd", "naar"));
    }

    /** Each function word with its languages, in the order above: one look-up per word of the text. */
    private static final Map<String, java.util.List<String>> LANGUAGES_OF_WORD = new java.util.HashMap<>();

    static {
        FUNCTION_WORDS.forEach((language, words) -> words.forEach(
                w -> LANGUAGES_OF_WORD.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(language)));
    }

    private LanguageGuesser() {
    }

    static String guess(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < 2000) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            words++;
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            java.util.List<String> languages = LANGUAGES_OF_WORD.get(w);
            if (languages != null) {
                for (String language : languages) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }
        if (words < 3) {
            return "und";
        }
        if (words < 50) {
            // short texts: another language must clearly beat English ("Trump met Putin in Helsinki" is not Dutch)
            int english = hits.getOrDefault("en", 0);
            String other = null;
            int otherHits = 0;
            for (Map.Entry<String, Integer> e : hits.entrySet()) {
                if (!e.getKey().equals("en") && e.getValue() > otherHits) {
                    other = e.getKey();
                    otherHits = e.getValue();
                }
            }
            return otherHits >= 3 && otherHits > 2 * english ? other : english > 0 || otherHits == 0 ? "en" : "und";
        }
        String best = "und";
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits * 100 >= words * 8 || (words < 20 && bestHits >= 2) ? best : "und";
    }
}
