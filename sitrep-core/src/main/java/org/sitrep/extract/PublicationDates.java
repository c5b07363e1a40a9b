package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The publication date of a page, from the most to the least reliable evidence: meta tags that say "published"
 * (or "created", "issued", "date"), {@code itemprop=datePublished}, {@code <time>} and {@code abbr.published}
 * marked as publication, elements whose class names a publication date, a date in the URL, any {@code <time>},
 * and last a date written near the start of the article's text, then of the page's text. Modification dates and comment dates are passed over.
 * JSON-LD, read before this, wins over all of it.
 */
final class PublicationDates {
    private static final Pattern NOT_PUBLISHED = Pattern.compile("(?i)(modif|updat|revis|expir|review|copyright|comment|birth)");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)(publish|pubdate|post-?date|entry-?date|posted|article-?date|date-?line|datum|\\bdate\\b|"
                    + "[-_]date|date[-_]|\\btime\\b|meta-?date|(?:post|entry|article)[-_]?meta|byline|dateline|submitted|erstellt|veroeffentlicht)");
    /** "/2023/11/08/", "/2023-11-08-", "/20231108": one separator throughout, or none with two-digit fields. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:([/_-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))"
                    + "(?:[/_.-]|$)");

    /** A year, a section name, then month and day as path segments: "/2010/POLITICS/08/13/story". */
    private static final Pattern URL_SECTION_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/[A-Za-z][A-Za-z_-]{1,30}/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    private PublicationDates() {
    }

    static LocalDate published(Document doc, String language) {
        // 1. meta tags, "published" names first
        LocalDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element meta : (doc.head() == null ? doc : doc.head()).select(Queries.of("meta[content]"))) {
            String key = (meta.attr("name") + " " + meta.attr("property") + " " + meta.attr("itemprop") + " "
                    + meta.attr("http-equiv")).toLowerCase(Locale.ROOT).strip();
            if (key.isEmpty() || NOT_PUBLISHED.matcher(key).find()) {
                continue;
            }
            int rank = key.contains("publish") || key.contains("pubdate") ? 0
                    : key.contains("created") || key.contains("issued") || key.contains("release") ? 1
                    : key.contains("date") ? 2 : -1;
            if (rank < 0 || rank >= bestRank) {
                continue;
            }
            Optional<LocalDate> d = Dates.parse(meta.attr("content")).filter(TextDates::plausible);
            if (d.isPresent()) {
                best = d.get();
                bestRank = rank;
            }
        }
        if (best != null && bestRank < 2) {
            return best;
        }
        // 1b. a date the page's text labels as the publication date ("Erschienen am: 13.10.2021") beats a meta
        // tag that only says "date": CMSs fill that with the day of the last edit
        List<Element> all = Queries.all(doc); // one list for the passes below (each call builds a new one)
        List<Element> inBody = bodyElements(doc, all);
        LocalDate labelled = labelled(inBody, language, PUBLISHED_LABEL);
        if (labelled != null) {
            return labelled;
        }
        LocalDate metaDate = best;
        // 2. elements marked as the publication date
        for (Element e : all) {
            if (!marksPublished(e) || insideComments(e)) {
                continue;
            }
            Optional<LocalDate> d = dateOf(e, language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 3. <time> elements that are not modification dates
        for (Element time : all) {
            if (!time.normalName().equals("time")) {
                continue;
            }
            if (insideComments(time) || NOT_PUBLISHED.matcher(time.className() + " " + time.id()).find()) {
                continue;
            }
            Optional<LocalDate> d = dateOf(time, language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 3a. a meta tag that only says "date" yields to the page's own marked dates and <time> elements: CMSs fill
        // it with the day of the last edit or of the export
        if (metaDate != null) {
            return metaDate;
        }
        // 3b. a date in the page URL: written by the CMS on the day of publication
        LocalDate fromUrl = urlDate(doc, null);
        if (fromUrl != null) {
            return fromUrl;
        }
        // 4. a date in or just around the headline: a topline or byline whose markup does not say "date" (after the
        // URL, as the lead's first sentence may name the day of the event: "eröffnet am 18. Oktober 2021")
        LocalDate near = nearHeadline(doc, language);
        if (near != null) {
            return near;
        }
        // 5. elements whose class or id names a date, in document order
        for (Element e : inBody) {
            String names = names(e);
            if (names.isBlank() || !dateClass(names)
                    || insideComments(e) || e.text().length() > 200) {
                continue;
            }
            Optional<LocalDate> d = dateOf(e, language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 6. a date written near the start of the article's text, then of the page's
        Element article = null;
        for (Element e : all) { // the first of "article, [itemprop=articleBody], main"
            String name = e.normalName();
            if (name.equals("article") || name.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                article = e;
                break;
            }
        }
        if (article != null) {
            String text = leadingText(article, 600);
            Optional<LocalDate> d = TextDates.find(text.substring(0, Math.min(text.length(), 600)), language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        if (doc.body() != null) {
            String text = leadingText(doc.body(), 1500);
            Optional<LocalDate> d = TextDates.find(text.substring(0, Math.min(text.length(), 1500)), language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 7. the state a script hands to the page's JavaScript: {"publishedDate":"2016-11-04T20:37:27Z"}
        LocalDate fromState = scriptState(doc);
        if (fromState != null) {
            return fromState;
        }
        // 8. last, a page that only says when it was changed ("Aktualisiert: 30.12.2016") is dated by that
        return labelled(inBody, language, UPDATED_LABEL);
    }

    /**
     * The date written as text (not only in an attribute) in the element marked as a date that is nearest to the
     * headline: a {@code <time>}, an element marked as the publication date, or one whose class or id names a date,
     * at most {@value #NEAR_H1_ELEMENTS} elements before or after the {@code h1} in document order and with no other
     * heading between them (the article's header, not a teaser with its own headline or a comment further down);
     * null when there is none.
     */
    static LocalDate shownMarkedDate(Document doc, String language) {
        Element h1 = headline(doc);
        if (h1 == null) {
            return null;
        }
        Element root = h1; // the headline's surroundings: up to three levels above it
        for (int up = 0; up < 3 && root.parent() != null && !root.parent().normalName().equals("body"); up++) {
            root = root.parent();
        }
        List<Element> all = Queries.all(root);
        int at = all.indexOf(h1);
        if (at < 0) {
            return null;
        }
        // the headline's own header: no other heading between it and the date (a teaser's h2 has its own date)
        // before it, only a kicker: a heading there starts a teaser, whose date may follow its own heading
        int from = Math.max(0, at - NEAR_H1_ELEMENTS);
        for (int i = at - 1; i >= from; i--) {
            if (HEADING.contains(all.get(i).normalName())) {
                from = at;
                break;
            }
        }
        int to = at + 1;
        while (to < all.size() && to - at < NEAR_H1_ELEMENTS && !HEADING.contains(all.get(to).normalName())) {
            to++;
        }
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            Element e = all.get(i);
            int distance = Math.abs(i - at);
            if (distance >= bestDistance) {
                continue;
            }
            boolean marked = e.normalName().equals("time") || marksPublished(e);
            if (!marked) {
                String names = names(e);
                marked = !names.isBlank() && dateClass(names);
            }
            if (!marked || NOT_PUBLISHED.matcher(names(e)).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() < 6 || text.length() > SHORT_LINE || insideComments(e)) {
                continue;
            }
            Optional<LocalDate> d = TextDates.find(text, language);
            if (d.isPresent()) {
                best = d.get();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static final int NEAR_H1_ELEMENTS = 40;
    private static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** What an element's markup calls it: its class, id and test id ({@code data-testid="article-details-date"}). */
    private static String names(Element e) {
        if (e.attributesSize() == 0) {
            return " ";
        }
        String testId = Queries.attr(e, "data-testid");
        String classAndId = Queries.className(e) + " " + Queries.id(e);
        return testId.isEmpty() ? classAndId : classAndId + " " + testId;
    }

    /** A publication date under a JSON key in a script: "publishedDate", "published_at", "publishDate", "datePublished". */
    private static final Pattern STATE_DATE = Pattern.compile(
            "[\"'](?:date_?published|published_?(?:date|at|time|on)|publish_?(?:date|time|ed_?at))[\"']\\s*:\\s*[\"']"
                    + "((?:19|20)\\d{2}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);

    /**
     * The first publication date written under a JSON key in one of the page's scripts (shops, review sites and
     * single-page apps keep the page's state there), outside JSON-LD, which is read before; null when none.
     */
    private static boolean mentionsPublished(Element script) {
        for (Node n : script.childNodes()) {
            if (n instanceof org.jsoup.nodes.DataNode d) {
                String data = d.getWholeData();
                if (data.contains("ublish") || data.contains("UBLISH")) {
                    return true;
                }
            }
        }
        return false;
    }

    static LocalDate scriptState(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (!mentionsPublished(script)) {
                continue; // most scripts say nothing of it: their text is not copied out
            }
            String data = script.data();
            if (data.length() < 20) {
                continue;
            }
            Matcher m = STATE_DATE.matcher(data);
            if (findNearPublish(m, data)) {
                Optional<LocalDate> d = Dates.parse(m.group(1)).filter(TextDates::plausible);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    /**
     * The first match of the page-state expression, tried only around the places where "publish" is written (the
     * expression tried at every quotation mark of a large script is slow); the same first match as a plain find.
     */
    private static boolean findNearPublish(Matcher m, String data) {
        int from = 0;
        while (true) {
            int lower = data.indexOf("ublish", from);
            int upper = data.indexOf("UBLISH", from);
            int at = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            if (at < 0) {
                return false;
            }
            // the key starts at most 12 characters before "ublish" ("\"date_published" has "\"date_p" before it); the
            // date ends within 40 characters after it
            m.region(Math.max(0, at - 12), Math.min(data.length(), at + 60));
            if (m.find()) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Words that introduce a publication date in the page's text: "Veröffentlicht am", "Published:", "Stand:". */
    private static final String[] PUBLISHED_WORDS = {"veröffentlicht", "erschienen", "publiziert", "erstellt",
            "eingestellt", "gepostet", "online seit", "published", "posted", "publié", "publicado", "pubblicato",
            "gepubliceerd", "mise en ligne", "opublikowano", "опубликовано", "опубліковано", "datum", "date", "stand"};
    /** Words that introduce a modification date: the last resort when a page names no other date. */
    private static final String[] UPDATED_WORDS = {"aktualisiert", "updated", "letzte änderung", "zuletzt geändert",
            "geändert", "last edited", "last modified", "modified", "mis à jour", "actualizado", "aggiornato",
            "bijgewerkt"};
    private static final LabelWords PUBLISHED_SCAN = LabelWords.of(PUBLISHED_WORDS);
    private static final LabelWords UPDATED_SCAN = LabelWords.of(UPDATED_WORDS);
    private static final LabelWords PUBLISHED_FIRST_WORDS = LabelWords.of(firstWords(PUBLISHED_WORDS));
    private static final LabelWords UPDATED_FIRST_WORDS = LabelWords.of(firstWords(UPDATED_WORDS));
    private static final Pattern PUBLISHED_LABEL = labelPattern(PUBLISHED_WORDS);
    private static final Pattern UPDATED_LABEL = labelPattern(UPDATED_WORDS);

    private static Pattern labelPattern(String[] words) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(" + String.join("|", words) + ")(?![\\p{L}])");
    }

    /**
     * Label words grouped by their first letter ('a'-'z', then one group for every other letter), so that a word of
     * the text is compared only with the labels that start as it does.
     */
    record LabelWords(String[][] byFirst) {
        static LabelWords of(String[] words) {
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < 27; i++) {
                groups.add(new ArrayList<>());
            }
            for (String w : words) {
                if (w.length() < 2) {
                    throw new IllegalArgumentException("a label word has two letters at least: '" + w + "'");
                }
                groups.get(group(w.charAt(0))).add(w);
            }
            return new LabelWords(groups.stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new));
        }

        /** The group of a lower-case first letter: 0-25 for 'a'-'z', 26 for any other. */
        static int group(char lower) {
            return lower >= 'a' && lower <= 'z' ? lower - 'a' : 26;
        }
    }

    /** Whether one of the words stands in the text as a word of its own, in any case (a cheap test before the expression). */
    static boolean mayHoldLabel(String text, LabelWords words) {
        String[][] byFirst = words.byFirst();
        boolean others = byFirst[26].length > 0;
        int n = text.length();
        boolean afterLetter = false; // whether the character before is a letter: a word starts only after a non-letter
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean wordStart = !afterLetter;
            String[] candidates;
            char lower;
            if (c >= 'a' && c <= 'z') {
                afterLetter = true;
                lower = c;
            } else if (c >= 'A' && c <= 'Z') {
                afterLetter = true;
                lower = (char) (c + 32);
            } else if (c < 128) {
                afterLetter = false;
                continue;
            } else {
                afterLetter = Character.isLetter(c);
                if (!others || !afterLetter || !wordStart) {
                    continue;
                }
                lower = Character.toLowerCase(c);
            }
            if (!wordStart) {
                continue;
            }
            candidates = byFirst[LabelWords.group(lower)];
            if (candidates.length == 0) {
                continue;
            }
            char second = i + 1 < n ? text.charAt(i + 1) : 0;
            char secondLower = second < 128 ? (char) (second >= 'A' && second <= 'Z' ? second + 32 : second)
                    : Character.toLowerCase(Character.toUpperCase(second)); // as regionMatches folds case
            for (String w : candidates) {
                int end = i + w.length();
                if (w.charAt(0) == lower && end <= n && w.charAt(1) == secondLower
                        && text.regionMatches(true, i, w, 0, w.length())
                        && (end == n || !Character.isLetter(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What may stand between a label and its date: a colon or dash, "am", "on", "le", a weekday. */
    private static final Pattern LABEL_TO_DATE = Pattern.compile(
            "[\\s:\u2013\u2014|-]*(?:(?:am|on|le|el|il|den|vom|the)\\s+)?(?:\\p{L}{2,12},\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> PUBLISHED_CLASSES = Set.of("published", "entry-date",
            "post-date", "pubdate", "date-published", "publish-date", "article-date");

    static {
        for (String c : PUBLISHED_CLASSES) {
            if (!c.contains("date") && !c.contains("publish")) {
                throw new IllegalStateException("marksPublished looks for 'date' or 'publish' first: " + c);
            }
        }
    }

    /**
     * An element marked as the publication date: itemprop datePublished or dateCreated, a property ending so
     * (RDFa, OpenGraph), {@code <time pubdate>}, or a class of {@link #PUBLISHED_CLASSES}. Checked by hand: the
     * equivalent 13-part CSS selector costs a full pass of 13 evaluators per element.
     */
    static boolean marksPublished(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String itemprop = Queries.attr(e, "itemprop");
        if (itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateCreated")) {
            return true;
        }
        String property = Queries.attr(e, "property").toLowerCase(Locale.ROOT);
        if (property.endsWith("datepublished") || property.endsWith("datecreated")) {
            return true;
        }
        if (e.normalName().equals("time") && Queries.has(e, "pubdate")) {
            return true;
        }
        String cls = Queries.className(e).toLowerCase(Locale.ROOT);
        if (cls.isEmpty() || !cls.contains("date") && !cls.contains("publish")) {
            return false; // each of PUBLISHED_CLASSES holds one of the two: no class name is cut out for most elements
        }
        int start = -1;
        for (int i = 0; i <= cls.length(); i++) {
            boolean space = i == cls.length() || Character.isWhitespace(cls.charAt(i));
            if (space && start >= 0) {
                if (PUBLISHED_CLASSES.contains(cls.substring(start, i))) {
                    return true;
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return false;
    }

    /** How many elements of a page are searched for a labelled date (a bound for huge pages). */
    private static final int LABEL_SCAN = 20_000;

    /**
     * The first date written right after a label ("Erschienen am: 13.10.2021", "Published on March 2, 2020"), in
     * the label's own text or in the text of its parent (a label in one span, the date in the next), outside comments.
     */
    static LocalDate labelled(List<Element> elements, String language, Pattern label) {
        int seen = 0;
        for (Element e : elements) {
            if (++seen > LABEL_SCAN) {
                break;
            }
            LabelWords words = label == PUBLISHED_LABEL ? PUBLISHED_SCAN : UPDATED_SCAN;
            if (!ownTextMayHoldLabel(e, label == PUBLISHED_LABEL ? PUBLISHED_FIRST_WORDS : UPDATED_FIRST_WORDS)) {
                continue; // most elements are wrappers or hold no label word: no ownText() string for them
            }
            String own = e.ownText();
            if (own.length() < 4) {
                continue;
            }
            if (!mayHoldLabel(own, words)) {
                continue; // a hand-made scan for the label words first: the case-folding expression is slow
            }
            Matcher m = label.matcher(own);
            if (!m.find() || insideComments(e)) {
                continue;
            }
            String after = own.substring(m.end());
            if (after.strip().length() < 6 && e.parent() != null) {
                String context = spacedText(e.parent()); // "Erstellt am" + "09.02.2022" in adjacent spans
                if (context.length() > 400) {
                    continue;
                }
                Matcher again = label.matcher(context);
                if (!again.find()) {
                    continue;
                }
                after = context.substring(again.end());
            }
            Matcher lead = LABEL_TO_DATE.matcher(after);
            if (!lead.lookingAt()) {
                continue;
            }
            after = after.substring(lead.end());
            Optional<LocalDate> d = TextDates.find(after.substring(0, Math.min(after.length(), 22)), language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /**
     * The body and the elements inside it, cut from the document's elements in document order (a subtree is one
     * run of them); all of them when the page has no body.
     */
    private static List<Element> bodyElements(Document doc, List<Element> all) {
        Element body = doc.body();
        int at = body == null ? -1 : all.indexOf(body);
        if (at < 0) {
            return all;
        }
        int end = all.size(); // up to the first element after the body's subtree: the next sibling of it or of an ancestor
        for (Element a = body; a != null; a = a.parent()) {
            Element next = a.nextElementSibling();
            if (next != null) {
                int i = all.indexOf(next);
                end = i > at ? i : end;
                break;
            }
        }
        return all.subList(at, end);
    }

    /** An element's text with its children's texts set apart by spaces (adjacent spans run together in text()). */
    private static String spacedText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            String t = textOf(n);
            if (!t.isBlank()) {
                b.append(t.strip()).append(' ');
            }
            if (b.length() > 400) {
                break;
            }
        }
        return b.toString();
    }

    /**
     * Whether one of the element's own text nodes holds the first word of a label, read in the raw text (no
     * {@code ownText()} string is built): every label of {@link #labelled} passes this test, as a label's first word
     * stands whole in one text node.
     */
    /**
     * The longest text node searched for a label: labels stand in bylines and meta lines; a "published on" inside a
     * paragraph of the story tells of something else (and scanning every paragraph was the date search's main cost).
     */
    private static final int LABEL_NODE = 300;

    private static boolean ownTextMayHoldLabel(Element e, LabelWords firstWords) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t && t.getWholeText().length() <= LABEL_NODE
                    && mayHoldLabel(t.getWholeText(), firstWords)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of each label ("online" of "online seit"): what a single text node must hold. */
    private static String[] firstWords(String[] labels) {
        return java.util.Arrays.stream(labels).map(w -> w.split(" ")[0]).distinct().toArray(String[]::new);
    }

    /**
     * A date in the headline or in the first {@value #NEAR_HEADLINE} characters that follow it (a byline or topline:
     * "Handball Schweiz • 02.02.2022"), else in the {@value #BEFORE_HEADLINE} characters before it (a kicker).
     */
    static LocalDate nearHeadline(Document doc, String language) {
        Element h1 = headline(doc);
        if (h1 == null || insideComments(h1)) {
            return null;
        }
        String headline = h1.text();
        StringBuilder after = new StringBuilder(headline);
        int limit = headline.length() + NEAR_HEADLINE;
        for (Element a = h1; a != null && after.length() < limit; a = a.parent()) {
            for (Node n = a.nextSibling(); n != null && after.length() < limit; n = n.nextSibling()) {
                after.append(' ').append(textOf(n));
            }
        }
        String near = after.substring(0, Math.min(after.length(), limit));
        Optional<LocalDate> d = TextDates.find(near, language);
        if (d.isEmpty()) {
            // a byline's "31.10.23 | 12:30": a two-digit year that no lower-case word follows (not "10.12.19 behebt")
            d = TextDates.findShortYear(near.substring(Math.min(near.length(), headline.length())), true, language);
        }
        if (d.isPresent()) {
            return d.get();
        }
        StringBuilder before = new StringBuilder();
        for (Element a = h1; a != null && before.length() < BEFORE_HEADLINE; a = a.parent()) {
            for (Node n = a.previousSibling(); n != null && before.length() < BEFORE_HEADLINE; n = n.previousSibling()) {
                before.insert(0, textOf(n) + " ");
            }
        }
        return TextDates.find(before.substring(Math.max(0, before.length() - BEFORE_HEADLINE)), language).orElse(null);
    }

    private static final int NEAR_HEADLINE = 200;
    /** The longest element text in which a two-digit year is read as a date. */
    private static final int SHORT_LINE = 60;
    private static final int BEFORE_HEADLINE = 150;

    /**
     * The opening of an element's text as {@code text()} gives it (white space collapsed, a space at block
     * boundaries and line breaks), built only as far as {@code max} characters: the whole text of a long page is not
     * needed to find a date at its start.
     */
    static String leadingText(Element root, int max) {
        StringBuilder b = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (b.length() >= max) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && b.length() < max; i++) {
                        char c = s.charAt(i);
                        if (!HtmlArticleParser.htmlSpace(c)) {
                            b.append(c);
                        } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                            b.append(' ');
                        }
                    }
                } else if (node instanceof Element e && b.length() > 0 && b.charAt(b.length() - 1) != ' '
                        && (e.isBlock() || e.nameIs("br"))) {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return b.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return b.toString().strip();
    }

    private static String textOf(Node n) {
        return n instanceof Element e ? e.text() : n instanceof TextNode t ? t.text() : "";
    }

    private static final java.util.Map<String, Boolean> DATE_CLASS_VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A class or id that names a publication date (and not a modification or comment date); verdicts are cached. */
    private static boolean dateClass(String names) {
        Boolean known = DATE_CLASS_VERDICTS.get(names);
        if (known == null) {
            known = DATE_CLASS.matcher(names).find() && !NOT_PUBLISHED.matcher(names).find();
            if (DATE_CLASS_VERDICTS.size() < 100_000) {
                DATE_CLASS_VERDICTS.put(names, known);
            }
        }
        return known;
    }

    private static Optional<LocalDate> dateOf(Element e, String language) {
        for (String a : new String[] {"datetime", "content", "title"}) {
            if (!e.attr(a).isBlank()) {
                Optional<LocalDate> d = Dates.parse(e.attr(a)).filter(TextDates::plausible);
                if (d.isEmpty()) {
                    d = TextDates.find(e.attr(a), language);
                }
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        String text = e.text();
        Optional<LocalDate> d = TextDates.find(text, language);
        return d.isPresent() || text.length() > SHORT_LINE ? d : TextDates.findShortYear(text, false, language);
    }

    /**
     * Inside comments, related stories, a sidebar, a widget, a footer or an aside outside the article. The climb
     * stops at the article, {@code <main>} and {@code <body>}: their classes describe the whole page ("one-sidebar"
     * on a Drupal body), and an aside inside the article is its metadata box.
     */
    private static boolean insideComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.tagName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                return false;
            }
            String names = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (names.contains("comment")) {
                return true;
            }
            if (POST_CLASS.matcher(names).find() || p.attr("itemtype").contains("BlogPosting")) {
                return false; // the post's own box (microformats "hentry"), though a blog theme calls it a widget
            }
            if (names.contains("related") || names.contains("sidebar") && !LAYOUT_SIDEBAR.matcher(names).find()
                    || names.contains("widget") || tag.equals("footer") || tag.equals("nav") || NAV_NAME.matcher(names).find()
                    || tag.equals("aside") && p.closest(Queries.of("article")) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A layout class that says the page or panel HAS sidebars ("one-sidebar", "zen-one-sidebar-second",
     * "two-sidebars", "with-sidebar", "has-sidebar", "no-sidebars"): set on the wrapper of the whole content, not on
     * a sidebar.
     */
    private static final Pattern LAYOUT_SIDEBAR = Pattern.compile(
            "(?:one|two|three|no|with|has|both)-sidebars?(?!\\w)");

    /** The microformats class of a blog post's box. */
    private static final Pattern POST_CLASS = Pattern.compile("(?<![\\w-])h?-?entry(?![\\w-])|\\bhentry\\b");
    /**
     * A navigation bar or top bar: a date there is the site's clock (today), not the story's ("navtop", "nav-bar",
     * "top-bar", "topbar").
     */
    private static final Pattern NAV_NAME = Pattern.compile(
            "(?<![\\w-])(?:(?:main|site|top)-?)?(nav(?:igation)?(?:-?(?:wrap|wrapper|top|bar))?|top-?bar)(?![\\w-])");

    /** A full date in the page's URL (canonical link, og:url, the given URL, the document's location), or null. */
    static LocalDate urlDate(Document doc, String url) {
        for (String u : new String[] {attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"),
                url, doc.location()}) {
            if (u != null) {
                Matcher m = URL_DATE.matcher(u);
                if (m.find()) {
                    Optional<LocalDate> d = urlDay(m);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
                Matcher s = URL_SECTION_DATE.matcher(u); // "/2010/POLITICS/08/13/", "/2013/middle_east/8/3/"
                if (s.find()) {
                    Optional<LocalDate> d = Dates.parse(s.group(1) + "-" + s.group(2) + "-" + s.group(3))
                            .filter(TextDates::plausible);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The hour of the first timestamp on {@code day} in the page's meta tags or JSON-LD ("2020-02-25T02:25:54Z"
     * gives 2), or -1 when none gives a time.
     */
    static int hourOf(Document doc, LocalDate day) {
        Pattern stamp = Pattern.compile(Pattern.quote(day.toString()) + "[T ](\\d{2}):\\d{2}");
        Element head = doc.head() == null ? doc : doc.head();
        for (Element meta : head.select(Queries.of("meta[content]"))) {
            Matcher m = stamp.matcher(meta.attr("content"));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        for (String script : jsonLdBlocks(doc)) {
            Matcher m = stamp.matcher(script);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    private static Optional<LocalDate> urlDay(Matcher m) {
        String month = m.group(3) != null ? m.group(3) : m.group(5);
        String day = m.group(4) != null ? m.group(4) : m.group(6);
        return Dates.parse(m.group(1) + "-" + month + "-" + day).filter(TextDates::plausible);
    }

    private static final Set<String> CENTRAL_EUROPEAN = Set.of("de", "fr", "it", "nl", "pl", "cs", "sk", "hu", "sl",
            "hr", "da", "sv", "no", "nb");

    /** Languages whose publishers mostly keep Central European time. */
    static boolean centralEuropean(String language) {
        return language != null && CENTRAL_EUROPEAN.contains(language);
    }

    /** Country-code domains whose publishers keep one time zone (the zone of the capital for wide countries). */
    private static final java.util.Map<String, String> DOMAIN_ZONES = java.util.Map.ofEntries(
            java.util.Map.entry("de", "Europe/Berlin"), java.util.Map.entry("at", "Europe/Vienna"),
            java.util.Map.entry("ch", "Europe/Zurich"), java.util.Map.entry("fr", "Europe/Paris"),
            java.util.Map.entry("it", "Europe/Rome"), java.util.Map.entry("es", "Europe/Madrid"),
            java.util.Map.entry("nl", "Europe/Amsterdam"), java.util.Map.entry("pl", "Europe/Warsaw"),
            java.util.Map.entry("ar", "America/Argentina/Buenos_Aires"), java.util.Map.entry("br", "America/Sao_Paulo"),
            java.util.Map.entry("uy", "America/Montevideo"), java.util.Map.entry("bo", "America/La_Paz"),
            java.util.Map.entry("cl", "America/Santiago"), java.util.Map.entry("py", "America/Asuncion"),
            java.util.Map.entry("pe", "America/Lima"), java.util.Map.entry("co", "America/Bogota"),
            java.util.Map.entry("ec", "America/Guayaquil"), java.util.Map.entry("ve", "America/Caracas"),
            java.util.Map.entry("mx", "America/Mexico_City"));
    /** A timestamp with a local offset other than UTC: "2022-05-03T23:37:37-04:00". */
    private static final Pattern LOCAL_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    private static final Pattern URL_HOST = Pattern.compile("^[a-z]+://([^/:?#]+)");
    private static final String[] MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    /**
     * The publisher's time zone: Berlin's for a page in a Central European language, else the offset the page's own
     * timestamps carry (meta tags, JSON-LD, {@code <time datetime>}), else the zone of its country-code domain; null
     * when nothing says.
     */
    static java.time.ZoneId publisherZone(Document doc, String url, String language) {
        if (centralEuropean(language)) {
            return java.time.ZoneId.of("Europe/Berlin");
        }
        for (String source : timestampSources(doc, true)) {
            Matcher m = LOCAL_OFFSET.matcher(source);
            while (m.find()) {
                int hours = Integer.parseInt(m.group(2));
                int minutes = Integer.parseInt(m.group(3));
                if ((hours != 0 || minutes != 0) && hours <= 14 && minutes < 60) {
                    int sign = m.group(1).equals("-") ? -1 : 1;
                    return java.time.ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
            }
        }
        if (url != null) {
            Matcher host = URL_HOST.matcher(url.toLowerCase(Locale.ROOT));
            if (host.find()) {
                String h = host.group(1);
                String zone = DOMAIN_ZONES.get(h.substring(h.lastIndexOf('.') + 1));
                if (zone != null) {
                    return java.time.ZoneId.of(zone);
                }
            }
        }
        return null;
    }

    /** Meta tag contents and JSON-LD blocks (and, with {@code times}, the {@code datetime} of time elements). */
    private static List<String> timestampSources(Document doc, boolean times) {
        Element head = doc.head() == null ? doc : doc.head();
        List<String> sources = new ArrayList<>();
        for (Element meta : head.select(Queries.of("meta[content]"))) {
            sources.add(meta.attr("content"));
        }
        sources.addAll(jsonLdBlocks(doc));
        if (times) {
            for (Element time : doc.select(Queries.of("time[datetime]"))) {
                sources.add(time.attr("datetime"));
            }
        }
        return sources;
    }

    /**
     * When the page states its publication time in UTC ("2021-11-04T23:00Z", "2021-11-04 23:00:00 UTC", "Wed, 04 May
     * 2022 02:41:00 GMT") and
     * that instant falls on another day in the publisher's zone ({@link #publisherZone}), that day; else null.
     */
    static LocalDate localDay(Document doc, LocalDate day, java.util.function.Supplier<java.time.ZoneId> zoneOf) {
        if (day == null) {
            return null;
        }
        String isoDay = day.toString(); // "2019-11-19T02:24Z" or "2019-11-19 02:24:00 UTC"
        String rfcDay = " " + MONTH_ABBR[day.getMonthValue() - 1] + " " + day.getYear() + " ";
        Pattern iso = null;
        Pattern rfc = null;
        for (String source : timestampSources(doc, false)) {
            // the expressions only where the day is written (most sources: none; compiled once per page)
            boolean mayIso = source.contains(isoDay);
            boolean mayRfc = source.contains(rfcDay);
            if (!mayIso && !mayRfc) {
                continue;
            }
            Matcher m = null;
            if (mayIso) {
                if (iso == null) {
                    iso = Pattern.compile(Pattern.quote(day.toString())
                            + "[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|\\+00:?00| ?UTC\\b| ?GMT\\b)(?![\\d:])");
                }
                m = iso.matcher(source);
            }
            if (m == null || !m.find()) {
                if (!mayRfc) {
                    continue;
                }
                if (rfc == null) {
                    rfc = Pattern.compile("\\b0?" + day.getDayOfMonth() + " " + MONTH_ABBR[day.getMonthValue() - 1]
                            + " " + day.getYear() + " (\\d{2}):(\\d{2})(?::\\d{2})? (?:GMT|UTC|\\+0000)\\b");
                }
                m = rfc.matcher(source);
                if (!m.find()) {
                    continue;
                }
            }
            java.time.ZoneId zone = zoneOf.get(); // asked only for a page that gives its time in UTC
            if (zone == null) {
                return null;
            }
            java.time.LocalDateTime utc = day.atTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalDate local = utc.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDate();
            return local.equals(day) ? null : local;
        }
        return null;
    }

    private static final String H1_KEY = "sitrep.h1";
    private static final String ARTICLE_H1_KEY = "sitrep.articleH1";
    private static final Element NONE = new Element("none");

    /** Keeps the page's first {@code h1} and first {@code h1} inside an {@code <article>}, found in a pass made anyway. */
    static void keepHeadlines(Document doc, Element firstH1, Element articleH1) {
        doc.attributes().userData(H1_KEY, firstH1 == null ? NONE : firstH1);
        doc.attributes().userData(ARTICLE_H1_KEY, articleH1 == null ? NONE : articleH1);
    }

    /** The page's first {@code h1}, or null. */
    static Element firstH1(Document doc) {
        Object known = doc.attributes().userData(H1_KEY);
        if (known instanceof Element e) {
            return e == NONE ? null : e;
        }
        return doc.selectFirst(Queries.of("h1"));
    }

    /** The headline: the first {@code h1} inside an {@code <article>}, else the page's first {@code h1}, or null. */
    static Element headline(Document doc) {
        Object known = doc.attributes().userData(ARTICLE_H1_KEY);
        Element h1 = known instanceof Element e ? (e == NONE ? null : e) : doc.selectFirst(Queries.of("article h1"));
        return h1 != null ? h1 : firstH1(doc);
    }

    static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** The page's JSON-LD blocks; gathered once per page (a whole-tree search each time is slow), kept on the document. */
    static List<String> jsonLdBlocks(Document doc) {
        Object known = doc.attributes().userData(JSON_LD_KEY);
        if (known instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<String> blocks = (List<String>) list;
            return blocks;
        }
        List<String> blocks = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                blocks.add(script.data());
            }
        }
        doc.attributes().userData(JSON_LD_KEY, blocks);
        return blocks;
    }

    private static final String JSON_LD_KEY = "sitrep.jsonld";

    /** Keeps the page's JSON-LD blocks, found in a pass over the tree that was made anyway. */
    static void keepJsonLd(Document doc, List<String> blocks) {
        doc.attributes().userData(JSON_LD_KEY, blocks);
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(Queries.of(selector));
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }
}
