package org.sitrep.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
                    + "[-_]date|date[-_]|\\btime\\b|meta-?date|byline|dateline|submitted|erstellt|veroeffentlicht)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0?[1-9]|1[0-2])[/_-]?(0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    private PublicationDates() {
    }

    static LocalDate published(Document doc, String language) {
        // 1. meta tags, "published" names first
        LocalDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element meta : (doc.head() == null ? doc : doc.head()).select("meta[content]")) {
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
        if (best != null) {
            return best;
        }
        // 2. elements marked as the publication date
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate], abbr.published, "
                + ".published, .entry-date, .post-date, .pubdate, .date-published, .publish-date, .article-date")) {
            if (insideComments(e)) {
                continue;
            }
            Optional<LocalDate> d = dateOf(e, language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 3. <time> elements that are not modification dates
        for (Element time : doc.select("time")) {
            if (insideComments(time) || NOT_PUBLISHED.matcher(time.className() + " " + time.id()).find()) {
                continue;
            }
            Optional<LocalDate> d = dateOf(time, language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        // 4. a date in the page URL
        for (String url : new String[] {attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"),
                doc.location()}) {
            if (url != null) {
                Matcher m = URL_DATE.matcher(url);
                if (m.find()) {
                    Optional<LocalDate> d = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
                            .filter(TextDates::plausible);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
            }
        }
        // 5. elements whose class or id names a date, in document order
        for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
            String names = e.className() + " " + e.id();
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
        Element article = doc.selectFirst("article, [itemprop=articleBody], main");
        if (article != null) {
            String text = article.text();
            Optional<LocalDate> d = TextDates.find(text.substring(0, Math.min(text.length(), 600)), language);
            if (d.isPresent()) {
                return d.get();
            }
        }
        if (doc.body() != null) {
            String text = doc.body().text();
            return TextDates.find(text.substring(0, Math.min(text.length(), 1500)), language).orElse(null);
        }
        return null;
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
        return TextDates.find(e.text(), language);
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
            if (names.contains("comment") || names.contains("related") || names.contains("sidebar")
                    || names.contains("widget") || tag.equals("footer")
                    || tag.equals("aside") && p.closest("article") == null) {
                return true;
            }
        }
        return false;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }
}
