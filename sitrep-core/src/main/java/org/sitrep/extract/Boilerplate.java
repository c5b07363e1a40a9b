package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that tell publisher boilerplate from article text, line by line and paragraph by paragraph. They are
 * used for scraped text and for the paragraphs of HTML pages alike; {@code docs/extraction.md} lists them with
 * examples, and {@code BoilerplateTest} holds one test per rule.
 */
public final class Boilerplate {

    /** What a line of scraped text is. */
    public enum Kind {
        /** Article text. */
        BODY,
        /** A marker that announces an image caption on the next line ("open image in gallery"). */
        CAPTION_MARKER,
        /** An image caption, usually ending with a photo credit. */
        CAPTION,
        /** A stand-alone photo credit ("( AP )", "Photograph: Reuters"). */
        CREDIT,
        /** Navigation, sharing, newsletter and similar prompts. */
        PROMPT,
        /** A donation, subscription or membership appeal. */
        APPEAL
    }

    /** The verdict on a line, with the rule that gave it and the credit when one was found. */
    public record Verdict(Kind kind, String rule, String credit) {
        static Verdict body() {
            return new Verdict(Kind.BODY, "", null);
        }
    }

    /** Agencies and photo services that appear as credits. */
    private static final String AGENCIES = "AP|AFP|Reuters|REUTERS|Associated Press|The Associated Press|Agence France-Presse|EPA|EPA-EFE|Getty Images|Getty|PA|PA Wire|PA Media|"
            + "Anadolu|Anadolu Agency|Xinhua|TASS|Sputnik|Shutterstock|Alamy|ANP|dpa|DPA|Bloomberg|NurPhoto|"
            + "SOPA Images|Ukrinform|Handout|handout|Pool|POOL|UPI|Zuma|ZUMA|AAP|Kyodo|Yonhap|WAFA|IRNA|"
            + "Ukrainian Presidential Press Service|Presidential Press Service|State Emergency Service";

    private static final Pattern CAPTION_MARKER = Pattern.compile(
            "(?i)^\\s*(open image in gallery|enlarge this image|view image in fullscreen|expand image|"
                    + "view gallery|show caption|hide caption|toggle caption|image caption|image|photo|photograph|"
                    + "media caption|caption)\\s*:?\\s*$");

    private static final Pattern STANDALONE_CREDIT = Pattern.compile(
            "^\\s*[\\(\\[]?\\s*(?:(?:Photo|Photograph|Image|Picture|Credit|Foto|Video)s?\\s*(?:by|:|/)\\s*)?"
                    + "(?:" + AGENCIES + ")(?:\\s+(?:Photos?|Images|Pictures))?(?:\\s*(?:/|via|,)\\s*[A-Z][\\w .'-]{0,60})?"
                    + "\\s*[\\)\\]]?\\s*$");

    /**
     * A news agency's sign-off on its own line: the editors' initials and the agency, "aja/PAP", "jos/dpa",
     * "(sda/rs)": a few short letter groups joined by slashes, one of them an agency's code.
     */
    private static final Pattern AGENCY_SIGLA = Pattern.compile(
            "^\\s*[\\(\\[]?\\s*[a-z]{2,4}(?:\\s*/\\s*[a-zA-Z]{2,5}){1,3}\\s*[\\)\\]]?\\s*$");

    /** The short codes of news agencies (and "red" for the newsroom) that such a sign-off names. */
    private static final Pattern AGENCY_CODE = Pattern.compile(
            "(?<![a-z])(?:dpa|afp|ap|apa|sda|ats|kna|epd|pap|ddp|dts|ansa|efe|belga|anp|ctk|mti|upi|kap|red)(?![a-z])");

    /** A photographer's name and agency on their own line: "Al Goldis, Associated Press". */
    private static final Pattern NAME_AGENCY_CREDIT = Pattern.compile(
            "^\\s*[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+){0,3}\\s*[,/]\\s*(?:" + AGENCIES + ")"
                    + "(?:\\s*[,/]\\s*(?:" + AGENCIES + ")){0,2}\\s*$"); // "Jo Doe / AFP / Getty Images"

    /** "Courtesy G4", "Photo courtesy of the family": a credit without a label word. */
    private static final Pattern COURTESY_CREDIT = Pattern.compile(
            "^\\s*[\\(\\[]?\\s*(?:(?:Photo|Photograph|Image|Picture|Video)s?\\s+)?courtesy(?:\\s+of)?\\s+"
                    + "[^.!?]{1,60}?[\\)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);

    /** "Illustration by Sam Weller", "Graphic: Tomas Ruiz": a name, no sentence ("Illustrations by pupils line ..."). */
    private static final Pattern ILLUSTRATION_CREDIT = Pattern.compile(
            "^\\s*[\\(\\[]?\\s*(?:Illustration|Graphic|Artwork|Animation)s?\\s*(?:by|:)\\s*"
                    + "\\p{Lu}[\\p{L}'-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'-]*\\.?|and|&|for|/|,))*\\s*[\\)\\]]?\\s*$");

    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "^\\s*[\\(\\[]?\\s*(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Source|Foto|Bild|Bildquelle|Quelle|"
                    + "Fuente|Fonte|Crédit|Crédit photo|Źródło|Zdjęcie)s?\\s*(?:by|:)\\s*"
                    + "(?:[^.!?]|\\.(?=\\s*[A-Z]|\\s*$)){1,80}[\\)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A caption: text that ends with a credit in brackets or after "Photograph:". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "^(.{3,400}?)\\s*(?:[\\(\\[]\\s*((?:(?:Photo|Photograph|Image|Picture|Credit)s?\\s*(?:by|:)?\\s*"
                    + "(?:[A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+){0,3}\\s*[.,/]\\s*)?)?" // "(Photo Jo Doe. AFP)"
                    + "(?:" + AGENCIES + ")(?:\\s+(?:Photos?|Images|Pictures))?(?:\\s*(?:/|via)\\s*[A-Z][\\w .'-]{0,60})?)"
                    + "\\s*[\\)\\]]"
                    + "|(?:Photograph|Photo|Picture|Image|Credit)s?\\s*:\\s*([^.]{2,80}))\\s*$");

    private static final List<Pattern> PROMPTS = List.of(
            Pattern.compile("(?i)^\\s*(read more|read more:.*|more:.*|related:.*|related( articles| stories| content| coverage)?|"
                    + "more on this story|more from .{1,40}|see also:?.*|recommended( stories)?|most (read|popular|viewed)|"
                    + "top stories|trending( now)?|latest( news| stories)?|you may also like|also read:?.*|"
                    + "watch:?.*|listen:?.*|listen to this article.*|advertisement|sponsored( content)?|"
                    + "skip to (main )?content|skip advertisement|copy link|link copied|share|share this( article| story)?|"
                    + "share on (facebook|x|twitter|whatsapp|linkedin|email)|tweet|email|print|save|bookmark|comments?|"
                    + "\\d+ comments?|view comments|join the conversation|topics?:?.*|tags?:.*|filed under:?.*|"
                    + "back to top|scroll to continue|continue reading|show more|load more|click here.*|"
                    + "download (our|the) app.*|get the app.*|this article was (originally )?published.*|"
                    + "close|menu|open|expand|collapse|hide|next|previous|prev|more|advert|iklan|"
                    + "more great .{1,30} stories|don.?t miss|popular on .{1,30}|you may also like\\W*|"
                    + "continue reading below|tell us what you think.*|like this story\\?.*|"
                    + "this slideshow requires javascript\\.?|\\(?(additional )?reporting by .{1,200}\\)?|"
                    + "(reading time|lesezeit|tempo de leitura|temps de lecture|tiempo de lectura)\\s*:?\\s*\\d+\\s*\\w{0,10}|"
                    + "\\d+\\s*min(ute)?s? read)\\s*$"),
            // affiliate notices and contact lines
            Pattern.compile("(?i)^.{0,120}\\b(affiliate (commission|links?|partner)|may (earn|get|receive) a "
                    + "(small )?(share|commission))\\b.{0,250}$"),
            Pattern.compile("(?i)^.{0,100}\\b(reach|reached|contact|email|e-mail|tips?)\\b.{0,60}[\\w.+-]+@[\\w-]+\\.[\\w.]+.{0,40}$"),
            // a date (and time, and a name) standing alone: "Nov. 20, 2019 9:30 AM EST", "2019-11-20 10:00:00 Jane Doe"
            Pattern.compile("(?i)^\\s*(?:[a-z]+,?\\s+)?(?:\\d{1,2}\\.?\\s+(?:de\\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    + "[a-z\\u00e7]*\\.?(?:\\s+de)?\\s+\\d{1,4}(?:,?\\s+(?:de\\s+)?\\d{4})?(?:,?\\s*(?:at|um|\\u00e0s)?\\s*\\d{1,2}[:.]\\d{2}"
                    + "\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*[a-z]{0,4})?\\s*$"),
            Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?(?:\\s+[A-Z][\\w.'-]+){0,3}\\s*$"),
            Pattern.compile("^\\s*\\d{1,2}:\\d{2}\\s+\\d{4}\\s*$"),
            // a time stamp or a dated byline on its own: "Published 4:00 am CST, Wednesday, November 20, 2019",
            // "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: ...", "By Jane Doe - 11/18/19 11:04 PM EST"
            Pattern.compile("(?i)^\\s*(published|updated|posted|last updated|first published|modified)\\b\\s*:?"
                    + "[^.!?]{0,60}\\b(19|20)?\\d{2}\\b[^.!?]{0,80}$"),
            Pattern.compile("^\\s*(?i:by)\\s+[A-Z][\\w.'-]+(\\s+[A-Z][\\w.'-]+){0,3}\\s*[-\u2013\u2014|,]\\s*"
                    + "\\d{1,2}/\\d{1,2}/\\d{2,4}[^.!?]{0,30}$"),
            Pattern.compile("(?i)^\\s*(sign up|subscribe|register)\\b.{0,200}$"),
            Pattern.compile("(?i)^.{0,200}\\b(newsletter|our daily briefing|your inbox)\\b.{0,200}$"),
            Pattern.compile("^\\s*[^|\u203a>]{1,40}(\\s+[|\u203a>\u00bb]\\s+[^|\u203a>]{1,40}){2,}\\s*$"),
            Pattern.compile("(?i)^\\s*follow (us|[a-z .]{1,40}) on (x|twitter|facebook|instagram|telegram|tiktok|"
                    + "youtube|linkedin|threads|bluesky|whatsapp|google news)\\b.{0,120}$"),
            Pattern.compile("(?i)^\\s*((https?://|www\\.)\\S+|@\\w+|#\\w+)(\\s+((https?://|www\\.)\\S+|@\\w+|#\\w+))*\\s*$"),
            Pattern.compile("(?i)^\\s*(we use cookies|this (web)?site uses cookies|accept (all )?cookies|"
                    + "by continuing to (use|browse)).{0,300}$"),
            Pattern.compile("(?i)^\\s*(©|\\(c\\)|copyright\\b|all rights reserved).{0,200}$"),
            // the heading of a related-reading or sharing box in German, French, Spanish, Portuguese ("Lesen Sie auch",
            // "Mehr zum Thema", "À lire aussi", "Noticias relacionadas", "Leia também")
            Pattern.compile("(?iu)^\\s*(lesen sie auch|lies auch|auch interessant|das (könnte|dürfte) (sie|dich|euch) auch "
                    + "interessieren|mehr zum thema|mehr (themen|artikel|beiträge|kolumnen|nachrichten|meldungen)|"
                    + "weitere (artikel|beiträge|themen|nachrichten|meldungen)|(verwandte|ähnliche|empfohlene) "
                    + "(artikel|themen|beiträge)|zum weiterlesen|schon gelesen|themen in diesem artikel|"
                    + "(diesen |den )?(artikel|beitrag) teilen|explore further|veja também|leia também|"
                    + "(artículos|noticias|notas) relacionad[ao]s|lee también|te puede interesar|lire aussi|à lire aussi|"
                    + "sur le même sujet|articles similaires)(?![\\p{L}]).{0,60}$"),
            // notices about the text rather than the text: advertising and liability disclaimers, a picture or source
            // credit line, print and permalink buttons, an author box's heading
            Pattern.compile("(?iu)^\\s*(\\*?werbung[.:]\\s.{0,200}|-?\\s*anzeige\\s*-?|alle angaben ohne gewähr.{0,100}|"
                    + "advertising disclosure\\b.{0,300}|this (post|article) (contains|may contain) (affiliate|references|links)"
                    + ".{0,250}|dieser (beitrag|artikel) (enthält|gibt) .{0,200}|titelbild:?.{0,60}|"
                    + "crédits? photos?\\s*:.{0,80}|bild anzeigen|(rezept|artikel|seite)? ?drucken|permalink|permalien|"
                    + "kommentare? schreiben|"
                    // the heading of an author box: "Über den Autor", "About the author"
                    + "(über (den|die) autor(in|en)?|(mehr )?über mich|about the authors?|about me|"
                    + "à propos de l['\u2019]auteur|sobre (el|o) autor)\\s*:?)\\s*$"));

    /**
     * For each expression of {@link #PROMPTS}, strings (lower case) of which a matching line holds at least one, or
     * null: a cheap test that spares the unanchored expressions most lines.
     */
    private static final String[][] PROMPT_NEEDS = {null,
            {"affiliate", "may earn", "may get", "may receive"},
            {"@"},
            null, null, null, null, null, null,
            {"newsletter", "our daily briefing", "your inbox"},
            {"|", "\u203a", ">", "\u00bb"},
            null, null, null, null, null, null};

    static {
        if (PROMPT_NEEDS.length != PROMPTS.size()) {
            throw new IllegalStateException("one entry of PROMPT_NEEDS per prompt expression");
        }
    }

    private static boolean containsAny(String text, String[] needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern APPEAL_CUE = Pattern.compile(
            "(?i)\\b(donat(e|ion|ions|ing)|contribut(e|ion)|support (our|independent|quality|us|the)\\b[^.]{0,40}"
                    + "(journalism|reporting|newsroom|work)|subscri(be|ption|ber)|become a (member|supporter|subscriber)|"
                    + "membership|paywall|reader[- ]funded|help us (keep|continue|fund|report)|"
                    + "keep (our )?(journalism|reporting) (free|open|independent)|free to read|"
                    + "chip in|give (now|today)|make a (gift|contribution))");

    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(you|your|we|our|us)\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"'\u201d\u2019)]\\s*$");

    private Boilerplate() {
    }

    /** Classifies one line of scraped text (or the text of one HTML paragraph). */
    public static Verdict classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return Verdict.body();
        }
        if (t.length() <= 40 && CAPTION_MARKER.matcher(t).matches()) {
            return new Verdict(Kind.CAPTION_MARKER, "caption-marker", null);
        }
        if (t.length() <= 120 && (STANDALONE_CREDIT.matcher(t).matches() || LABELLED_CREDIT.matcher(t).matches()
                || NAME_AGENCY_CREDIT.matcher(t).matches() || COURTESY_CREDIT.matcher(t).matches()
                || ILLUSTRATION_CREDIT.matcher(t).matches() || t.length() <= 24 && AGENCY_SIGLA.matcher(t).matches()
                && AGENCY_CODE.matcher(t.toLowerCase(Locale.ROOT)).find())) {
            return new Verdict(Kind.CREDIT, "photo-credit", t.replaceAll("^[\\(\\[]\\s*|\\s*[\\)\\]]$", ""));
        }
        Matcher caption = mayEndWithCredit(t) ? TRAILING_CREDIT.matcher(t) : null;
        if (caption != null && caption.matches() && !isDateline(t)) {
            String credit = caption.group(2) != null ? caption.group(2) : caption.group(3);
            return new Verdict(Kind.CAPTION, "trailing-credit", credit == null ? null : credit.strip());
        }
        if (t.length() <= 300) {
            String lower = null;
            for (int i = 0; i < PROMPTS.size(); i++) {
                String[] needs = PROMPT_NEEDS[i];
                if (needs != null) {
                    if (lower == null) {
                        lower = t.toLowerCase(Locale.ROOT);
                    }
                    if (!containsAny(lower, needs)) {
                        continue; // the expression cannot match: it scans every start position, which is slow
                    }
                }
                if (PROMPTS.get(i).matcher(t).matches()) {
                    return new Verdict(Kind.PROMPT, "prompt-" + (i + 1), null);
                }
            }
        }
        if (t.length() <= 60 && isDateLine(t)) {
            return new Verdict(Kind.PROMPT, "date-line", null);
        }
        if (isAppeal(t)) {
            return new Verdict(Kind.APPEAL, "appeal", null);
        }
        return Verdict.body();
    }

    /** Words that label a date in a page's metadata line. */
    private static final String DATE_LABEL = "(?:aktualisiert|zuletzt aktualisiert|updated|last updated|last modified|"
            + "release date|erstellt|veröffentlicht|published|posted|stand|datum|date|publié|mis à jour|actualizado|"
            + "publicado|pubblicato|aggiornato)(?:\\s+(?:am|on|le|el|il))?";
    private static final String NUMERIC_DATE = "\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|"
            + "\\d{1,2}/\\d{1,2}/\\d{2,4}";
    private static final String WORD_DATE = "\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?,?\\s+\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}";
    private static final String TIME = "\\d{1,2}:\\d{2}(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?";
    /**
     * A line that is only a date (with its label, weekday and time) or a date's label: "23.10.2018", "Erstellt am
     * Dienstag 6. Mai 2014", "12.12.2022, 08:30 Uhr", "Aktualisiert:", "Last Modified:". A time alone stays: a live
     * blog's entries are headed "4:20 p.m.".
     */
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(?:" + DATE_LABEL + "\\s*:?\\s*)?"
            + "(?:\\p{L}{2,12},?\\s+)?(?:" + NUMERIC_DATE + "|" + WORD_DATE + ")"
            + "(?:\\s*(?:,|-|\\||um|at|à)?\\s*" + TIME + ")?\\s*$");
    private static final Pattern DATE_LABEL_ONLY = Pattern.compile("(?iu)^" + DATE_LABEL + "\\s*:?$");

    /** A metadata line of a date or a date's label alone. */
    static boolean isDateLine(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length() && !digit; i++) {
            digit = Character.isDigit(t.charAt(i));
        }
        return digit ? DATE_LINE.matcher(t).matches() : DATE_LABEL_ONLY.matcher(t).matches();
    }

    /** A cheap test before the caption expression: a closing bracket at the end, or a credit word near it. */
    private static boolean mayEndWithCredit(String t) {
        if (t.length() > 420) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ')' || last == ']') {
            return true;
        }
        String tail = t.substring(Math.max(0, t.length() - 90)).toLowerCase(Locale.ROOT);
        return tail.contains("photo") || tail.contains("credit") || tail.contains("image") || tail.contains("picture");
    }

    /**
     * What a paragraph lower-cased holds when {@link #APPEAL_CUE} finds a cue in it, one string per alternative of
     * the expression ("support the" and "keep our journalism", not "support" and "free": most news paragraphs hold
     * those, and the expression then scanned them at every position).
     */
    private static final String[] APPEAL_STEMS = {"donat", "contribut", "support our", "support independent",
            "support quality", "support us", "support the", "subscri", "become a member", "become a supporter",
            "membership", "paywall", "reader-funded", "reader funded", "help us keep", "help us continue",
            "help us fund", "help us report", "keep our journalism", "keep our reporting", "keep journalism",
            "keep reporting", "free to read", "chip in", "give now", "give today", "make a gift"};

    /**
     * A donation or subscription appeal: an appeal cue in a paragraph of at most 700 characters that addresses
     * the reader ("you", "we", "our"). News about donations ("the EU pledged a contribution") does not address
     * the reader and stays.
     */
    public static boolean isAppeal(String paragraph) {
        String t = paragraph.strip();
        if (t.length() > 700) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        boolean stem = false;
        for (String s : APPEAL_STEMS) {
            if (lower.contains(s)) {
                stem = true;
                break;
            }
        }
        if (!stem) {
            return false;
        }
        Matcher cue = APPEAL_CUE.matcher(t);
        if (!cue.find()) {
            return false;
        }
        Matcher address = ADDRESS.matcher(t);
        int addresses = 0;
        while (address.find()) {
            addresses++;
        }
        return addresses >= 1 && !looksLikeReportedSpeech(t);
    }

    private static boolean looksLikeReportedSpeech(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.contains(" said") || lower.contains(" says") || lower.contains("told ");
    }

    /** A wire dateline at the start of a paragraph ("KYIV, Nov 19 (Reuters) -"), which stays in the body. */
    static boolean isDateline(String t) {
        return DATELINE.matcher(t).lookingAt();
    }

    static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?)\\s*"
                    + "(?:(?:[\\(\\[]\\s*(" + AGENCIES + "|Reuters|Associated Press|Kyiv Independent|UNIAN)\\s*[\\)\\]]\\s*"
                    // "KYIV -"; "MADRID, June 19 -", the wire's own date before the dash (Reuters of the 1980s)
                    + "|(?<=[A-Z]{4}\\s?|,\\s{0,2}[A-Z][a-z]{2,8}\\.?\\s{1,2}\\d{1,2}\\s?))"
                    + "[-\u2013\u2014:]+\\s+"
                    // "KABUL, Afghanistan (Nov. 20, 2011) A coalition force ...", "(June 14) \u2014 An Afghan-led ..."
                    + "|\\(\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*\\)\\s*(?:[-\u2013\u2014:]+\\s*)?)"
                    + "(?=[A-Z\"\u201c])");

    /**
     * The length of a leading wire dateline ("KYIV, Nov 19 (Reuters) - "), or 0. Datelines stay in the text;
     * the annotator hides them from the parser, which otherwise takes the city for a subject.
     */
    public static int datelineLength(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The agency named in a leading dateline, if any ("KYIV (Reuters) -" gives "Reuters"). */
    static String datelineAgency(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.lookingAt() ? m.group(2) : null;
    }

    /** True when the line ends like a sentence (used to tell headlines and captions from body text). */
    static boolean endsLikeSentence(String line) {
        return SENTENCE_END.matcher(line).find();
    }
}
