package org.sitrep.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Dependency;
import org.sitrep.model.Quantity;
import org.sitrep.model.Token;

/**
 * Numbers in a sentence: how many of what ("518 drones and missiles", "more than 200 troops", "dozens of
 * people"), and casualties (killed, injured, arrested, missing) from the verbs and nouns that report them.
 */
final class Numbers {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("thousand", 1000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("dozen", 12L), Map.entry("a", 1L), Map.entry("an", 1L));
    /** The size of the unit a vague plural counts: "tens of thousands" counts thousands. */
    private static final Map<String, Long> UNITS = Map.of("thousands", 1000L, "millions", 1_000_000L,
            "hundreds", 100L);

    /** Vague amounts as lower bounds: "dozens" is at least 24. */
    private static final Map<String, Long> VAGUE = Map.of("dozens", 24L, "hundreds", 200L, "thousands", 2000L,
            "scores", 40L, "tens", 20L, "millions", 2_000_000L, "several", 3L, "numerous", 4L, "multiple", 3L);
    private static final Set<String> AT_LEAST = Set.of("least", "more", "over", "above", "exceeding", "than");
    private static final Set<String> AT_MOST = Set.of("up", "most", "fewer", "less", "under", "nearly", "almost");

    static final Set<String> KILL = Set.of("kill", "die", "slay", "massacre", "execute", "murder", "dead", "death",
            "fatality", "body", "toll", "perish");
    static final Set<String> INJURE = Set.of("injure", "wound", "hurt", "injury", "injured", "wounded", "maim");
    /** Detentions by an authority or a force; abductions ("gunmen kidnapped 15 miners") count hostages, not arrests. */
    static final Set<String> ARREST = Set.of("arrest", "detain", "capture", "apprehend", "seize",
            "detention", "detainment", "arrested", "detained", "captured");
    static final Set<String> MISSING = Set.of("missing", "unaccounted");

    private Numbers() {
    }

    /** A number found on a token, with its bounds. */
    record Amount(Long value, Long min, Long max, int first, int last) {
    }

    /** The amount a token expresses, with "at least"/"up to" modifiers, or null. */
    static Amount amount(Graph g, int i) {
        Token t = g.token(i);
        String w = t.word().toLowerCase(Locale.ROOT).replace(",", "");
        Long n = null;
        Long vague = VAGUE.get(w);
        // "a number of suspects": several (parsed as a noun with "of", or as a fixed determiner on the noun)
        if (w.equals("number") && i > 0 && aNumberOf(g, i - 1)) {
            return new Amount(null, 3L, null, i - 1, i);
        }
        if (w.equals("a") && aNumberOf(g, i)) {
            return new Amount(null, 3L, null, i, i + 1);
        }
        // "a few suspects": a handful, counted as several ("few" alone, "few were hurt", is no count)
        if (w.equals("few") && aFew(g, i)) {
            return new Amount(null, 3L, null, i - 1, i);
        }
        if (vague == null && !t.isNumber() && !WORDS.containsKey(w)) {
            return null;
        }
        if (vague == null) {
            n = parse(w);
            if (n == null) {
                return null;
            }
            if (i + 1 < g.sentence.size() && g.token(i + 1).start() == t.end()
                    && g.token(i + 1).word().matches("[-/]\\d.*")) {
                return null; // a release number or a date split by the tokenizer: "2010-09-CA-062", "2010/11"
            }
            // "210 billion" with the multiplier as the number's head: the number before multiplies it
            boolean multiplier = w.equals("million") || w.equals("billion") || w.equals("thousand")
                    || w.equals("hundred");
            if (multiplier && i > 0 && (g.token(i - 1).isNumber() || WORDS.containsKey(g.lower(i - 1)))
                    && !g.lower(i - 1).equals("a") && !g.lower(i - 1).equals("an")) {
                Amount before = amount(g, i - 1);
                if (before != null && before.value() != null) {
                    return new Amount(before.value(), before.min(), before.max(), before.first(), i);
                }
            }
            // "1.5 million", "two hundred": a following multiplier
            if (i + 1 < g.sentence.size()) {
                String next = g.lower(i + 1);
                if ((next.equals("million") || next.equals("billion") || next.equals("thousand") || next.equals("hundred"))
                        && !w.equals(next)) {
                    Long mult = WORDS.get(next);
                    double base = parseDouble(w);
                    n = Math.round(base * mult);
                }
            }
        }
        int first = i;
        String bound = null;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String x = g.lower(k);
            if (AT_LEAST.contains(x)) {
                bound = "min";
                first = Math.min(first, k - (k > 0 && (g.lower(k - 1).equals("at") || g.lower(k - 1).equals("more")) ? 1 : 0));
            } else if (AT_MOST.contains(x)) {
                bound = "max";
                first = Math.min(first, k - (k > 0 && (g.lower(k - 1).equals("at") || g.lower(k - 1).equals("up")) ? 1 : 0));
            }
        }
        first = Math.max(0, first);
        if (vague != null) {
            // "tens of thousands" is at least 20,000, "hundreds of thousands" 200,000
            if (!UNITS.containsKey(w) || w.equals("hundreds")) {
                if (i + 2 < g.sentence.size() && g.lower(i + 1).equals("of") && UNITS.containsKey(g.lower(i + 2))
                        && !g.lower(i + 2).equals(w)) {
                    return new Amount(null, vague * UNITS.get(g.lower(i + 2)), null, first, i + 2);
                }
            }
            Long unit = UNITS.get(w);
            if (unit != null && i >= 2 && g.lower(i - 1).equals("of") && VAGUE.containsKey(g.lower(i - 2))
                    && !UNITS.containsKey(g.lower(i - 2))) {
                return new Amount(null, VAGUE.get(g.lower(i - 2)) * unit, null, Math.min(first, i - 2), i);
            }
            return new Amount(null, vague, null, first, i);
        }
        Amount range = range(g, i, n);
        if (range != null) {
            return range;
        }
        if ("min".equals(bound)) {
            return new Amount(null, n, null, first, i);
        }
        if ("max".equals(bound)) {
            return new Amount(null, null, n, first, i);
        }
        return new Amount(n, null, null, first, i);
    }

    /**
     * A range around the number at {@code i}: "20 to 30", "20-30", "between 20 and 30", "from 20 to 30", whichever of
     * its two numbers the parse made the head; null when there is none (or both look like years).
     */
    private static Amount range(Graph g, int i, Long n) {
        if (n == null) {
            return null;
        }
        int size = g.sentence.size();
        if (i >= 2 && RANGE_WORDS.contains(g.lower(i - 1)) && g.token(i - 2).isNumber()) {
            Long low = parse(g.lower(i - 2).replace(",", ""));
            boolean between = i >= 3 && g.lower(i - 3).equals("between");
            boolean from = i >= 3 && g.lower(i - 3).equals("from");
            if (low != null && low < n && (!g.lower(i - 1).equals("and") || between) && !years(low, n)) {
                return new Amount(null, low, n, between || from ? i - 3 : i - 2, i);
            }
        }
        if (i + 2 < size && RANGE_WORDS.contains(g.lower(i + 1)) && g.token(i + 2).isNumber()) {
            Long high = parse(g.lower(i + 2).replace(",", ""));
            boolean between = i >= 1 && g.lower(i - 1).equals("between");
            boolean from = i >= 1 && g.lower(i - 1).equals("from");
            if (high != null && n < high && (!g.lower(i + 1).equals("and") || between) && !years(n, high)) {
                return new Amount(null, n, high, between || from ? i - 1 : i, i + 2);
            }
        }
        return null;
    }

    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "\u2013", "and");

    private static boolean years(long a, long b) {
        return a >= 1900 && a <= 2100 && b >= 1900 && b <= 2100;
    }

    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "them", "his", "her", "their", "its");

    /** "two of the men", "several of them": a number of a group already known ("tens of thousands" is none). */
    private static boolean partitive(Graph g, int quantifier) {
        return quantifier + 2 < g.sentence.size() && g.lower(quantifier + 1).equals("of")
                && DEFINITE.contains(g.lower(quantifier + 2));
    }

    private static boolean aFew(Graph g, int few) {
        return few > 0 && g.lower(few).equals("few") && g.lower(few - 1).equals("a");
    }

    private static boolean aNumberOf(Graph g, int a) {
        return a + 2 < g.sentence.size() && g.lower(a).equals("a") && g.lower(a + 1).equals("number")
                && g.lower(a + 2).equals("of");
    }

    /** A number written in digits or as a word ("two", "12"), or null. */
    static Long parse(String w) {
        Long word = WORDS.get(w);
        if (word != null) {
            return word;
        }
        try {
            if (w.matches("\\d+")) {
                return Long.parseLong(w);
            }
            if (w.matches("\\d+\\.\\d+")) {
                return Math.round(Double.parseDouble(w));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static double parseDouble(String w) {
        Long word = WORDS.get(w);
        if (word != null) {
            return word;
        }
        try {
            return Double.parseDouble(w);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The amount attached to a noun: a nummod child, "dozens of" or a number that is the noun itself. */
    static Amount amountOf(Graph g, int noun) {
        Amount self = amount(g, noun);
        if (self != null) {
            return self;
        }
        for (Dependency d : g.children(noun)) {
            // "two of the men", "several of them": a partitive quantifier (det:qmod) counts the noun
            if (d.relation().equals("nummod") || d.relation().equals("det:qmod") && partitive(g, d.dependent())
                    || (d.relation().startsWith("det") || d.relation().equals("amod"))
                    && (VAGUE.containsKey(g.lower(d.dependent())) || aNumberOf(g, d.dependent())
                    || aFew(g, d.dependent()))) {
                Amount a = amount(g, d.dependent());
                if (a != null) {
                    return a;
                }
            }
        }
        for (Dependency d : g.children(noun)) {
            // "between 20 and 30 protesters", parsed with the numbers as compounds: only as a range
            if (d.relation().equals("compound") && g.token(d.dependent()).tag().equals("CD")) {
                Amount a = amount(g, d.dependent());
                if (a != null && a.min() != null && a.max() != null) {
                    return a;
                }
            }
        }
        // "dozens of people": the parse may hang "people" under "dozens" (nmod:of) or the reverse
        for (Dependency d : g.parents(noun)) {
            if (d.relation().equals("nmod:of")) {
                Amount a = amount(g, d.governor());
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Nouns of time: "five decades of rule", "for more than a year" measure time, not things. */
    private static final Set<String> DURATIONS = Set.of("second", "minute", "hour", "day", "night", "week",
            "weekend", "month", "year", "decade", "century", "generation");
    /** Nouns for the parties of a story: "the two countries", "the three sides" point back to them. */
    private static final Set<String> PARTY_NOUNS = Set.of("country", "nation", "side", "state", "government",
            "leader", "neighbour", "neighbor", "rival", "party", "capital");
    /** Currency signs and the unit their amounts are counted in. */
    private static final Map<String, String> CURRENCIES = Map.of("$", "US dollars", "us$", "US dollars",
            "\u20ac", "euros", "\u00a3", "pounds");

    /** Quantities of things under the trigger: numbers on nouns that are not casualties, years or compounds. */
    static List<Quantity> quantities(Graph g, String text, int trigger, Set<Integer> casualtyNouns) {
        List<Quantity> out = new ArrayList<>();
        for (int i : g.subtree(trigger, 40)) {
            Token t = g.token(i);
            String currency = CURRENCIES.get(t.word().toLowerCase(Locale.ROOT));
            if (currency != null && !casualtyNouns.contains(i)) {
                // "$500 million", "a $50 billion loan": the sign heads the amount after it
                Amount money = amountOf(g, i);
                if (money != null && money.first() > i && (money.value() != null || money.min() != null)) {
                    out.add(new Quantity(money.value(), money.min(), money.max(), currency,
                            text.substring(t.start(), g.token(money.last()).end())));
                }
                continue;
            }
            if (!t.isNoun() || casualtyNouns.contains(i)) {
                continue;
            }
            String lemma = g.lemma(i).toLowerCase(Locale.ROOT);
            if (DURATIONS.contains(lemma)) {
                continue; // a span of time
            }
            if (VAGUE.containsKey(g.lower(i)) && i + 1 < g.sentence.size() && g.lower(i + 1).equals("of")) {
                continue; // "tens of thousands of people", "hundreds of pagers": the counted noun follows
            }
            if (g.parents(i).stream().anyMatch(d -> d.relation().equals("compound"))) {
                continue;
            }
            Amount a = amountOf(g, i);
            if (a == null || a.first() == i && a.last() == i) {
                continue;
            }
            if (a.value() != null && a.value() >= 1900 && a.value() <= 2100 && a.first() == a.last()) {
                continue; // a year
            }
            if (MONTHS.contains(t.word().toLowerCase(Locale.ROOT).replace(".", ""))) {
                continue; // a day of a month: "on 20 October"
            }
            int last = i;
            for (Dependency d : g.children(i)) {
                if (d.relation().startsWith("conj") && d.dependent() > last && g.token(d.dependent()).isNoun()) {
                    last = d.dependent();
                }
            }
            if (a.first() > i) {
                continue; // a number after its noun ("drones numbering 50") is not a count of it here
            }
            if (a.first() > 0 && g.lower(a.first() - 1).equals("the") && PARTY_NOUNS.contains(lemma)) {
                continue; // "the two countries": the parties already named, not a count
            }
            int unitStart = Math.min(i, Math.max(a.last() + 1, first(g, i)));
            String unit = text.substring(g.token(unitStart).start(), g.token(last).end());
            String all = text.substring(g.token(Math.min(a.first(), unitStart)).start(), g.token(last).end());
            if (unit.isBlank()) {
                continue;
            }
            out.add(new Quantity(a.value(), a.min(), a.max(), unit, all));
        }
        out.sort(java.util.Comparator.comparing(Quantity::text));
        return dedupe(out);
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private static List<Quantity> dedupe(List<Quantity> in) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : in) {
            if (out.stream().noneMatch(o -> o.text().equals(q.text()))) {
                out.add(q);
            }
        }
        return out;
    }

    /** The first token of the noun's phrase to the left (its adjectives and compounds). */
    private static int first(Graph g, int noun) {
        int first = noun;
        for (Dependency d : g.children(noun)) {
            String r = d.relation();
            if ((r.equals("amod") || r.equals("compound")) && d.dependent() < first) {
                first = d.dependent();
            }
        }
        return first;
    }

    /** Nouns that name one person when singular ("a Taliban leader", "the facilitator"). */
    static final Set<String> PERSON_NOUNS = Set.of("person", "man", "woman", "boy", "girl", "child", "civilian",
            "soldier", "officer", "policeman", "fighter", "militant", "insurgent", "rebel", "gunman", "leader",
            "commander", "facilitator", "suspect", "member", "journalist", "reporter", "activist", "protester",
            "official", "worker", "resident", "student", "teacher", "doctor", "nurse", "driver", "guard",
            "bomber", "attacker", "operative", "financier", "associate", "militiaman", "smuggler", "trafficker",
            "sniper", "expert", "specialist", "judge", "lawyer", "politician", "mayor", "governor", "farmer",
            "villager", "shepherd", "contractor", "diplomat", "minister", "spokesman", "spokeswoman", "hostage",
            "supplier", "dealer", "forger", "maker", "kidnapper", "courier", "emir", "deputy", "chief", "trainer",
            "instructor", "recruiter", "planner", "coordinator", "organizer", "organiser", "collaborator",
            "accomplice", "agent", "spy", "bodyguard", "lieutenant", "sub-commander", "subcommander", "mullah",
            "cleric", "imam", "jihadist", "terrorist", "extremist", "fugitive", "informant", "assassin", "shooter",
            "gunrunner", "affiliate", "supporter", "sympathizer", "henchman", "son", "brother", "nephew", "cousin");

    /** Words for people in the plural or by number that {@link #PERSON_NOUNS} leaves out. */
    private static final Set<String> PEOPLE = Set.of("people", "other", "individual", "detainee", "national",
            "family", "relative", "youth", "worshipper", "passenger", "pilgrim", "migrant", "refugee", "crew");

    /** A noun (or a bare number) that counts people: "two suspects", "numerous others", "captured two". */
    private static boolean isPeople(Graph g, int noun) {
        String lemma = g.lemma(noun);
        // a name with a figure in it is a model of weapon or vehicle ("multiple AK-47s", "two M16s"), not people
        return !g.token(noun).isNoun() || PERSON_NOUNS.contains(lemma) || PEOPLE.contains(lemma)
                || LOCAL_PEOPLE.contains(lemma)
                || g.token(noun).tag().startsWith("NNP") && !g.token(noun).word().matches(".*\\d.*");
    }

    /**
     * The people a noun phrase names, counted: numbers and vague amounts ("two", "several"), one for a singular
     * person noun or a name, summed over coordinated phrases. Null when any part is no countable person.
     */
    static Count countPeople(Graph g, String text, int noun, boolean names) {
        List<Integer> parts = new ArrayList<>();
        parts.add(noun);
        for (int c : g.dependents(noun, "conj")) {
            // "a leader and another (wanted associate)", "the facilitator and one of his associates"; not the
            // things seized with them ("two suspects and one assault rifle")
            if (g.token(c).isNoun() && (isPeople(g, c) || amountOf(g, c) == null) || g.lower(c).equals("another")
                    || !g.token(c).isNoun() && amount(g, c) != null) {
                parts.add(c);
            }
        }
        long min = 0;
        Long max = 0L;
        for (int p : parts) {
            Amount a = amountOf(g, p);
            if (a != null) {
                long lo = a.value() != null ? a.value() : a.min() == null ? 0 : a.min();
                min += lo;
                max = max == null || a.value() == null && a.max() == null ? null
                        : max + (a.value() != null ? a.value() : a.max());
                continue;
            }
            Token t = g.token(p);
            if (g.lower(p).equals("another")) {
                min += 1;
                max = max == null ? null : max + 1;
                continue;
            }
            // a person noun the tagger took for an adjective: "captured a suspected militant"
            boolean singular = t.tag().equals("NN") || t.tag().equals("NNP")
                    || t.tag().equals("JJ") && (PERSON_NOUNS.contains(g.lower(p)) || LOCAL_PEOPLE.contains(g.lower(p))
                    || isAge(g, p));
            if (singular && (names && t.tag().equals("NNP") || PERSON_NOUNS.contains(g.lemma(p))
                    || LOCAL_PEOPLE.contains(g.lemma(p)) || isAge(g, p))) {
                min += 1;
                max = max == null ? null : max + 1;
                continue;
            }
            // "captured a commander and other militants": people besides those named, in the plural, are at least
            // two (the least a plural allows)
            if (t.tag().equals("NNS") && PERSON_NOUNS.contains(g.lemma(p))
                    && g.dependents(p, "amod").stream().anyMatch(x -> g.lower(x).equals("other"))) {
                min += 2;
                max = null;
                continue;
            }
            return null;
        }
        if (min == 0) {
            return null;
        }
        int from = noun;
        int to = parts.get(parts.size() - 1);
        for (int i : g.subtree(noun, 40)) {
            from = Math.min(from, i);
        }
        String words = text.substring(g.token(from).start(), g.token(Math.max(to, noun)).end());
        return new Count(min, max, words);
    }

    /**
     * A noun the tagger took for a verb's place that has a subject and an object ("a combined force capture a
     * Taliban financier", with the verb's agreement wrong): a noun takes no object, so it is the verb.
     */
    static boolean nounWithObject(Graph g, int i) {
        return g.token(i).isNoun() && !g.dependents(i, "nsubj").isEmpty() && !g.dependents(i, "obj").isEmpty();
    }

    /**
     * The objects a verb shares with the verb it is coordinated after, which the parse hangs on the first verb only:
     * "identified and detained the facilitator and several of his associates". Empty for a verb with its own object
     * or subject of its own ("police searched the house and soldiers detained").
     */
    static List<Integer> sharedObjects(Graph g, int verb) {
        if (!g.token(verb).isVerb() || !g.dependents(verb, "obj").isEmpty()) {
            return List.of();
        }
        for (Dependency d : g.parents(verb)) {
            if (d.baseRelation().equals("conj") && d.governor() >= 0 && d.governor() < verb
                    && g.token(d.governor()).isVerb()) {
                List<Integer> objects = g.dependents(d.governor(), "obj");
                boolean ownSubject = g.dependents(verb, "nsubj").stream()
                        .anyMatch(x -> !g.dependents(d.governor(), "nsubj").contains(x));
                if (!ownSubject && objects.stream().allMatch(o -> o > verb)) {
                    return objects;
                }
            }
        }
        return List.of();
    }

    /**
     * A person noun the parse hung under a group's name as "of": "captured an Islamic Movement of Uzbekistan
     * facilitator" read as "an Islamic Movement of (Uzbekistan facilitator)". Only a bare singular person noun
     * (no article of its own) after a proper name counts, as one person.
     */
    private static Count memberOfNamedGroup(Graph g, String text, int name) {
        if (!g.token(name).tag().startsWith("NNP")) {
            return null;
        }
        for (int o : g.prepositional(name, "of")) {
            if (g.dependents(o, "det", "nummod", "nmod:poss").isEmpty() && g.token(o).tag().equals("NN")
                    && PERSON_NOUNS.contains(g.lemma(o))) {
                int from = name;
                for (int i : g.subtree(name, 40)) {
                    from = Math.min(from, i);
                }
                // "an Islamic Movement of Uzbekistan facilitator and multiple suspected insurgents": the people
                // coordinated with the member count too
                Count all = countPeople(g, text, o, false);
                if (all != null && all.min() > 1) {
                    int to = g.dependents(o, "conj").stream().max(Integer::compare).orElse(o);
                    return new Count(all.min(), all.max(), text.substring(g.token(from).start(), g.token(to).end()));
                }
                return new Count(1L, 1L, text.substring(g.token(from).start(), g.token(o).end()));
            }
        }
        return null;
    }

    /** Nouns for a death or a detention that an operation's outcome is told with. */
    static final Set<String> OUTCOME_NOUNS = Set.of("death", "killing", "capture", "detention", "detainment",
            "arrest");

    /**
     * The person noun of an outcome told as a noun, or -1: "(the operation) resulted in the death of X", "led to the
     * arrest of X", "(forces) confirmed the capture of X". Only after verbs of outcome and confirmation, so that
     * "mourned the death of X" or "demanded the arrest of X" tell no happening of their own.
     */
    static int outcomeOf(Graph g, int noun) {
        if (!g.token(noun).isNoun() || !OUTCOME_NOUNS.contains(g.lemma(noun))) {
            return -1;
        }
        List<Integer> of = g.prepositional(noun, "of");
        if (of.isEmpty()) {
            return -1;
        }
        if (confirmedFirst(g, noun)) {
            return of.get(0);
        }
        for (Dependency d : g.parents(noun)) {
            if (d.governor() < 0) {
                continue; // the sentence's root
            }
            String verb = g.lemma(d.governor());
            boolean outcome = d.relation().equals("obl:in") && verb.equals("result")
                    || d.relation().equals("obl:to") && verb.equals("lead")
                    || d.relation().equals("obj") && (verb.equals("confirm") || verb.equals("announce"));
            if (outcome && g.token(d.governor()).isVerb()) {
                return of.get(0);
            }
        }
        return -1;
    }

    /** An outcome noun told as confirmed or announced ("confirmed the capture of X"), which happened before. */
    static boolean confirmedOutcome(Graph g, int noun) {
        return outcomeOf(g, noun) >= 0 && (g.parents(noun).stream().anyMatch(d -> d.relation().equals("obj"))
                || confirmedFirst(g, noun));
    }

    /** "Also confirmed today was the capture of X": the confirmation told first, as the subject of "was". */
    private static boolean confirmedFirst(Graph g, int noun) {
        if (g.dependents(noun, "cop").isEmpty()) {
            return false;
        }
        for (int s : g.dependents(noun, "nsubj")) {
            if (g.token(s).tag().equals("VBN") && (g.lemma(s).equals("confirm") || g.lemma(s).equals("announce"))) {
                return true;
            }
        }
        return false;
    }

    /** "was taken into custody", "took two men into custody": a detention told with "take". */
    /**
     * People charged with a crime ("two men have been charged with murder", "were charged in the shooting"): held
     * to answer it, as news counts them with the arrested.
     */
    static boolean chargedWith(Graph g, int verb) {
        if (!g.lemma(verb).equals("charge") || !g.token(verb).isVerb()
                || g.prepositional(verb, "with").isEmpty() && g.prepositional(verb, "in").isEmpty()
                || !g.dependents(verb, "neg").isEmpty()) {
            return false;
        }
        for (int x : g.dependents(verb, "nsubj:pass", "obj")) {
            // "no one has been charged", "nobody was charged"
            if (Set.of("nobody", "none", "no").contains(g.lower(x)) || g.children(x).stream()
                    .anyMatch(d -> g.lower(d.dependent()).equals("no"))) {
                return false;
            }
        }
        return true;
    }

    static boolean intoCustody(Graph g, int verb) {
        return g.lemma(verb).equals("take") && g.token(verb).isVerb()
                && g.prepositional(verb, "into").stream().anyMatch(c -> g.lemma(c).equals("custody"));
    }

    /**
     * The object of a verb the parser did not give one: "arrested a senior Islamic Movement of Uzbekistan leader"
     * parsed with the name as indirect object, "captured a Haqqani network leader" with the verb as a modifier of
     * the noun after it (a past tense never modifies a noun: that is the verb and its object).
     */
    private static List<Integer> misparsedObjects(Graph g, int verb) {
        List<Integer> out = new ArrayList<>(g.dependents(verb, "iobj"));
        if (g.token(verb).tag().equals("VBD")) {
            for (Dependency d : g.parents(verb)) {
                if (d.relation().equals("amod") && d.governor() > verb && g.token(d.governor()).isNoun()) {
                    out.add(d.governor());
                }
            }
        }
        return out;
    }

    /**
     * The counted people a participle tells of after them: "resulting in two men taken into custody", "with three
     * suspects detained". Only a group with a number of its own and no determiner pointing back ("the two men
     * detained"), which is a new count, not a reference to people told before.
     */
    private static List<Integer> countedBeforeParticiple(Graph g, int verb) {
        if (!g.token(verb).tag().equals("VBN")) {
            return List.of();
        }
        for (Dependency d : g.parents(verb)) {
            int noun = d.governor();
            if (d.baseRelation().equals("acl") && noun >= 0 && noun < verb && g.token(noun).isNoun()
                    && !g.dependents(noun, "nummod").isEmpty() && isPeople(g, noun)
                    && g.dependents(noun, "det").stream().noneMatch(x -> BACK_POINTING.contains(g.lower(x)))) {
                return List.of(noun);
            }
        }
        return List.of();
    }

    /** Determiners that point back to people already told of: "the two suspects", "these three men". */
    private static final Set<String> BACK_POINTING = Set.of("the", "these", "those", "both");

    /**
     * Where a counted noun phrase starts: at its definite determiner when one comes before the amount ("The two
     * suspects were detained" is counted as "The two suspects", which tells a reader they were told of before).
     */
    private static int definiteStart(Graph g, int noun, int amountStart) {
        int from = amountStart;
        for (int d : g.dependents(noun, "det")) {
            if (d < from && BACK_POINTING.contains(g.lower(d))) {
                from = d;
            }
        }
        return from;
    }

    /**
     * People taken with the object, told after it: "arrested a smuggler along with two of his couriers", "detained
     * a gang leader together with his three sons". A phrase before the object ("troops, along with police, detained
     * ...") is of the subject, and things seized with the people ("along with two rifles") are no people.
     */
    static Count comitative(Graph g, String text, int verb, int object) {
        List<Integer> phrases = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(verb, object));
        // "captured a facilitator for weapons used in attacks, along with more than 10 of his associates": a
        // participle describing the object sits between, and the parse may hang the "along with" on it
        for (int head : List.of(verb, object)) {
            for (Dependency d : g.children(head)) {
                String r = d.baseRelation();
                if ((r.equals("acl") || r.equals("dep")) && d.dependent() > object
                        && (g.token(d.dependent()).tag().equals("VBN") || g.token(d.dependent()).tag().equals("VBG"))) {
                    heads.add(d.dependent());
                }
            }
        }
        for (int head : heads) {
            for (Dependency d : g.children(head)) {
                String r = d.baseRelation();
                if ((r.equals("obl") || r.equals("nmod")) && d.dependent() > object && d.dependent() > verb
                        && withWhom(g, d.dependent()) && !phrases.contains(d.dependent())) {
                    phrases.add(d.dependent());
                }
            }
        }
        Count out = null;
        for (int x : phrases) {
            Count people = isPeople(g, x) ? countPeople(g, text, x, false) : null;
            if (people != null) {
                people = new Count(people.min(), people.max(),
                        people.text().replaceFirst("(?i)^(?:along |together )?with\\s+", ""));
                out = out == null ? people : plus(out, people);
            }
        }
        return out;
    }

    /** A phrase led by "along with" or "together with". */
    private static boolean withWhom(Graph g, int x) {
        for (int c : g.dependents(x, "case")) {
            String w = g.lower(c);
            if (w.equals("along") && c + 1 < g.sentence.size() && g.lower(c + 1).equals("with")
                    || w.equals("with") && c > 0 && (g.lower(c - 1).equals("together") || g.lower(c - 1).equals("along"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which a "to" infinitive tells what was done: "managed to arrest two suspects". */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "succeed", "help", "able", "proceed");

    /**
     * A "to" infinitive that tells an aim, not what happened: "during an operation to arrest a Taliban leader",
     * "forces moved in to capture the commander", "plans to detain the suspects". Its people were not (yet) taken;
     * a verb that says the aim was reached ("managed to arrest two") is no aim.
     */
    static boolean purpose(Graph g, int verb) {
        boolean to = g.dependents(verb, "mark").stream().anyMatch(m -> g.lower(m).equals("to"));
        if (!to || !g.token(verb).tag().equals("VB")) {
            return false;
        }
        for (Dependency d : g.parents(verb)) {
            String r = d.baseRelation();
            if (d.governor() >= 0 && (r.equals("acl") || r.equals("advcl") || r.equals("xcomp"))) {
                return !IMPLICATIVE.contains(g.lemma(d.governor()));
            }
        }
        return false;
    }

    /** Two verbs of one subject joined by "and": "arrested a leader and detained two suspects". */
    private static boolean coordinated(Graph g, int first, int second) {
        return first >= 0 && first != second && g.dependents(first, "conj").contains(second);
    }

    /** Two groups of people counted together. */
    private static Count plus(Count a, Count b) {
        Long min = a.min() == null || b.min() == null ? (a.min() == null ? b.min() : a.min()) : a.min() + b.min();
        Long max = a.max() == null || b.max() == null ? null : a.max() + b.max();
        return new Count(min, max, a.text() + " and " + b.text());
    }

    /** Nouns of the harm itself, which count wounds, not people: "multiple gunshot wounds". */
    private static final Set<String> WOUNDS = Set.of("wound", "wounds", "injury", "injuries");

    /**
     * The counted people a participle or adjective of harm is said of, with no verb of its own: "10 people were
     * dead and seven wounded" (the second "were" left out), "a shooting that left four students wounded". Only
     * people with a number; none for an active verb ("gunmen wounded two guards").
     */
    static List<Integer> predicated(Graph g, int word) {
        String tag = g.token(word).tag();
        if (!(tag.equals("VBN") || tag.startsWith("JJ")) || !g.dependents(word, "obj").isEmpty()
                || !g.dependents(word, "aux").isEmpty() && tag.equals("VBN")) {
            return List.of();
        }
        boolean left = g.parents(word).stream().anyMatch(d -> d.governor() >= 0 && g.lemma(d.governor()).equals("leave")
                && (d.baseRelation().equals("dep") || d.baseRelation().equals("xcomp") || d.baseRelation().equals("ccomp")));
        boolean copula = !g.dependents(word, "cop").isEmpty();
        boolean elided = tag.equals("VBN") && g.parents(word).stream().anyMatch(d -> d.baseRelation().equals("conj"));
        if (!left && !copula && !elided) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int x : g.dependents(word, "nsubj")) {
            Amount a = amountOf(g, x);
            if (a != null && a.value() != null && (isPeople(g, x) || g.token(x).tag().equals("CD"))) {
                out.add(x);
            }
        }
        if (out.isEmpty() && left) {
            // "left two people dead": the parse may make the people the object of "left"
            for (Dependency d : g.parents(word)) {
                if (d.governor() >= 0 && g.lemma(d.governor()).equals("leave")) {
                    for (int x : g.dependents(d.governor(), "obj")) {
                        Amount a = amountOf(g, x);
                        if (a != null && a.value() != null && isPeople(g, x)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Verbs of a weapon's harm, whose victims are wounded unless the sentence says they died. */
    static final Set<String> WEAPON_HARM = Set.of("shoot", "stab", "gun");

    /** Words that make a shooting a killing: "fatally shot", "shot dead", "gunned down". */
    private static final Set<String> FATAL = Set.of("fatally", "dead", "mortally", "down");

    /**
     * What a weapon verb did to its victims: "killed" when told as fatal ("fatally shot", "shot dead", "gunned
     * down"), null when a verb of killing beside it counts them ("shot and killed"), else "injured" ("was shot in
     * the leg", "stabbed a man").
     */
    static String harmKind(Graph g, int verb) {
        for (Dependency d : g.children(verb)) {
            if (d.relation().equals("compound:prt") && g.lower(d.dependent()).equals("down")
                    && !g.lemma(verb).equals("gun")) {
                return null; // "shot down five jets": aircraft
            }
            if ((d.relation().equals("advmod") || d.relation().startsWith("xcomp") || d.relation().equals("compound:prt")
                    || d.relation().equals("obl:npmod") || d.relation().equals("obj")) && FATAL.contains(g.lower(d.dependent()))
                    && !(g.lower(d.dependent()).equals("down") && !g.lemma(verb).equals("gun"))) {
                return "killed";
            }
        }
        for (int c : g.dependents(verb, "conj")) {
            if (KILL.contains(g.lemma(c)) || INJURE.contains(g.lemma(c))) {
                return null; // "shot and killed", "shot and wounded": the other verb counts them
            }
        }
        for (Dependency d : g.parents(verb)) {
            if (d.baseRelation().equals("conj") && d.governor() >= 0
                    && (KILL.contains(g.lemma(d.governor())) || INJURE.contains(g.lemma(d.governor())))) {
                return null;
            }
        }
        return g.lemma(verb).equals("gun") ? null : "injured";
    }

    /** Adverbs that tell a share of a shooting's victims died: "one fatally", "two of them mortally". */
    private static final Set<String> FATAL_SHARE = Set.of("fatally", "mortally");

    /**
     * The share of a group shot that a sentence tells died, as news writes it after the group: "Nine people were
     * shot, one fatally", "four teenagers were shot, one of them fatally". Null when the sentence tells none.
     */
    static Count fatalShare(Graph g, String text) {
        for (int i = 1; i < g.sentence.size(); i++) {
            if (!FATAL_SHARE.contains(g.lower(i))) {
                continue;
            }
            int j = i - 1;
            if (g.lower(j).equals("them") || g.lower(j).equals("whom")) {
                // "one of them fatally"
                j = j >= 3 && g.lower(j - 1).equals("of") ? j - 2 : -1;
            }
            if (j < 1 || !g.token(j).tag().equals("CD") || !g.lower(j - 1).equals(",")
                    && !g.lower(j - 1).equals("and")) {
                continue;
            }
            Long n = parse(g.lower(j));
            if (n != null && n > 0 && n < 100) {
                return new Count(n, n, text.substring(g.token(j).start(), g.token(i).end()));
            }
        }
        return null;
    }

    /** Verbs that tell a person's death without a killer: "died", "succumbed to his wounds". */
    private static final Set<String> DYING = Set.of("die", "succumb", "perish");

    /** Verbs that state a death found: "was pronounced dead", "was declared dead", "was found dead". */
    private static final Set<String> DEATH_FINDINGS = Set.of("pronounce", "declare", "find");

    /** Pronouns for one person told of before. */
    private static final Set<String> ONE_PERSON = Set.of("he", "she");

    /** A person named by age alone: "a 17-year-old was shot" (the parse heads the phrase with "old"). */
    static boolean isAge(Graph g, int i) {
        return g.lower(i).equals("old") && g.children(i).stream()
                .anyMatch(d -> g.lemma(d.dependent()).equals("year") || g.lemma(d.dependent()).equals("month"));
    }

    /** People a local report names by what they are, besides {@link #PERSON_NOUNS}. */
    static final Set<String> LOCAL_PEOPLE = Set.of("male", "female", "teen", "teenager", "victim", "toddler",
            "infant", "baby", "juvenile", "youth", "pedestrian", "bystander", "daughter", "mother", "father",
            "wife", "husband", "sister", "girlfriend", "boyfriend", "grandmother", "grandfather", "neighbor", "clerk",
            "customer", "employee", "owner", "adult");

    /**
     * A death told on its own, with no killer ("The man died at the hospital.", "He was pronounced dead at the
     * scene.", "the victim later succumbed to his injuries"): the person who died, counted, or null. Negated
     * ("no one died") or modal ("could die") deaths are none.
     */
    static Count death(Graph g, String text) {
        for (int i = 0; i < g.sentence.size(); i++) {
            String lemma = g.lemma(i).toLowerCase(Locale.ROOT);
            List<Integer> subjects = new ArrayList<>();
            int verb = i;
            if (g.token(i).isVerb() && DYING.contains(lemma)) {
                // "the man was taken to a hospital and died": the parse may share the passive subject
                subjects.addAll(g.dependents(i, "nsubj", "nsubj:pass"));
            } else if (g.lower(i).equals("dead")) {
                for (Dependency d : g.parents(i)) {
                    // "was pronounced dead", "was declared dead"
                    if ((d.baseRelation().equals("xcomp") || d.baseRelation().equals("obj")) && d.governor() >= 0
                            && DEATH_FINDINGS.contains(g.lemma(d.governor()))) {
                        verb = d.governor();
                        subjects.addAll(g.dependents(verb, "nsubj:pass"));
                    }
                }
                if (verb == i) {
                    continue;
                }
            } else {
                continue;
            }
            if (!g.dependents(verb, "neg").isEmpty() || g.dependents(verb, "aux").stream()
                    .anyMatch(a -> g.token(a).tag().equals("MD"))
                    || g.dependents(verb, "advmod").stream().anyMatch(a -> g.lower(a).equals("not")
                            || g.lower(a).equals("never"))) {
                continue;
            }
            for (int s : subjects) {
                String sl = g.lemma(s).toLowerCase(Locale.ROOT);
                Token t = g.token(s);
                if (ONE_PERSON.contains(g.lower(s))) {
                    return new Count(1L, 1L, t.word());
                }
                if (g.lower(s).equals("they") || g.lower(s).equals("both")) {
                    return new Count(null, null, t.word()); // the people told before, all of them
                }
                for (Dependency d : g.children(s)) {
                    Long n = d.relation().equals("det:qmod") ? parse(g.lower(d.dependent())) : null;
                    if (n != null && n > 0 && n < 100) { // "one of them" parsed with "one of" as a determiner
                        return new Count(n, n, text.substring(g.token(d.dependent()).start(), t.end()));
                    }
                }
                if (t.tag().equals("CD") && !g.prepositional(s, "of").isEmpty()) {
                    Long n = parse(g.lower(s)); // "one of them", "two of the victims"
                    if (n != null && n > 0 && n < 100) {
                        return new Count(n, n, text.substring(t.start(), g.token(g.prepositional(s, "of").get(0)).end()));
                    }
                }
                boolean person = PERSON_NOUNS.contains(sl) || LOCAL_PEOPLE.contains(sl) || sl.equals("person")
                        || t.tag().startsWith("NNP");
                if (!person || g.dependents(s, "conj").size() > 0) {
                    continue;
                }
                Amount a = amountOf(g, s);
                if (a != null && a.value() != null) {
                    return new Count(a.value(), a.value(), text.substring(t.start(), t.end()));
                }
                if (a == null && (t.tag().equals("NN") || t.tag().equals("NNP"))) {
                    return onePerson(g, text, s);
                }
            }
        }
        return null;
    }

    /** Verbs that tell someone was wounded by what they were treated for or suffered. */
    private static final Set<String> TREATED = Set.of("treat", "hospitalize", "suffer", "sustain", "receive");

    /**
     * People told wounded without an attack ("A third man, 20, was treated for gunshot wounds.", "A woman suffered
     * a gunshot wound to the leg."): the people, counted, or null. Not when the sentence tells a death.
     */
    static Count woundsTreated(Graph g, String text) {
        for (int i = 0; i < g.sentence.size(); i++) {
            if (DYING.contains(g.lemma(i)) || g.lower(i).equals("dead") || g.lower(i).equals("fatal")) {
                return null;
            }
        }
        for (int i = 0; i < g.sentence.size(); i++) {
            int said = conditionOf(g, i);
            if (said >= 0) {
                Count c = subjectCounted(g, text, said);
                if (c != null) {
                    return c;
                }
            }
        }
        for (int i = 0; i < g.sentence.size(); i++) {
            if (!g.token(i).isVerb() || !TREATED.contains(g.lemma(i)) || !g.dependents(i, "neg").isEmpty()) {
                continue;
            }
            boolean wounds = false;
            for (Dependency d : g.children(i)) {
                int x = d.dependent();
                boolean gunshot = g.lower(x).startsWith("gunshot") || g.children(x).stream()
                        .anyMatch(c -> g.lower(c.dependent()).startsWith("gunshot") || g.lower(c.dependent()).equals("bullet"));
                if ((d.relation().equals("obj") || d.baseRelation().equals("obl")) && WOUNDS.contains(g.lower(x))
                        && gunshot) {
                    wounds = true; // "gunshot wounds", "a gunshot wound to the leg"
                }
            }
            if (!wounds) {
                continue;
            }
            Count c = subjectCounted(g, text, i);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** How a hospital tells the wounded: "in critical condition", "in stable condition". */
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "fair", "grave");

    /**
     * The word whose subject a hospital condition is said of ("She remains in critical condition", "were listed in
     * stable condition", "is in serious condition"), or -1.
     */
    private static int conditionOf(Graph g, int noun) {
        if (!g.lemma(noun).equals("condition") || g.dependents(noun, "amod").stream()
                .noneMatch(a -> CONDITIONS.contains(g.lower(a))) || g.dependents(noun, "case").stream()
                .noneMatch(c -> g.lower(c).equals("in"))) {
            return -1;
        }
        if (!g.dependents(noun, "nsubj").isEmpty()) {
            return noun; // "is in critical condition"
        }
        for (Dependency d : g.parents(noun)) {
            if (d.baseRelation().equals("obl") && d.governor() >= 0 && g.token(d.governor()).isVerb()
                    && Set.of("remain", "list", "be", "hospitalize", "take", "transport").contains(g.lemma(d.governor()))) {
                return d.governor(); // "remains in critical condition", "was listed in stable condition"
            }
        }
        return -1;
    }

    /** The person or people a word is said of, counted: "he", "a third man, 20", "John Doe", "two others". */
    private static Count subjectCounted(Graph g, String text, int i) {
        for (int s : g.dependents(i, "nsubj", "nsubj:pass")) {
            Token t = g.token(s);
            if (ONE_PERSON.contains(g.lower(s))) {
                return new Count(1L, 1L, t.word());
            }
            String sl = g.lemma(s).toLowerCase(Locale.ROOT);
            boolean person = PERSON_NOUNS.contains(sl) || LOCAL_PEOPLE.contains(sl) || sl.equals("person")
                    || t.tag().startsWith("NNP");
            if (!person || !g.dependents(s, "conj").isEmpty()) {
                continue;
            }
            Amount a = amountOf(g, s);
            if (a != null && a.value() != null && a.value() > 0 && a.value() < 100) {
                return new Count(a.value(), a.value(), t.word());
            }
            if (a == null && (t.tag().equals("NN") || t.tag().equals("NNP"))) {
                return onePerson(g, text, s);
            }
        }
        return null;
    }

    /** Casualty counts found in the sentence, with the tokens they hang on (for attachment). */
    record Found(Casualties casualties, List<Integer> anchors, Set<Integer> nouns) {
    }

    /**
     * What "them" counts: the nearest plural noun before it in its sentence that carries a number ("opened fire on
     * three Palestinians who approached the line ..., killing them": three); else "them" itself.
     */
    private static int countedBefore(Graph g, int them) {
        for (int k = them - 1; k >= 0; k--) {
            if ((g.token(k).tag().equals("NNS") || g.token(k).tag().equals("NNPS")) && amountOf(g, k) != null) {
                return k;
            }
        }
        return them;
    }

    static Found casualties(Graph g, String text) {
        Count killed = null;
        Count injured = null;
        Count arrested = null;
        Count missing = null;
        List<Integer> anchors = new ArrayList<>();
        Set<Integer> nouns = new java.util.HashSet<>();
        int arrestVerb = -1;
        boolean shot = false;
        boolean died = false;
        for (int i = 0; i < g.sentence.size(); i++) {
            Token t = g.token(i);
            String lemma = g.lemma(i);
            String lower = g.lower(i);
            String kind = KILL.contains(lemma) || KILL.contains(lower) ? "killed"
                    : INJURE.contains(lemma) || INJURE.contains(lower) ? "injured"
                    : ARREST.contains(lemma) || ARREST.contains(lower) || intoCustody(g, i) || chargedWith(g, i)
                    ? "arrested"
                    : MISSING.contains(lower) ? "missing" : null;
            if (kind == null && t.isVerb() && WEAPON_HARM.contains(lemma)) {
                kind = harmKind(g, i);
            }
            if (kind == null) {
                continue;
            }
            shot |= t.isVerb() && WEAPON_HARM.contains(lemma);
            died |= t.isVerb() && DYING.contains(lemma);
            if (t.isVerb() && purpose(g, i)) {
                continue;
            }
            int victim = -1;
            if (t.isVerb() || nounWithObject(g, i)) {
                // "arrested two deputies who are accused of killing a boy": the parse shares the relative's subject
                // as a passive subject of the gerund too; its object is who was killed
                boolean gerund = t.tag().equals("VBG") && !g.dependents(i, "obj").isEmpty();
                List<Integer> candidates = new ArrayList<>(gerund ? g.dependents(i, "obj")
                        : g.dependents(i, "obj", "nsubj:pass"));
                if (candidates.isEmpty()) {
                    candidates.addAll(predicated(g, i));
                }
                if (candidates.isEmpty()) {
                    candidates.addAll(sharedObjects(g, i));
                }
                if (candidates.isEmpty()) {
                    candidates.addAll(misparsedObjects(g, i));
                }
                if (candidates.isEmpty()) {
                    candidates.addAll(countedBeforeParticiple(g, i));
                }
                if (lemma.equals("die") || lemma.equals("perish")) {
                    candidates.addAll(g.dependents(i, "nsubj"));
                }
                boolean weapon = WEAPON_HARM.contains(lemma);
                if (weapon) {
                    // "shot dead at least five protesters", parsed with "dead" as the object
                    candidates.removeIf(c -> FATAL.contains(g.lower(c)));
                    if (candidates.isEmpty()) {
                        candidates.addAll(g.dependents(i, "obl:tmod"));
                    }
                }
                candidates.replaceAll(c -> g.lower(c).equals("them") ? countedBefore(g, c) : c);
                // "killing at least nine" (the number is the object) and "nine people were killed"
                boolean thingsToo = lemma.equals("capture") || lemma.equals("seize") // "seized multiple rifles"
                        || weapon; // "shot five jets"
                for (int c : candidates) {
                    if (amountOf(g, c) != null && (!thingsToo || isPeople(g, c))) {
                        victim = c;
                        break;
                    }
                }
                // "detained a Taliban leader and two other insurgents", "killed Fayez Jan": people counted one by one
                for (int c : candidates) {
                    boolean names = !thingsToo || weapon; // "captured Bakhmut"; "shot John Doe"
                    Count people = (victim < 0 || !g.dependents(c, "conj").isEmpty()) && (!thingsToo || isPeople(g, c))
                            ? countPeople(g, text, c, names) : null;
                    if (people == null && victim < 0) {
                        people = memberOfNamedGroup(g, text, c);
                    }
                    if (people != null && (kind.equals("arrested") || kind.equals("killed"))) {
                        Count with = comitative(g, text, i, c);
                        people = with == null ? people : plus(people, with);
                    }
                    if (people != null) {
                        boolean more = coordinated(g, arrestVerb, i) && !nouns.contains(c);
                        anchors.add(i);
                        nouns.add(c);
                        switch (kind) {
                            case "killed" -> killed = killed == null ? people : killed;
                            case "injured" -> injured = injured == null ? people : injured;
                            case "arrested" -> arrested = arrested == null ? people : more ? plus(arrested, people) : arrested;
                            default -> missing = missing == null ? people : missing;
                        }
                        if (kind.equals("arrested")) {
                            arrestVerb = i;
                        }
                        victim = -2;
                        break;
                    }
                }
                if (victim == -2) {
                    continue;
                }
            } else if (outcomeOf(g, i) >= 0) {
                // "resulted in the death of one insurgent commander", "confirmed the capture of a facilitator"
                Count people = countPeople(g, text, outcomeOf(g, i), true);
                if (people != null && people.text().startsWith("of ")) {
                    people = new Count(people.min(), people.max(), people.text().substring(3));
                }
                if (people != null) {
                    anchors.add(i);
                    nouns.add(outcomeOf(g, i));
                    switch (kind) {
                        case "killed" -> killed = killed == null ? people : killed;
                        case "arrested" -> arrested = arrested == null ? people : arrested;
                        default -> { }
                    }
                }
                continue;
            } else if (t.tag().startsWith("JJ") || t.isNoun()) {
                // "nine dead", "12 wounded", "the death toll rose to 30", "dozens of injured"
                if (t.isNoun() && WOUNDS.contains(lower)) {
                    continue; // "died of multiple gunshot wounds": wounds, not people
                }
                List<Integer> said = t.tag().startsWith("JJ") ? predicated(g, i) : List.of();
                Amount own = said.isEmpty() ? amountOf(g, i) : null;
                if (!said.isEmpty()) {
                    victim = said.get(0); // "10 people were dead", "left two people dead"
                }
                if (own != null) {
                    victim = i;
                } else if (victim < 0) {
                    for (Dependency d : g.parents(i)) {
                        if ((d.relation().equals("amod") || d.relation().equals("acl")) && amountOf(g, d.governor()) != null) {
                            victim = d.governor();
                        }
                    }
                    if (victim < 0 && (lemma.equals("toll") || lemma.equals("death"))) {
                        for (Dependency d : g.parents(i)) {
                            for (int x : g.dependents(d.governor(), "obl", "obj", "nummod")) {
                                if (amountOf(g, x) != null) {
                                    victim = x;
                                }
                            }
                        }
                    }
                }
            }
            if (victim < 0) {
                continue;
            }
            Amount a = amountOf(g, victim);
            int from = Math.min(definiteStart(g, victim, a.first()), victim);
            int to = Math.max(a.last(), victim);
            String words = text.substring(g.token(from).start(), g.token(to).end());
            Count c = new Count(a.value() != null ? a.value() : a.min(), a.value() != null ? a.value() : a.max(), words);
            if (t.isVerb() && (kind.equals("arrested") || kind.equals("killed"))) {
                Count with = comitative(g, text, i, victim);
                c = with == null ? c : plus(c, with);
            }
            // "arrested a Taliban leader and detained several suspected insurgents": two verbs, two groups
            boolean more = t.isVerb() && coordinated(g, arrestVerb, i) && !nouns.contains(victim);
            anchors.add(i);
            nouns.add(victim);
            switch (kind) {
                case "killed" -> killed = killed == null ? c : killed;
                case "injured" -> injured = injured == null ? c : injured;
                case "arrested" -> arrested = arrested == null ? c : more ? plus(arrested, c) : arrested;
                default -> missing = missing == null ? c : missing;
            }
            if (kind.equals("arrested") && t.isVerb()) {
                arrestVerb = i;
            }
        }
        if (shot) {
            // "Nine people were shot, one fatally": the fatal share is killed, the rest wounded
            Count group = injured != null ? injured : killed;
            Count fatal = fatalShare(g, text);
            if (group != null && fatal != null && group.min() != null && group.min().equals(group.max())
                    && group.min() > fatal.min() && (injured == null || killed == null)) {
                killed = fatal;
                injured = new Count(group.min() - fatal.min(), group.min() - fatal.min(), group.text());
                return new Found(new Casualties(killed, injured, arrested, missing), anchors, nouns);
            }
        }
        if (killed != null && injured != null && (killed.text().equals(injured.text()) || shot && died
                && killed.min() != null && injured.min() != null && injured.min() <= killed.min())) {
            // "a man was shot and died at the hospital", "Jane Roe, 14, died after being shot": one person, killed
            injured = null;
        }
        return new Found(new Casualties(killed, injured, arrested, missing), anchors, nouns);
    }

    /** One person named by a singular noun phrase ("a woman", "the driver"): a count of one, told by the phrase. */
    private static Count onePerson(Graph g, String text, int head) {
        int from = head;
        for (int x : g.subtree(head, 20)) {
            from = Math.min(from, x);
        }
        return new Count(1L, 1L, text.substring(g.token(from).start(), g.token(head).end()));
    }
}
