package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;
import org.sitrep.model.Location;

/**
 * The people an article says were killed or detained in all, as a reader would add them up: the article's counts
 * less those that only tell again people an earlier count already holds.
 *
 * <p>News and press releases lead with a summary ("Forces detained a Taliban leader and several suspected insurgents
 * in Kandahar yesterday.") and then tell the operation in detail ("Several of his associates were also detained
 * after questioning."). The detail's people are among the lead's: "also" and "additional" there set them apart from
 * the leader the paragraph is about, not from the lead's total. So a later count of fighters or suspects with no rank
 * is held by the first count's group of such people (its part that is not named individuals) as long as the group
 * has room for it, the detail is not told as another operation and is not set in another province. A count the lead
 * has no room for, or of other people (two leaders after "several suspects"), is added.
 */
public final class ArticleTotals {
    private ArticleTotals() {
    }

    /** Nouns for fighters or suspects with no rank, which a release uses in turn for the same people. */
    private static final Set<String> GENERIC = Set.of("insurgent", "suspect", "militant", "fighter", "member", "men",
            "man", "individual", "people", "person", "associate", "other", "detainee", "occupant", "enemy",
            "combatant", "gunman", "gunmen");

    /** Conjuncts of a count: "a Taliban leader, a facilitator and several suspected insurgents". */
    private static final Pattern CONJUNCTS = Pattern.compile(
            "\\s*,\\s*(?:and|as well as|along with)\\s+|\\s*,\\s*|\\s+(?:and|as well as|along with)\\s+");

    /** A group's amount: "two", "11", "several", "more than 10", "a number of". */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)^(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|numerous|multiple|many|"
                    + "some|dozens|scores|hundreds|both|few|more|over|at least|almost|nearly|about|up to)\\b"
                    + "|an? (?:number|group|few|handful|dozen|couple|total|large|small)\\b)");

    /** A detail told as another happening: "In a separate operation ...", "Elsewhere, ...". */
    private static final Pattern SEPARATE = Pattern.compile(
            "(?i)\\b(?:separate|another operation|other operations?|elsewhere|in an unrelated)\\b");

    /**
     * The counts of one kind ({@code Casualties::killed}, {@code Casualties::arrested}) that make up the article's
     * total, in the order the article tells them: the mentions' counts less those an earlier count already holds.
     * The caller chooses the mentions (usually those that happened).
     */
    public static List<Count> counted(List<EventMention> mentions, Function<Casualties, Count> kind) {
        List<EventMention> told = new ArrayList<>(mentions);
        told.sort(Comparator.comparingInt(m -> m.evidence().triggerStart()));
        List<Count> out = new ArrayList<>();
        Lead lead = null;
        List<String> seen = new ArrayList<>();
        for (EventMention m : told) {
            Count c = kind.apply(m.casualties());
            if (c == null || c.min() == null) {
                continue;
            }
            if (tally(m)) {
                continue;
            }
            String key = m.evidence().start() + "|" + c.text();
            if (seen.contains(key)) {
                continue; // one phrase counted by two events of its sentence
            }
            seen.add(key);
            if (lead == null) {
                lead = new Lead(m, c, room(c));
                out.add(c);
                continue;
            }
            if (confirms(m) && c.min() <= out.stream().mapToLong(Count::min).sum()
                    && samePlace(lead.mention.location(), m.location())) {
                continue; // an update confirming who was taken in the operation already told
            }
            if (personAgain(c, out)) {
                continue; // "Police arrested John Doe, 24, on Sunday. ... Doe was charged with murder."
            }
            if (toldAgain(m, c, out)) {
                continue; // "shot four of his family members", told again in a caption: the same four
            }
            if (namedBefore(c, out)) {
                continue; // "captured a Taliban leader ... then detained the Taliban leader": the same man
            }
            if (lead.names(m, c)) {
                lead.unnamed -= c.min();
                continue;
            }
            if (lead.holds(m, c)) {
                lead.room -= c.min() - lead.known(c);
                continue;
            }
            if (lead.vaguelyRetold(m, c)) {
                // "killed several insurgents and detained numerous others ... detaining several others": vague words
                // for one group of unranked people; a larger word stands for a lead that is only that group
                if (c.min() > lead.count.min() && lead.room == lead.count.min()) {
                    out.set(out.indexOf(lead.count), c);
                    lead = new Lead(m, c, room(c));
                }
                lead.room = 0;
                continue;
            }
            if (lead.retold(m, c)) {
                // "The force detained several insurgents, including the commander.": the lead's people told again;
                // the larger count stands for both
                if (c.min() > lead.count.min()) {
                    out.set(out.indexOf(lead.count), c);
                    lead = new Lead(m, c, room(c));
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The sum of {@link #counted} by each count's least number, {@code least} saying how a count is read. */
    public static long total(List<EventMention> mentions, Function<Casualties, Count> kind,
                             java.util.function.ToLongFunction<Count> least) {
        return counted(mentions, kind).stream().mapToLong(least).sum();
    }

    /** The first count and how many of its people are a group with no rank that later details may tell again. */
    private static final class Lead {
        final EventMention mention;
        final Count count;
        long room;

        /** How many of the lead's people, told only as unnamed people, a later count may name. */
        long unnamed;

        /**
         * A later count that only names people the lead counted without names ("Nine people were shot, one fatally.
         * ... Police said John Doe, 37, was killed"; "A woman was gunned down ... Jane Roe, 27, was gunned down"):
         * the same people, unless told as another happening.
         */
        boolean names(EventMention m, Count c) {
            if (c.min() == null || c.min() > unnamed || SEPARATE.matcher(m.evidence().sentence()).find()) {
                return false;
            }
            boolean any = false;
            for (String p : CONJUNCTS.split(c.text().strip())) {
                String q = p.strip();
                if (q.isEmpty() || q.matches("\\d+") || q.startsWith("of ") || q.startsWith("from ")) {
                    continue; // "John Doe, 40, of the Bronx": an age and a home town
                }
                if (!NAME.matcher(AGE.matcher(q).replaceFirst("")).matches()) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        Lead(EventMention mention, Count count, long room) {
            this.mention = mention;
            this.count = count;
            this.room = room;
            this.unnamed = anonymous(count) ? count.min() : 0;
        }

        boolean holds(EventMention m, Count c) {
            if (room <= 0 || SEPARATE.matcher(m.evidence().sentence()).find()) {
                return false;
            }
            long known = 0;
            for (String p : CONJUNCTS.split(c.text().strip())) {
                // people with no rank ("a second armed insurgent", "two of the men"), not a leader named alone
                if (p.isBlank() || generic(p) || PARTITIVE.matcher(p.strip()).find()) {
                    continue;
                }
                if (DEFINITE.matcher(p.strip()).find() && single(p)) {
                    // "the commander and several other suspects": the commander was told of before, no one new
                    known++;
                    continue;
                }
                return false;
            }
            if (c.min() - known > room || known == c.min()) {
                return false;
            }
            // a lead over several provinces ("in Zabul and Kandahar provinces") covers a detail in any of them
            return SEVERAL_PROVINCES.matcher(mention.evidence().sentence()).find()
                    || samePlace(mention.location(), m.location());
        }

        /**
         * A later group of unranked people counted only by a vague word ("Several other militants were also
         * detained") after a lead with such a group ("a commander and other militants"): no figure says they are more
         * people, so they are the lead's group told again, whichever vague word each uses.
         */
        boolean vaguelyRetold(EventMention m, Count c) {
            if (room <= 0 || SEPARATE.matcher(m.evidence().sentence()).find()) {
                return false;
            }
            for (String p : CONJUNCTS.split(c.text().strip())) {
                if (p.isBlank() || !GENERIC.contains(head(p)) || !VAGUE.matcher(p.strip()).find()) {
                    return false;
                }
            }
            return samePlace(mention.location(), m.location());
        }

        /** The single people a count names with a definite determiner ("the commander"): told of before. */
        long known(Count c) {
            long known = 0;
            for (String p : CONJUNCTS.split(c.text().strip())) {
                if (!p.isBlank() && !GENERIC.contains(head(p)) && DEFINITE.matcher(p.strip()).find() && single(p)) {
                    known++;
                }
            }
            return known;
        }

        /** A later group that says it holds someone told before and no more people than the lead counted. */
        boolean retold(EventMention m, Count c) {
            java.util.regex.Matcher k = INCLUDING_KNOWN.matcher(m.evidence().sentence());
            return k.find() && k.start() > m.evidence().triggerStart() - m.evidence().start()
                    && !SEPARATE.matcher(m.evidence().sentence()).find();
        }
    }

    /** Pronouns for people told of before. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "both");

    /**
     * A count that only refers again to people an earlier count holds: a pronoun ("He was charged with murder"
     * after "Police arrested John Doe"), or a name whose family name an earlier count gave ("Doe" after "John Doe, 24").
     */
    static boolean personAgain(Count c, List<Count> earlier) {
        if (earlier.isEmpty() || c.text() == null) {
            return false;
        }
        boolean any = false;
        for (String p : CONJUNCTS.split(c.text().strip())) {
            String q = p.strip();
            if (q.isEmpty() || q.matches("\\d+") || q.startsWith("of ") || q.startsWith("from ")) {
                continue;
            }
            any = true;
            if (PRONOUNS.contains(q.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String name = AGE.matcher(q).replaceFirst("");
            if (!NAME.matcher(name).matches()) {
                return false;
            }
            String family = lastWord(name);
            boolean known = earlier.stream().anyMatch(e -> java.util.Arrays.stream(CONJUNCTS.split(e.text().strip()))
                    .map(x -> AGE.matcher(x.strip()).replaceFirst(""))
                    .anyMatch(x -> NAME.matcher(x).matches() && lastWord(x).equals(family)));
            if (!known) {
                return false;
            }
        }
        return any;
    }

    /**
     * A group of people told again with the same words and number ("four of his family members", "Seven people"),
     * not as others ("another", "also") nor in another happening: the people an earlier count holds.
     */
    static boolean toldAgain(EventMention m, Count c, List<Count> earlier) {
        if (c.min() == null || c.min() < 2 || !c.min().equals(c.max())
                || SEPARATE.matcher(m.evidence().sentence()).find() || ANOTHER.matcher(c.text()).find()) {
            return false;
        }
        String words = c.text().strip().toLowerCase(Locale.ROOT);
        return earlier.stream().anyMatch(e -> c.min().equals(e.min())
                && e.text().strip().toLowerCase(Locale.ROOT).equals(words));
    }

    /**
     * A count that only names again, with "the", single people an earlier count holds by the same noun: "captured a
     * Taliban leader" then "detained the Taliban leader after questioning" tells of one man.
     */
    static boolean namedBefore(Count c, List<Count> earlier) {
        String[] parts = CONJUNCTS.split(c.text().strip());
        if (parts.length == 0) {
            return false;
        }
        for (String p : parts) {
            if (p.isBlank() || !DEFINITE.matcher(p.strip()).find() || !single(p)
                    || earlier.stream().noneMatch(e -> holdsNoun(e, head(p)))) {
                return false;
            }
        }
        return true;
    }

    /** An earlier count with a single person of that noun: "a Taliban leader" for "leader". */
    private static boolean holdsNoun(Count earlier, String noun) {
        for (String p : CONJUNCTS.split(earlier.text().strip())) {
            if (!p.isBlank() && single(p) && head(p).equals(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period of a month or more, after which a count is a tally of many operations, not one the article tells:
     * "forces have captured 17 network leaders in the last month", "two were killed this month alone", "so far this
     * year". Days and nights ("during the past two days", "over the past 24 hours") are an operation's own span.
     */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(?:(?:in|during|over|within) the (?:last|past) "
            + "(?:(?:few|several|\\w+|\\d+) )?(?:months?|years?)|this (?:month|year)|since (?:the start of|"
            + "the beginning of )?(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December|\\d{4}))\\b");

    /** A count told as a tally over a month or more, after the event's trigger in its sentence. */
    static boolean tally(EventMention m) {
        String sentence = m.evidence().sentence();
        int from = Math.max(0, Math.min(sentence.length(), m.evidence().triggerStart() - m.evidence().start()));
        return TALLY.matcher(sentence.substring(from)).find();
    }

    /** A confirmation told before the event's trigger: "ISAF confirmed the capture of", "officials confirm that". */
    private static final Pattern CONFIRMS = Pattern.compile("(?i)\\b(?:confirm(?:s|ed)?|confirming)\\b");

    /**
     * An update that confirms a detention or a death ("ISAF today confirmed the capture of a network leader during
     * the operation"): it names someone the article's earlier counts may already hold.
     */
    static boolean confirms(EventMention m) {
        String sentence = m.evidence().sentence();
        int to = Math.max(0, Math.min(sentence.length(), m.evidence().triggerStart() - m.evidence().start()));
        return CONFIRMS.matcher(sentence.substring(0, to)).find() && !ANOTHER.matcher(sentence).find();
    }

    /** A confirmation of someone besides: "confirmed another key capture", "was also detained". */
    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:another|also|additional(?:ly)?|second)\\b");

    /** A group counted by a vague word only: "several others", "numerous suspected insurgents", "a number of men". */
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)^(?:several|numerous|multiple|many|some|a (?:large |small )?number of|a few|a handful of)\\b");

    /** A sentence about operations in more than one province. */
    private static final Pattern SEVERAL_PROVINCES = Pattern.compile("(?i)\\bprovinces\\b");

    /** "..., including the commander": the group holds someone told of before. */
    private static final Pattern INCLUDING_KNOWN = Pattern.compile("(?i)\\bincluding (?:the|their|its|his|her)\\b");

    /** A person or group told of before: "the commander", "his deputy". */
    private static final Pattern DEFINITE = Pattern.compile("(?i)^(?:the|this|that|these|those|his|her|their|its)\\b");

    /** "two of the men", "several of his associates": part of a group. */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)^\\S+ of (?:the|these|those|his|their|its)\\b");

    /**
     * The people of a count that later details may tell again: its unranked group ("several suspected insurgents"),
     * that is its least number less one for each single person it lists and less the stated size of each group of
     * ranked people ("two facilitators"). None when it has no unranked group.
     */
    static long room(Count c) {
        long others = 0;
        boolean group = false;
        for (String p : CONJUNCTS.split(c.text().strip())) {
            if (p.isBlank()) {
                continue;
            }
            if (generic(p) && !DEFINITE.matcher(p.strip()).find()) {
                // "one suspected insurgent" beside a leader: a group of one with no rank, which a detail may tell
                group = true;
            } else if (single(p)) {
                others++;
            } else {
                others += stated(p);
            }
        }
        return group ? Math.max(0, c.min() - others) : 0;
    }

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** The size a group states ("two facilitators", "12 leaders"); 2 for a vague one ("several leaders"). */
    private static long stated(String p) {
        String first = p.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        if (first.matches("\\d+")) {
            return Long.parseLong(first);
        }
        int n = NUMBERS.indexOf(first);
        return n >= 0 ? n : 2;
    }

    /** One person: "a facilitator", "the commander", "one", a name; not "two", "several men", "their associates". */
    private static boolean single(String conjunct) {
        String p = conjunct.strip();
        if (PARTITIVE.matcher(p).find()) {
            return p.toLowerCase(Locale.ROOT).startsWith("one ");
        }
        if (AMOUNT.matcher(p).find()) {
            return false;
        }
        String w = lastWord(p);
        return !(w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) && !w.endsWith("men") && !w.equals("people");
    }

    /** Number words and figures that count people with no noun: "one", "two fatally", "3". */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?i)^(?:\\d+|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve)(?:\\s+(?:fatally|mortally|others?))?$");

    /** An age before a name: "37-year-old John Doe". */
    private static final Pattern AGE = Pattern.compile("(?i)^\\d+-year-old\\s+");

    /** People with no rank or name: "several suspected insurgents", "three others", a bare "two". */
    private static boolean generic(String p) {
        return GENERIC.contains(head(p)) || BARE_NUMBER.matcher(p.strip()).matches();
    }

    /** People a report counts before it names them: "a woman", "two teenagers", "an 18-year-old man". */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("man", "men", "woman", "women", "boy", "girl", "child",
            "children", "teen", "teenager", "victim", "person", "people", "juvenile", "male", "female", "youth", "baby",
            "toddler", "infant", "student", "adult", "civilian", "other");

    /** An indefinite count of people: "a woman", "an 18-year-old man", "two teenagers", "one person". */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)^(?:an?|one|\\d+|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|at least \\S+)\\b");

    /** A name: capitalised words ("John Doe", "Jane Q. Roe"), not a determiner. */
    private static final Pattern NAME = Pattern.compile("(?!(?:A|An|The|One|Two|Three|Four|Five|Six)\\b)"
            + "\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,4}");

    /**
     * A count whose people are all unnamed: "Nine people", "one fatally", "two others", "a woman"; with an exact
     * number ("several insurgents" says not how many are left to name).
     */
    private static boolean anonymous(Count c) {
        if (c.min() == null || !c.min().equals(c.max())) {
            return false;
        }
        for (String p : CONJUNCTS.split(c.text().strip())) {
            if (!p.isBlank() && !generic(p) && !(INDEFINITE.matcher(p.strip()).find()
                    && UNNAMED_PEOPLE.contains(lastWord(p)))) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String p) {
        String[] words = p.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static String head(String p) {
        String w = lastWord(p);
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** Not set in another province (a dateline's place, or none, says nothing). */
    private static boolean samePlace(Location a, Location b) {
        if (a == null || b == null || "dateline".equals(a.text()) || "dateline".equals(b.text())
                || "country".equals(a.precision()) || a.admin1() == null || b.admin1() == null) {
            return true;
        }
        return Objects.equals(a.country(), b.country()) && a.admin1().equals(b.admin1());
    }
}
