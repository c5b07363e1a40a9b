package org.sitrep.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.Quote;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Quotations and their speakers, and the events they comment on.
 *
 * <p>A quotation is the text between a pair of quotation marks (“ ”, straight double quotes, ‘ ’ or straight single
 * quotes opening after a space) of at least three words, inside one paragraph; a quotation left open at the end of
 * a paragraph whose next paragraph opens with a quotation mark goes on there (the newspaper convention for a quote
 * over several paragraphs). Its speaker is read from the words around it: after it ("…,” the minister said; “…,”
 * said Mr Lammy, the foreign secretary), else before it ("Zelensky wrote on Telegram: “…”", "addressed the nation:
 * “…”"), else, for words quoted inside reported speech, the subject of the verb of saying their clause hangs from
 * ("the spokesman told reporters that the army was “…”"). A pronoun speaker is the actor the resolver found for it,
 * else the speaker of the previous quotation within three sentences. A speaker's codes are those of its words; a
 * body its title names ("ministry spokeswoman X", "the agency's spokesman") is the body named so before; a
 * government official of no named country is of the country of the sentence's first actor; a person named with no
 * office or country is a private person of the place the story is set in.
 *
 * <p>A quotation comments on the event whose evidence sentence contains it; a quotation in one of the two sentences
 * after an event's sentence, in a sentence with no event of its own and with no other event's sentence between, comments
 * on that event when its speaker is one of the event's parties (same country or organisation; a private person only
 * by the same group code; an official of no named country), its speaker or its source (named in the event's sentence
 * as saying it, or of the source's country or organisation), or, for force used, an official of the state on whose
 * ground it was used. The rest of that speaker's utterance goes with it: the next quotations of the same speaker,
 * each within two sentences of the one before and with no other event's sentence between. An event whose trigger stands
 * inside a quotation was coded from what was said: it does not take that quotation, and its sentence counts as
 * event-free.
 */
public final class Quotes {
    /** Verbs that introduce a quotation. */
    static final Set<String> SAY = Set.of("say", "tell", "add", "write", "state", "declare", "insist", "warn",
            "ask", "announce", "tweet", "post", "note", "explain", "reply", "respond", "continue", "conclude",
            "argue", "claim", "stress", "urge", "vow", "remark", "recall", "quote", "allege", "admit", "acknowledge",
            "assert", "caution", "complain", "confirm", "deny", "emphasise", "emphasize", "pledge", "promise",
            "report", "reiterate", "scoff", "shout", "sigh", "suggest", "testify", "threaten", "underline");
    /** Verbs that name what follows in quotation marks, right before the opening mark. */
    static final Set<String> NAMING = Set.of("call", "describe", "dub", "term", "brand", "label", "accuse",
            "condemn", "denounce");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final int MIN_WORDS = 3;
    private static final int MAX_SPEAKER_TOKENS = 12;
    private static final int FOLLOWING_SENTENCES = 2;

    private Quotes() {
    }

    /** Every quotation of the article with its speaker, in text order. */
    public static List<Quote> find(ResolvedArticle article) {
        String text = article.annotated().text();
        List<Sentence> sentences = article.annotated().sentences();
        List<Quote> out = new ArrayList<>();
        List<int[]> all = spans(text);
        List<Integer> chains = new ArrayList<>(); // for each quotation, the index of the first part of its chain
        int chain = -1;
        for (int[] span : all) {
            if (span[2] == 0) {
                chain = out.size();
            }
            int sentence = sentenceAt(sentences, span[0]);
            if (sentence < 0) {
                continue;
            }
            while (span[0] < span[1] && Character.isWhitespace(text.charAt(span[0]))) {
                span[0]++;
            }
            while (span[1] > span[0] && Character.isWhitespace(text.charAt(span[1] - 1))) {
                span[1]--;
            }
            String quoted = text.substring(span[0], span[1]);
            if (words(quoted) < MIN_WORDS) {
                continue;
            }
            Speaker speaker = speaker(article, span, sentence, out, all);
            if (speaker == null && !out.isEmpty() && out.get(out.size() - 1).speaker() != null
                    && (span[2] == 1 || sentenceAt(sentences, out.get(out.size() - 1).start()) == sentence)) {
                // the part of a quotation continued from the paragraph before, or the second half of one broken
                // by its attribution ("“…,” she said, “…”"): the same speaker
                Quote before = out.get(out.size() - 1);
                speaker = new Speaker(before.speaker(), before.speakerCodes());
            }
            if (speaker != null && speaker.codes().isEmpty() && !speaker.text().isBlank()
                    && Character.isUpperCase(speaker.text().charAt(0)) && isPersonName(speaker.text())) {
                // "At a bakery nearby, owner Dragan Petrovic shrugged. “…,” he said.": a person the text names
                // with no office or country is a private person of the place the story is set in
                String where = setting(article, sentence);
                if (where != null) {
                    speaker = new Speaker(speaker.text(), List.of(where + "CVL"));
                }
            }
            chains.add(chain < 0 ? out.size() : Math.min(chain, out.size()));
            out.add(new Quote(quoted, span[0], span[1], speaker == null ? null : speaker.text(),
                    speaker == null ? List.of() : speaker.codes()));
        }
        // a quotation over several paragraphs is attributed once, usually in its last part: every part has that speaker
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).speaker() != null) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                if (j != i && chains.get(j).equals(chains.get(i)) && out.get(j).speaker() != null) {
                    Quote q = out.get(i);
                    out.set(i, new Quote(q.text(), q.start(), q.end(), out.get(j).speaker(), out.get(j).speakerCodes()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The events with the quotations each comments on, nearest first (see the class comment); the order is kept.
     */
    public static List<EventMention> attach(List<EventMention> events, List<Quote> quotes, ResolvedArticle article) {
        if (quotes.isEmpty() || events.isEmpty()) {
            return events;
        }
        List<Sentence> sentences = article.annotated().sentences();
        Set<Integer> eventSentences = new java.util.HashSet<>();
        for (EventMention e : events) {
            if (quotedIn(e, quotes) == null) {
                eventSentences.add(sentenceAt(sentences, e.evidence().start()));
            }
        }
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            Quote own = quotedIn(e, quotes);
            int trigger = e.evidence().triggerStart();
            List<Quote> attached = new ArrayList<>();
            for (Quote q : quotes) {
                if (q != own && q.start() < e.evidence().end() && q.end() > e.evidence().start()) {
                    attached.add(q);
                }
            }
            attached.sort(java.util.Comparator.comparingInt(q -> distance(q, trigger)));
            int at0 = sentenceAt(sentences, e.evidence().start());
            if (attached.isEmpty() && own == null) {
                for (Quote q : quotes) {
                    int at = sentenceAt(sentences, q.start());
                    if (at > at0 && at <= at0 + FOLLOWING_SENTENCES && !eventBetween(eventSentences, at0, at)
                            && speaksFor(q, e, article)) {
                        attached.add(q);
                        break;
                    }
                }
            }
            if (!attached.isEmpty()) {
                addRestOfUtterance(attached, quotes, sentences, eventSentences, at0);
            }
            out.add(attached.isEmpty() ? e : e.withQuotes(attached));
        }
        return out;
    }

    /**
     * The later parts of what the speaker of the last attached quotation went on to say: each next quotation of the
     * same speaker ("…,” he said. “…”, or the next paragraph), at most {@value #FOLLOWING_SENTENCES} sentences on, with
     * no sentence between that has an event of its own after the event's sentence.
     */
    private static void addRestOfUtterance(List<Quote> attached, List<Quote> quotes, List<Sentence> sentences,
            Set<Integer> eventSentences, int eventSentence) {
        Quote last = attached.get(attached.size() - 1);
        for (Quote q : quotes) {
            if (q.start() < last.end() || attached.contains(q)) {
                continue;
            }
            int from = sentenceAt(sentences, last.start());
            int at = sentenceAt(sentences, q.start());
            if (at > from + FOLLOWING_SENTENCES || !sameSpeaker(q, last)
                    || eventBetween(eventSentences, Math.max(from, eventSentence), at)) {
                break;
            }
            attached.add(q);
            last = q;
        }
    }

    private static boolean sameSpeaker(Quote a, Quote b) {
        return a.speaker() != null && b.speaker() != null && sameOne(a.speaker(), b.speaker());
    }

    /**
     * The same one named again, perhaps shorter, without its article: "ministry spokesman Levan Kapanadze" ...
     * "Levan Kapanadze", "a witness who escaped" ... "the witness".
     */
    private static boolean sameOne(String a, String b) {
        String x = withoutArticle(a);
        String y = withoutArticle(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** Whether a sentence after {@code from}, up to and including {@code to}, has an event of its own. */
    private static boolean eventBetween(Set<Integer> eventSentences, int from, int to) {
        for (int s = from + 1; s <= to; s++) {
            if (eventSentences.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation an event's trigger stands in, or null: such an event was coded from what the speaker said, so the
     * quotation is its wording, not a comment on it, and its sentence counts as one without an event of its own.
     */
    private static Quote quotedIn(EventMention e, List<Quote> quotes) {
        int t = e.evidence().triggerStart();
        for (Quote q : quotes) {
            if (t >= q.start() && t < q.end()) {
                return q;
            }
        }
        return null;
    }

    private static int distance(Quote q, int offset) {
        return offset < q.start() ? q.start() - offset : Math.max(0, offset - q.end());
    }

    /** Whether the quotation's speaker is a party to the event, its speaker or its source. */
    private static boolean speaksFor(Quote q, EventMention e, ResolvedArticle article) {
        if (q.speaker() == null) {
            return false;
        }
        String speaker = withoutArticle(q.speaker());
        for (String told : new String[] {e.attribution().speaker(), e.attribution().source()}) {
            if (told != null && !told.isBlank()) {
                // "a witness who escaped told Reuters" ... "the witness said": the same one taken up
                if (sameOne(told, q.speaker())) {
                    return true;
                }
                // "Armenia's defence ministry said" ... "ministry spokeswoman X said": the source's side speaks
                for (String code : sourceCodes(told, e, article)) {
                    for (String own : q.speakerCodes()) {
                        if (!isPrivate(own) && !isSectorOnly(own) && party(own).equals(party(code))) {
                            return true;
                        }
                    }
                }
            }
        }
        if (namedAsSayer(speaker, e, article)) {
            return true;
        }
        Set<String> where = new java.util.HashSet<>();
        if (e.location() != null && e.location().country() != null) {
            where.add(e.location().country());
        }
        int at = sentenceAt(article.annotated().sentences(), e.evidence().start());
        for (org.sitrep.model.PlaceMention p : article.placesIn(at)) {
            if (p.preposition() != null && SETTINGS.contains(p.preposition()) && p.place().country() != null) {
                where.add(p.place().country());
            }
        }
        boolean onGround = e.eventType() == org.sitrep.model.PloverType.ASSAULT
                || e.eventType() == org.sitrep.model.PloverType.COERCE;
        if (onGround && q.speakerCodes().stream().anyMatch(c -> !isPrivate(c) && !isSectorOnly(c)
                && !c.startsWith("IGO") && !c.startsWith("NGO") && where.contains(party(c)))) {
            // "Iran launched missiles at the US base in Qatar" ... "“…,” al-Ansari said" (Qatar's foreign ministry):
            // the state on whose ground force was used speaks for its side of it (the host of talks is no party)
            return true;
        }
        if (!q.speakerCodes().isEmpty() && q.speakerCodes().stream().allMatch(OFFICIALS::contains)
                && e.actor().stream().anyMatch(p -> !isSectorOnly(p.code()))) {
            // an official whose country the text leaves out ("“…,” Interior Minister Mari Rantanen said" after
            // "Finland closed two crossings"): news writing names the nationality only when it is not the story's
            return true;
        }
        List<Participant> parties = new ArrayList<>(e.actor());
        parties.addAll(e.recipient());
        if (GATHERING.matcher(speaker).find()) {
            // "a student at the march", "a nurse at the rally": one of the crowd, whatever the crowd is called
            for (Participant p : parties) {
                for (String code : q.speakerCodes()) {
                    if (isPrivate(code) && isPrivate(p.code()) && party(code).equals(party(p.code()))) {
                        return true;
                    }
                }
            }
        }
        for (Participant p : parties) {
            if (p.name() != null && speaker.contains(p.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (String code : q.speakerCodes()) {
                // a sector alone ("CVL", "GOV") names no party: a bystander and the civilians hit are not one side
                // a private person shares a country with the civilians an attack hit, which makes them no party:
                // they must belong to the same named group ("a student" and "the students detained"); "civilians"
                // is no group a speaker is known to belong to
                boolean same = isPrivate(code) ? code.equals(p.code()) && !code.endsWith("CVL")
                        : party(code).equals(party(p.code()));
                if (!isSectorOnly(code) && !isSectorOnly(p.code()) && same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A speaker placed at a gathering: "a student at the march", "one of those at the rally". */
    private static final java.util.regex.Pattern GATHERING = java.util.regex.Pattern.compile(
            "\\b(?:at|in|from|on) the "
                    + "(?:march|protest|rally|demonstration|sit-in|vigil|picket|blockade|procession)\\b");

    /** Prepositions of the place where something happens: "in Qatar", "near the border", "at the base". */
    private static final Set<String> SETTINGS = Set.of("in", "at", "near", "inside", "outside");

    private static String withoutArticle(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        for (String a : new String[] {"the ", "a ", "an "}) {
            if (t.startsWith(a)) {
                return t.substring(a.length()).strip();
            }
        }
        return t;
    }

    /**
     * Whether the event's own sentence names the quotation's speaker as the subject of a verb of saying, which the
     * attribution may have missed: "Fighters attacked a hotel, a witness who escaped told Reuters" ... "“…,” the
     * witness said" (the same one taken up with "the").
     */
    private static boolean namedAsSayer(String speaker, EventMention e, ResolvedArticle article) {
        if (speaker.isEmpty()) {
            return false;
        }
        List<Sentence> sentences = article.annotated().sentences();
        Sentence s = sentence(sentences, sentenceAt(sentences, e.evidence().start()));
        if (s == null || !s.isParsed()) {
            return false;
        }
        String text = article.annotated().text();
        for (Token t : s.tokens()) {
            if (!isSay(t)) {
                continue;
            }
            List<int[]> phrases = new ArrayList<>();
            for (org.sitrep.model.Dependency d : s.dependentsOf(t.index())) {
                if (d.relation().equals("nsubj") && d.dependent() < t.index()) {
                    phrases.add(subjectPhrase(s, d.dependent()));
                }
            }
            phrases.add(subjectBefore(s.tokens(), t.index())); // the words before it, when the parse went astray
            for (int[] phrase : phrases) {
                if (phrase != null && !(phrase[0] == phrase[1]
                        && PRONOUNS.contains(s.token(phrase[0]).word().toLowerCase(Locale.ROOT)))) {
                    String subject = withoutArticle(text.substring(s.token(phrase[0]).start(),
                            s.token(phrase[1]).end()));
                    if (subject.contains(speaker) || speaker.contains(subject)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The codes of the source or speaker of an event as its sentence names them (country or organisation only). */
    private static List<String> sourceCodes(String told, EventMention e, ResolvedArticle article) {
        List<Sentence> sentences = article.annotated().sentences();
        int at = sentenceAt(sentences, e.evidence().start());
        List<String> out = new ArrayList<>();
        for (ActorMention m : article.partiesIn(at)) {
            if (told.contains(m.text())) {
                m.actors().stream().map(Actor::code).filter(c -> !isSectorOnly(c) && !isPrivate(c))
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED",
            "BUS", "EDU", "REL", "HLH", "LAB", "REF", "ELI", "SPY", "PTY", "CRM", "INS", "NGO", "IGO", "AGR", "UAF");

    /** Sector-only codes of people who speak for a state: government, military, police, judiciary, legislature. */
    private static final Set<String> OFFICIALS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

    /** Sectors of private people: civilians, students and teachers, business, clergy, doctors, workers, press. */
    private static final Set<String> PRIVATE = Set.of("CVL", "EDU", "BUS", "REL", "HLH", "LAB", "MED", "AGR", "REF");

    /** A country code with a private sector ("UKRCVL", "PSEEDU"). */
    private static boolean isPrivate(String code) {
        return code.length() == 6 && !code.startsWith("IGO") && !code.startsWith("NGO") && !code.startsWith("IMG")
                && PRIVATE.contains(code.substring(3));
    }

    /** A code with a sector and no country or organisation ("CVL", "GOV"). */
    private static boolean isSectorOnly(String code) {
        return code.length() == 3 && SECTORS.contains(code);
    }

    /** The country or organisation part of a code: "UKRGOV" -> "UKR", "IGOUNO" -> "IGOUNO". */
    private static String party(String code) {
        if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG")) {
            return code.length() >= 6 ? code.substring(0, 6) : code;
        }
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    // ---- quotation marks ------------------------------------------------------------------------------------------

    /**
     * Character spans {start, end, continued} of the quoted words (marks excluded), in text order; continued is 1 for
     * the part of a quotation that goes on from the paragraph before.
     */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        boolean continued = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = nextParagraphStart(text, i);
                    if (next < n && isOpening(text, next)) {
                        // the quotation goes on in the next paragraph: keep this part, reopen there
                        addSpan(out, open, i, continued);
                        continued = true;
                        open = next + 1;
                        closer = closerOf(text.charAt(next));
                        i = next + 1;
                        continue;
                    }
                    open = -1; // never closed: not a quotation
                    continued = false;
                }
                i++;
                continue;
            }
            if (open < 0) {
                if (isOpening(text, i)) {
                    open = i + 1;
                    closer = closerOf(c);
                }
            } else if (c == closer && isClosing(text, i)) {
                addSpan(out, open, i, continued);
                continued = false;
                open = -1;
            }
            i++;
        }
        return out;
    }

    private static void addSpan(List<int[]> out, int start, int end, boolean continued) {
        if (end > start) {
            out.add(new int[] {start, end, continued ? 1 : 0});
        }
    }

    private static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '\u201c' -> '\u201d';
            case '\u2018' -> '\u2019';
            case '\'' -> '\'';
            default -> '"';
        };
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u201c' && c != '"' && c != '\u2018' && c != '\'') {
            return false;
        }
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([{\u2014\u2013-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        if (c == '\u201c') {
            return beforeWord;
        }
        return afterSpace && beforeWord;
    }

    private static boolean isClosing(String text, int i) {
        char c = text.charAt(i);
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        if (c == '\u201d') {
            return true;
        }
        boolean beforeNonLetter = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return afterWord && beforeNonLetter;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? (sentences.isEmpty() ? -1 : 0) : sentences.get(found).index();
    }

    // ---- speakers ---------------------------------------------------------------------------------------------------

    private record Speaker(String text, List<String> codes) {
    }

    private static Speaker speaker(ResolvedArticle article, int[] span, int startSentence, List<Quote> earlier,
                                   List<int[]> quoted) {
        List<Sentence> sentences = article.annotated().sentences();
        Sentence last = sentence(sentences, sentenceAt(sentences, Math.max(span[0], span[1] - 1)));
        Sentence first = sentence(sentences, startSentence);
        int[] found = null;
        if (last != null) {
            found = speakerAfter(last, span[1]);
        }
        if (found == null && first != null) {
            found = speakerBefore(first, span[0] - 1);
        }
        if (found == null && first != null) {
            found = reportedSpeaker(first, span[0]);
        }
        if (found == null) {
            return null;
        }
        Sentence s = found[2] == 0 ? last : first;
        Token from = s.tokens().get(found[0]);
        Token to = s.tokens().get(found[1]);
        String text = article.annotated().text().substring(from.start(), to.end());
        List<String> codes = new ArrayList<>();
        String name = null;
        boolean guessed = true; // every code of the speaker came from the story's context, not from its own words
        for (ActorMention m : article.partiesIn(s.index())) {
            if (m.start() < to.end() && m.end() > from.start()) {
                guessed &= CONTEXT.contains(m.via());
                for (Actor a : m.actors()) {
                    if (!codes.contains(a.code())) {
                        codes.add(a.code());
                    }
                }
                if (name == null && m.actors().size() == 1) {
                    name = m.actors().get(0).name();
                }
            }
        }
        if (codes.isEmpty() || guessed || codes.stream().allMatch(Quotes::isSectorOnly)) {
            List<String> body = bodyNamedBefore(article, s, found[0], found[1]);
            if (body != null) {
                codes = body;
            }
        }
        if (codes.stream().allMatch(Quotes::isSectorOnly)) {
            codes = placed(article, s, found[0], found[1], codes);
        }
        if (codes.equals(List.of("GOV"))) {
            codes = ofTheStory(article, s, found[0], found[1], codes);
        }
        if (found[0] == found[1] && PRONOUNS.contains(from.word().toLowerCase(Locale.ROOT))) {
            Speaker subject = lastNamedPerson(article, span[0], startSentence, quoted, true);
            if (name != null) {
                String n = name.toLowerCase(Locale.ROOT);
                if (subject != null && !subject.text().toLowerCase(Locale.ROOT).contains(n)
                        && !n.contains(subject.text().toLowerCase(Locale.ROOT))) {
                    return subject; // the resolver went past the person last named as a subject
                }
                return new Speaker(name, codes);
            }
            Speaker named = subject != null ? subject : lastNamedPerson(article, span[0], startSentence, quoted, false);
            if (named != null) {
                return named;
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Quote q = earlier.get(i);
                if (sentenceAt(sentences, q.start()) < startSentence - 3) {
                    break;
                }
                if (q.speaker() != null) {
                    return new Speaker(q.speaker(), q.speakerCodes());
                }
            }
            return null;
        }
        return new Speaker(text, codes);
    }

    /** Two to four capitalised words and nothing else: "Dragan Petrovic", "Umm Ahmad". */
    private static boolean isPersonName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The country of the latest place the story is set in ("in Belgrade", "near Kharkiv"), up to this sentence. */
    private static String setting(ResolvedArticle article, int sentence) {
        for (int si = sentence; si >= 0; si--) {
            List<org.sitrep.model.PlaceMention> places = article.placesIn(si);
            for (int i = places.size() - 1; i >= 0; i--) {
                org.sitrep.model.PlaceMention p = places.get(i);
                if (p.preposition() != null && SETTINGS.contains(p.preposition()) && p.place().country() != null) {
                    return p.place().country();
                }
            }
        }
        return null;
    }

    /** How a resolver found an actor's country from the story around it rather than from its own words. */
    private static final Set<String> CONTEXT = Set.of("article-country", "story-place", "sentence-place");

    /** Nouns of a body a spokesman or official speaks for: "the agency's spokesman", "ministry spokeswoman X". */
    private static final Set<String> BODIES = Set.of("ministry", "agency", "army", "police", "office", "government",
            "service", "council", "commission", "military", "navy", "department", "authority", "force", "court",
            "committee", "embassy", "presidency", "administration", "coastguard", "directorate", "secretariat");

    /**
     * "the agency's spokesman", "ministry spokeswoman Shushan Stepanyan", after "the Gaza civil defence agency said"
     * or "Armenia's defence ministry said": a body named in the speaker's title before its head is the body named so
     * last, in this sentence before the speaker or the three before (a definite reference takes up what was
     * named); its codes when it has a country or organisation, else null.
     */
    private static List<String> bodyNamedBefore(ResolvedArticle article, Sentence s, int first, int last) {
        List<Token> tokens = s.tokens();
        String body = null;
        for (int i = first; i < last; i++) {
            String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (tokens.get(i).isNoun() && !tokens.get(i).isProperNoun() && BODIES.contains(lemma)) {
                body = lemma;
            }
        }
        if (body == null) {
            return null;
        }
        List<Sentence> sentences = article.annotated().sentences();
        for (int si = s.index(); si >= 0 && si >= s.index() - 3; si--) {
            Sentence earlier = sentence(sentences, si);
            if (earlier == null) {
                continue;
            }
            int limit = si == s.index() ? first : earlier.size();
            for (int k = limit - 1; k >= 0; k--) {
                if (!earlier.token(k).lemma().toLowerCase(Locale.ROOT).equals(body)) {
                    continue;
                }
                for (ActorMention m : article.partiesIn(si)) {
                    if ((m.covers(k) || m.lastToken() == k - 1) && !CONTEXT.contains(m.via())) {
                        List<String> codes = m.actors().stream().map(Actor::code).filter(c -> !isSectorOnly(c))
                                .distinct().toList();
                        if (!codes.isEmpty()) {
                            return codes;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * A government official whose country the text leaves out, speaking in a sentence about a country's act ("Israeli
     * jets struck southern Lebanon in raids that the defence minister said had “…”"): news writing names the
     * nationality only when it is not the sentence's, so the official is of the country its first actor belongs to;
     * the codes unchanged when the sentence names none.
     */
    private static List<String> ofTheStory(ResolvedArticle article, Sentence s, int first, int last,
                                           List<String> codes) {
        for (ActorMention m : article.partiesIn(s.index())) {
            if (m.firstToken() <= last && m.lastToken() >= first) {
                continue;
            }
            for (Actor a : m.actors()) {
                String country = a.country();
                if (country != null && country.length() == 3 && !country.equals("IGO") && !country.equals("NGO")
                        && !country.equals("IMG")) {
                    return codes.stream().map(c -> country + c).toList();
                }
            }
        }
        return codes;
    }

    /**
     * The codes of a speaker the words after it place or name ("Kim Min-ji, an office worker in Seoul, said"; "a
     * coastguard officer in Cork said"; "said Jane Doe, the agency's director"), up to the next verb or quotation mark,
     * when the speaker's own words gave no country: the codes of an actor named there, else the country of a place
     * named there with the speaker's sector (a civilian when it has none).
     */
    private static List<String> placed(ResolvedArticle article, Sentence s, int first, int last, List<String> codes) {
        List<Token> tokens = s.tokens();
        int end = last + 1;
        while (end < tokens.size() && !tokens.get(end).isVerb() && !tokens.get(end).tag().equals("MD")
                && !tokens.get(end).tag().equals("``") && !tokens.get(end).tag().equals("''")) {
            end++;
        }
        int from = tokens.get(last).end();
        int to = tokens.get(end - 1).end();
        List<String> named = new ArrayList<>();
        for (ActorMention m : article.partiesIn(s.index())) {
            boolean where = article.placesIn(s.index()).stream().anyMatch(p -> p.preposition() != null
                    && p.start() < m.end() && p.end() > m.start()); // "in Seoul" places, it names no one
            if (m.start() >= from && m.end() <= to && !where) {
                m.actors().stream().map(Actor::code).filter(c -> !isSectorOnly(c) && !named.contains(c))
                        .forEach(named::add);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        for (org.sitrep.model.PlaceMention p : article.placesIn(s.index())) {
            if (p.start() >= tokens.get(first).start() && p.end() <= to && p.place().country() != null) {
                String country = p.place().country();
                // a person known only by where they are is a private person there, as CAMEO codes them
                return codes.isEmpty() ? List.of(country + "CVL") : codes.stream().map(c -> country + c).toList();
            }
        }
        return codes;
    }

    /**
     * The person a pronoun speaker ("he said") stands for by the news convention: the person named last before the
     * quotation (two or more capitalised proper nouns in a row, outside quotation marks, places and actors that are
     * no person), in this sentence or the three before; with {@code subjectOnly}, only a name standing before its
     * sentence's first verb counts ("At a bakery, owner Dragan Petrovic shrugged. “…,” he said.").
     */
    private static Speaker lastNamedPerson(ResolvedArticle article, int before, int sentence, List<int[]> quoted,
                                           boolean subjectOnly) {
        List<Sentence> sentences = article.annotated().sentences();
        String text = article.annotated().text();
        for (int si = sentence; si >= 0 && si >= sentence - 3; si--) {
            Sentence s = sentence(sentences, si);
            if (s == null) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int limit = tokens.size();
            if (subjectOnly) {
                for (Token t : tokens) {
                    if ((t.isVerb() || t.tag().equals("MD")) && !insideQuotation(t.start(), quoted)) {
                        limit = t.index();
                        break;
                    }
                }
            }
            int end = -1;
            for (int i = limit - 1; i >= -1; i--) {
                boolean name = i >= 0 && tokens.get(i).end() <= before && nameWord(tokens, i)
                        && !insideQuotation(tokens.get(i).start(), quoted)
                        && !isPlace(article, si, tokens.get(i)) && !isOtherThanPerson(article, si, tokens.get(i));
                if (name && end < 0 && tokens.get(i).isCapitalised()) {
                    end = i;
                } else if (!name && end >= 0) {
                    int first = i + 1;
                    while (first < end && !tokens.get(first).isCapitalised()) {
                        first++; // a name starts with a capital: not "al-" or "bin"
                    }
                    long capitals = tokens.subList(first, end + 1).stream().filter(Token::isCapitalised).count();
                    if (capitals >= 2) {
                        Token from = tokens.get(first);
                        Token to = tokens.get(end);
                        List<String> codes = new ArrayList<>();
                        for (ActorMention m : article.partiesIn(si)) {
                            if (m.start() < to.end() && m.end() > from.start()) {
                                m.actors().forEach(a -> {
                                    if (!codes.contains(a.code())) {
                                        codes.add(a.code());
                                    }
                                });
                            }
                        }
                        return new Speaker(text.substring(from.start(), to.end()), codes);
                    }
                    end = -1;
                }
            }
        }
        return null;
    }

    /** A word of a person's name: a capitalised proper noun, a particle ("al", "bin", "van") or a hyphen in one. */
    private static boolean nameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.tag().equals("HYPH")) {
            return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isProperNoun() && tokens.get(i + 1).isProperNoun();
        }
        return t.isProperNoun() && (t.isCapitalised() || PARTICLES.contains(t.word()));
    }

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "van", "von", "der", "de",
            "da", "di", "la", "le", "du", "dos", "das", "ben");

    private static boolean insideQuotation(int offset, List<int[]> quoted) {
        for (int[] q : quoted) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** Inside the mention of an actor that is no person ("the European Union", "Hamas"). */
    private static boolean isOtherThanPerson(ResolvedArticle article, int sentence, Token t) {
        return article.partiesIn(sentence).stream().anyMatch(m -> m.start() < t.end() && m.end() > t.start()
                && m.actors().stream().noneMatch(a -> a.kind() == Actor.ActorKind.PERSON));
    }

    private static boolean isPlace(ResolvedArticle article, int sentence, Token t) {
        return article.placesIn(sentence).stream().anyMatch(p -> p.start() < t.end() && p.end() > t.start());
    }

    private static Sentence sentence(List<Sentence> sentences, int index) {
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    /**
     * After the closing mark: "…,” the minister said", "…,” said Mr Lammy, the foreign secretary". Returns
     * {first token, last token, 0} or null.
     */
    private static int[] speakerAfter(Sentence s, int closeOffset) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() <= closeOffset) {
            i++;
        }
        while (i < tokens.size() && isPunct(tokens.get(i))) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        if (isSay(tokens.get(i))) {
            int from = i + 1;
            int to = from;
            while (to < tokens.size() && to - from < MAX_SPEAKER_TOKENS && !stopsSpeaker(tokens.get(to), false)) {
                to++;
            }
            if (to <= from || !startsSpeaker(tokens.get(from)) && !tokens.get(from).isCapitalised()) {
                return null;
            }
            int last = to - 1;
            if (tokens.get(last).isNoun() && !tokens.get(last).isProperNoun()) {
                // "said Lebanon's prime minister, Najib Mikati, after …": the title and the name in apposition
                int k = to + 1;
                while (k < tokens.size() && tokens.get(k).isProperNoun() && tokens.get(k).isCapitalised()) {
                    k++;
                }
                if (to < tokens.size() && tokens.get(to).word().equals(",") && k > to + 1
                        && (k == tokens.size() || isPunct(tokens.get(k)))) {
                    last = k - 1;
                }
            }
            return new int[] {from, last, 0};
        }
        int from = i;
        for (int j = from; j < tokens.size() && j - from <= MAX_SPEAKER_TOKENS; j++) {
            Token t = tokens.get(j);
            if (isSay(t) && j > from) {
                int end = j - 1;
                while (end > from && (tokens.get(end).tag().startsWith("RB") || tokens.get(end).tag().equals("MD"))) {
                    end--; // "the minister also said", "he would later write"
                }
                return startsSpeaker(tokens.get(from)) ? new int[] {from, end, 0} : null;
            }
            if (isPunct(t) && !t.word().equals(",") && !t.tag().equals("HYPH") // "al-Masri said"
                    || t.tag().startsWith("VB") && !isSay(t)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Before the opening mark: "Zelensky wrote on Telegram: “…”", "The minister told reporters: “…”", "in what X
     * called “…”", "Pakistan accused Kabul of “…”". After a colon the verb may stand anywhere before it in the
     * sentence ("X responded on Tuesday to the remarks: “…”"); "The chairman, Name, wrote:" keeps both; ", saying “…”"
     * is said by the subject of the sentence.
     */
    private static int[] speakerBefore(Sentence s, int openOffset) {
        List<Token> tokens = s.tokens();
        int i = -1;
        for (Token t : tokens) {
            if (t.end() <= openOffset) {
                i = t.index();
            }
        }
        boolean colon = i >= 0 && tokens.get(i).word().equals(":");
        int say = -1;
        for (int j = i; j >= 0 && (colon || j >= i - 5); j--) {
            if (isSay(tokens.get(j)) || j >= i - 3 && isNaming(tokens.get(j)) || colon && isAddress(tokens.get(j))) {
                say = j;
                break;
            }
        }
        if (say <= 0) {
            return null;
        }
        if (tokens.get(say).tag().equals("VBG") && tokens.get(say - 1).word().equals(",")) {
            return subject(tokens, say - 1); // "The court issued a warrant, saying “…”"
        }
        return subjectBefore(tokens, say);
    }

    /** The speaker phrase right before a verb of saying: "The chairman, Name, wrote", "Name told", "X would say". */
    private static int[] subjectBefore(List<Token> tokens, int say) {
        int end = say - 1;
        while (end >= 0 && (tokens.get(end).tag().startsWith("RB") || tokens.get(end).tag().equals("MD"))) {
            end--;
        }
        for (int k = end; k >= 1 && k >= end - 3 && !isPunct(tokens.get(k)); k--) {
            if (tokens.get(k).tag().startsWith("W") && tokens.get(k - 1).isNoun()) {
                end = k - 1; // "a witness who escaped told Reuters": the relative clause left out
                break;
            }
        }
        boolean apposition = end > 0 && tokens.get(end).word().equals(","); // "The chairman, Name, wrote"
        if (apposition) {
            end--;
            int comma = end;
            while (comma > 0 && !tokens.get(comma).word().equals(",")) {
                comma--;
            }
            if (comma > 0 && tokens.get(comma + 1).tag().startsWith("W")) {
                end = comma - 1; // "The official, who asked not to be named, said": the relative clause left out
                apposition = false;
            }
        }
        if (end < 0) {
            return null;
        }
        int from = end;
        while (from - 1 >= 0 && end - from < MAX_SPEAKER_TOKENS && !stopsSpeaker(tokens.get(from - 1), true)) {
            from--;
        }
        if (from > end || !startsSpeaker(tokens.get(from)) || isPunct(tokens.get(end))) {
            return null;
        }
        if (apposition && from >= 2 && tokens.get(from - 1).word().equals(",") && tokens.get(from - 2).isNoun()) {
            int head = from - 2;
            int first = head;
            while (first - 1 >= 0 && head - first < MAX_SPEAKER_TOKENS && !stopsSpeaker(tokens.get(first - 1), true)) {
                first--;
            }
            if (startsSpeaker(tokens.get(first))) {
                from = first;
            }
        }
        return new int[] {from, end, 1};
    }

    /**
     * A quotation inside reported speech, its verb of saying further back than the words just before the mark:
     * "The spokesman told reporters in the capital that the army was “working to restore order”", "The official,
     * who asked not to be named, said the group wanted “a peaceful transfer”". The clause the quoted words stand in
     * hangs from the verb of saying; its subject is the speaker (the noun phrase up to its head and the name words
     * after it, without a relative clause). Returns {first token, last token, 1} or null.
     */
    private static int[] reportedSpeaker(Sentence s, int openOffset) {
        List<Token> tokens = s.tokens();
        int quoted = -1;
        for (Token t : tokens) {
            if (t.start() >= openOffset && Character.isLetterOrDigit(t.word().charAt(0))) {
                quoted = t.index();
                break;
            }
        }
        if (quoted < 0) {
            return null;
        }
        if (!s.isParsed()) {
            // unparsed: the nearest verb of saying before the mark, with no other quotation or clause break between
            for (int j = quoted - 1; j > 0; j--) {
                Token t = tokens.get(j);
                if (t.end() >= openOffset) {
                    continue; // the opening mark
                }
                if (t.tag().equals("``") || t.tag().equals("''") || t.word().equals(";") || t.word().equals(":")) {
                    return null;
                }
                if (isSay(t)) {
                    return subjectBefore(tokens, j);
                }
            }
            return null;
        }
        int at = quoted;
        for (int step = 0; step < 12; step++) {
            int up = -1;
            for (org.sitrep.model.Dependency d : s.governorsOf(at)) {
                if (d.governor() >= 0) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                return null;
            }
            if (up < quoted && isSay(tokens.get(up))) {
                for (org.sitrep.model.Dependency d : s.dependentsOf(up)) {
                    if (d.relation().equals("nsubj") && d.dependent() < up) {
                        return subjectPhrase(s, d.dependent());
                    }
                }
                return null;
            }
            at = up;
        }
        return null;
    }

    /** A subject noun phrase: from its first modifier to its head, and the name words right after the head. */
    private static int[] subjectPhrase(Sentence s, int head) {
        int from = head;
        for (org.sitrep.model.Dependency d : s.dependentsOf(head)) {
            if (d.dependent() < from && !d.relation().startsWith("acl") && !d.relation().equals("punct")) {
                from = Math.min(from, leftmost(s, d.dependent()));
            }
        }
        int to = head;
        while (to + 1 < s.size() && s.token(to + 1).isProperNoun() && s.token(to + 1).isCapitalised()) {
            to++;
        }
        if (to - from >= MAX_SPEAKER_TOKENS || !startsSpeaker(s.token(from))) {
            return null;
        }
        return new int[] {from, to, 1};
    }

    private static int leftmost(Sentence s, int token) {
        int out = token;
        for (org.sitrep.model.Dependency d : s.dependentsOf(token)) {
            if (d.dependent() < out) {
                out = Math.min(out, leftmost(s, d.dependent()));
            }
        }
        return out;
    }

    /** The subject of the sentence up to {@code before}: its words before the first verb. */
    private static int[] subject(List<Token> tokens, int before) {
        int end = -1;
        for (int j = 0; j < before; j++) {
            Token t = tokens.get(j);
            if (t.isVerb() || t.tag().equals("MD") || isPunct(t)) {
                break;
            }
            end = j;
        }
        if (end < 0 || end >= MAX_SPEAKER_TOKENS || !startsSpeaker(tokens.get(0))) {
            return null;
        }
        return new int[] {0, end, 1};
    }

    /** Verbs that put a name on what follows in quotation marks: "what X called “…”", "accused Y of “…”". */
    private static boolean isNaming(Token t) {
        return t.isVerb() && NAMING.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs of speaking to an audience that introduce words after a colon: "addressed the nation: “…”". */
    private static final Set<String> ADDRESS = Set.of("address", "speak");

    private static boolean isAddress(Token t) {
        return t.tag().startsWith("VB") && ADDRESS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isSay(Token t) {
        return t.tag().startsWith("VB") && SAY.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isPunct(Token t) {
        String w = t.word();
        if (t.tag().equals("POS")) {
            return false; // "Iran's"
        }
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    /** A word that ends a speaker phrase. */
    private static boolean stopsSpeaker(Token t, boolean backwards) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (isPunct(t) && !w.equals("-")) {
            return true;
        }
        if (t.tag().startsWith("VB") || t.tag().equals("MD") || t.tag().startsWith("W")) {
            return true;
        }
        if (t.tag().equals("IN") || t.tag().equals("TO")) {
            // "a spokesman for the ministry", "the head of the agency" stay whole
            return !(w.equals("of") || w.equals("for"));
        }
        return backwards && (t.tag().equals("CC") || w.equals("that"));
    }

    private static boolean startsSpeaker(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("DT") || tag.startsWith("JJ")
                || tag.equals("CD") || tag.equals("PDT");
    }
}
