package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.model.Caption;

/**
 * Extracts the article from an HTML page with jsoup: metadata from JSON-LD, OpenGraph and meta tags and
 * {@code <time>}; captions from figures; the body from the element that holds most paragraph text once
 * boilerplate containers (navigation, share bars, newsletter boxes, related lists, comments) are removed.
 */
final class HtmlArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "webpage",
            "livebloging", "liveblogposting");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    /** Class and id names of containers that are never article text; weaker signals only lower a score. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)(share|social|newsletter|subscri|signup|sign-up|related|recommend|comment|cookie|consent|gdpr|promo|"
                    + "donat|advert|sponsor|breadcrumb|popup|modal|paywall|outbrain|taboola|footer|navbar|nav-|"
                    + "-nav|menu|read-?more|more-?stories|most-?popular|trending|author-?bio|tag-?list|taglist|"
                    + "toolbar|masthead|skip-?link|kicker|eyebrow|overline|section-?label|category-?label|appeal|"
                    + "donate|supporter|support-?us|membership|disqus|byline|rollover-[\\w-]*block|tooltip|popover|"
                    + "hover-?card)");
    private static final Set<String> BOILERPLATE_TOKENS = Set.of("ad", "ads", "nav", "tags", "hidden",
            "visually-hidden", "sr-only", "banner");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li, dd";

    record Parsed(PageMetadata metadata, List<String> paragraphs, List<Caption> captions) {
    }

    private HtmlArticleParser() {
    }

    static Parsed parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Survey survey = survey(doc); // one pass: the JSON-LD for the metadata, the junk for the cleaning
        PageMetadata meta = metadata(doc);
        String description = meta(doc, "meta[property=og:description]", "meta[name=description]",
                "meta[name=twitter:description]");
        clean(doc, survey);
        markCards(doc, survey.articles());
        List<Caption> captions = captions(doc);
        String lead = lead(doc, description);
        removeBoilerplate(doc);
        List<String> paragraphs = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        List<Element> owners = new ArrayList<>();
        Element body = doc.body() == null ? doc : doc.body();
        for (ContentFinder.Block b : ContentFinder.body(body)) {
            if (b.linkDensity() > 0.5 && b.text().length() < 300) {
                continue; // link lists: related stories, tags, navigation left inside the body
            }
            if (b.heading() && b.owner().tagName().equals("h1")) {
                continue; // the headline is the title, not the body
            }
            if (addParagraph(paragraphs, b.text())) {
                headings.add(headingLevel(b));
                owners.add(b.owner());
            }
        }
        dropHeadingsOfEmptiedBoxes(paragraphs, headings, owners, body);
        dropOrphanHeadings(paragraphs, headings);
        if (lead != null && !paragraphs.isEmpty() && !containsStart(paragraphs, lead)) {
            List<String> withLead = new ArrayList<>();
            if (addParagraph(withLead, lead)) {
                paragraphs.add(0, withLead.get(0)); // the standfirst, set apart from the body's container
            }
        }
        return new Parsed(meta, paragraphs, captions);
    }

    /** The shortest page description that is looked for as the lead. */
    private static final int LEAD_DESCRIPTION = 60;
    /**
     * The shortest lead that is kept: a standfirst of a few lines is the story's first paragraph; a one-line dek
     * under the headline ("Voters head to the polls on Sunday") is a subtitle, like the headline itself.
     */
    private static final int LEAD_TEXT = 180;
    /** How many characters of the description the lead must begin with. */
    private static final int LEAD_KEY = 50;

    /**
     * The lead (standfirst) that the page's description repeats: the text of the first element outside links,
     * navigation, footers and teaser cards whose text begins with the description's first {@value #LEAD_KEY}
     * characters and is not much longer than it (a heading-styled teaser, an intro box), or null.
     */
    static String lead(Document doc, String description) {
        if (description == null || doc.body() == null) {
            return null;
        }
        String desc = ArticleAssembler.normaliseSpaces(description).replaceAll("\\s*(\\.\\.\\.|…)$", "");
        if (desc.length() < LEAD_DESCRIPTION) {
            return null;
        }
        String key = desc.substring(0, LEAD_KEY);
        String probe = key.substring(0, 24);
        String word = longestWord(probe); // in the raw text as it stands: normalising only touches white space
        for (org.jsoup.nodes.TextNode t : textNodes(doc.body())) {
            String raw = t.getWholeText();
            if (!raw.contains(word) || !ArticleAssembler.normaliseSpaces(raw).contains(probe)) {
                continue;
            }
            for (Element e = (Element) t.parent(); e != null && e != doc.body(); e = e.parent()) {
                String text = ArticleAssembler.normaliseSpaces(e.text());
                if (text.length() > desc.length() * 2 + 100) {
                    break;
                }
                if (text.startsWith(key)) {
                    return text.length() >= LEAD_TEXT
                            && e.closest(Queries.of("h1, a, nav, footer, [" + ContentFinder.CARD + "]")) == null
                            ? text : null;
                }
            }
        }
        return null;
    }

    private static String longestWord(String s) {
        String best = "";
        for (String w : s.split(" ")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    private static List<org.jsoup.nodes.TextNode> textNodes(Element root) {
        List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                out.add(t);
            }
        }, root);
        return out;
    }

    private static boolean containsStart(List<String> paragraphs, String lead) {
        String start = lead.substring(0, Math.min(lead.length(), LEAD_KEY));
        for (String p : paragraphs) {
            if (p.contains(start)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest common ancestor of the body's blocks, described by its path of tags, ids and classes. */
    static String describeBody(String html) {
        Document doc = cleanForDebug(html);
        Element root = doc.body() == null ? doc : doc.body();
        Element common = null;
        for (ContentFinder.Block b : ContentFinder.body(root)) {
            if (common == null) {
                common = b.owner();
            } else {
                while (common != b.owner() && !b.owner().parents().contains(common)) {
                    common = common.parent();
                }
            }
        }
        if (common == null) {
            return "-";
        }
        StringBuilder path = new StringBuilder();
        for (Element e = common; e != null && e != root; e = e.parent()) {
            String name = e.tagName() + (e.id().isEmpty() ? "" : "#" + e.id())
                    + (e.className().isEmpty() ? "" : "." + e.className().strip().replaceAll("\\s+", "."));
            path.insert(0, path.length() == 0 ? name : name + " > ");
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** The page after cleaning, as the body finder sees it (for diagnostics). */
    static Document cleanForDebug(String html) {
        Document doc = Jsoup.parse(html);
        clean(doc);
        markCards(doc);
        captions(doc);
        removeBoilerplate(doc);
        return doc;
    }

    /**
     * Marks the {@code <article>} elements whose heading is a link (or sits in one): teaser cards of other stories.
     * Their headings often sit in a {@code <header>}, which goes with the boilerplate, so the mark is set first.
     */
    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    /** A link inside a heading or a heading inside a link, within the element (a selector of 12 parts, by hand). */
    static boolean hasLinkedHeading(Element article) {
        for (Element a : article.getElementsByTag("a")) {
            if (!a.hasAttr("href")) {
                continue;
            }
            for (Element up = a.parent(); up != null && up != article; up = up.parent()) {
                if (isHeading(up)) {
                    return true;
                }
            }
            for (Element inside : Queries.all(a)) {
                if (inside != a && isHeading(inside)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void markCards(Document doc) {
        markCards(doc, doc.getElementsByTag("article"));
    }

    /** Marks the teaser cards among the page's articles, those of them the cleaning left on the page. */
    private static void markCards(Document doc, List<Element> articles) {
        for (Element article : articles) {
            if (isAttached(article, doc) && hasLinkedHeading(article)) {
                article.attr(ContentFinder.CARD, "");
            }
        }
    }

    /** Scripts, media and widgets: never article text (rt: the ruby readings over Japanese kanji). */
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "template", "svg", "iframe", "button",
            "input", "select", "textarea", "object", "embed", "canvas", "video", "audio", "map", "rt", "rp");

    /** Scripts, media and widgets go; so do forms and {@code <noscript>} blocks unless they hold the page's text. */
    private static void clean(Document doc) {
        clean(doc, survey(doc));
    }

    /** The elements the cleaning removes or weighs, found in one pass (before the metadata is read). */
    private record Survey(List<Element> junk, List<Element> forms, List<Element> noscripts, List<Element> articles) {
    }

    /**
     * One pass over the tree (a selector of 19 tags tests each of them on every element): junk, forms and
     * {@code <noscript>} blocks for the cleaning; the JSON-LD blocks are kept on the document for the metadata.
     */
    private static Survey survey(Document doc) {
        List<Element> junk = new ArrayList<>();
        List<Element> forms = new ArrayList<>();
        List<Element> noscripts = new ArrayList<>();
        List<String> jsonLd = new ArrayList<>();
        List<Element> itemprops = new ArrayList<>();
        List<Element> articles = new ArrayList<>();
        Element firstH1 = null;
        Element articleH1 = null;
        List<Element> all = Queries.all(doc);
        Queries.keep(doc, all); // the metadata's passes read the same tree; the cleaning changes it
        for (Element e : all) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                firstH1 = firstH1 == null ? e : firstH1;
                if (articleH1 == null && PublicationDates.insideArticle(e)) {
                    articleH1 = e;
                }
            } else if (tag.equals("meta") && e.hasAttr("itemprop")) {
                itemprops.add(e);
            } else if (tag.equals("article")) {
                articles.add(e);
            }
            if (JUNK_TAGS.contains(tag)) {
                junk.add(e);
                if (tag.equals("script") && e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e.data());
                }
            } else if (tag.equals("form")) {
                forms.add(e);
            } else if (tag.equals("noscript")) {
                noscripts.add(e);
            }
        }
        PublicationDates.keepJsonLd(doc, jsonLd);
        PublicationDates.keepHeadlines(doc, firstH1, articleH1);
        doc.attributes().userData(ITEMPROPS_KEY, itemprops);
        return new Survey(junk, forms, noscripts, articles);
    }

    private static void clean(Document doc, Survey survey) {
        List<Element> junk = survey.junk();
        List<Element> forms = survey.forms();
        List<Element> noscripts = survey.noscripts();
        Queries.forget(doc);
        for (Element e : junk) {
            e.remove();
        }
        for (Element form : forms) {
            if (form.parent() != null && isAttached(form, doc) && paragraphTextLength(form) < 200) {
                form.remove(); // search boxes and sign-up forms; some sites wrap the whole page in a form
            }
        }
        for (Element noscript : noscripts) {
            if (!isAttached(noscript, doc)) {
                continue;
            }
            if (noscript.parent() != null && paragraphTextLength(noscript) < 200) {
                noscript.remove(); // tracking pixels and "enable JavaScript"; some sites serve the whole page in one
            }
        }
    }

    // ---- metadata -------------------------------------------------------------------------------------------

    private static PageMetadata metadata(Document doc) {
        PageMetadata fromJsonLd = jsonLd(doc);
        String title = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
        String outlet = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]");
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = meta(doc, "meta[property=og:url]");
        }
        String language = doc.selectFirst(Queries.of("html")) == null ? null : doc.selectFirst(Queries.of("html")).attr("lang");
        if (language != null) {
            language = language.isBlank() ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        }
        // JSON-LD's date wins over the page's own (below): the page is only searched when JSON-LD gives none
        LocalDate published = fromJsonLd.published() != null ? null : PublicationDates.published(doc, language);
        LocalDate modified = firstDate(meta(doc, "meta[property=article:modified_time]",
                "meta[itemprop=dateModified]", "meta[name=last-modified]"));
        List<String> authors = new ArrayList<>();
        String author = meta(doc, "meta[name=author]", "meta[property=article:author]");
        if (author != null && !author.startsWith("http")) {
            authors.add(author);
        }
        if (title == null) {
            Element h1 = PublicationDates.firstH1(doc);
            title = h1 != null ? h1.text() : doc.title();
        }
        PageMetadata fromTags = new PageMetadata(url, emptyToNull(title), published, modified, outlet, language,
                authors);
        PageMetadata merged = fromJsonLd.orElse(fromTags);
        if (merged.title() != null) {
            Element h1 = PublicationDates.firstH1(doc);
            String host = hostOf(merged.url() != null ? merged.url() : doc.location());
            String headline = withoutSiteName(merged.title(), merged.outlet(), host, h1 == null ? null : h1.text());
            if (!headline.equals(merged.title())) {
                merged = new PageMetadata(merged.url(), headline, merged.published(), merged.modified(),
                        merged.outlet(), merged.language(), merged.authors());
            }
        }
        if (merged.published() != null) {
            LocalDate fromUrl = PublicationDates.urlDate(doc, merged.url());
            long shift = fromUrl == null ? 0 : fromUrl.toEpochDay() - merged.published().toEpochDay();
            int hour = shift == 0 ? -1 : PublicationDates.hourOf(doc, merged.published());
            if (shift == -1 && hour >= 0 && hour < 12 || shift == 1 && hour >= 12) {
                // a timestamp in UTC can fall on the next or previous day (an American evening, a European night);
                // a date in the URL keeps the publisher's own day
                merged = new PageMetadata(merged.url(), merged.title(), fromUrl, merged.modified(), merged.outlet(),
                        merged.language(), merged.authors());
            }
        }
        if (merged.published() != null) {
            // a page that gives its time in UTC: 23:00Z is midnight in Berlin, the next day; 02:00Z is the evening
            // before in Buenos Aires
            String pageUrl = merged.url() != null ? merged.url() : url != null ? url : doc.location();
            String pageLanguage = language;
            LocalDate local = PublicationDates.localDay(doc, merged.published(),
                    () -> PublicationDates.publisherZone(doc, pageUrl, pageLanguage));
            if (local != null) {
                merged = new PageMetadata(merged.url(), merged.title(), local, merged.modified(), merged.outlet(),
                        merged.language(), merged.authors());
            }
        }
        merged = displayedDate(doc, merged, java.util.Arrays.asList(fromJsonLd.published(), fromJsonLd.modified(),
                firstDate(meta(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]")),
                modified, itemprop(doc, "datePublished"), itemprop(doc, "dateModified")), language);
        if (merged.published() == null && merged.url() != null) {
            Matcher m = URL_DATE.matcher(merged.url());
            if (m.find()) {
                LocalDate fromUrl = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
                merged = new PageMetadata(merged.url(), merged.title(), fromUrl, merged.modified(), merged.outlet(),
                        merged.language(), merged.authors());
            }
        }
        return merged;
    }

    private static final int SHOWN_TEXT_LIMIT = 300_000;
    /** The zones furthest west and east of UTC where news is published in numbers: Hawaii and Japan/Korea. */
    private static final List<java.time.ZoneOffset> UTC_SHIFTS = List.of(java.time.ZoneOffset.ofHours(-10),
            java.time.ZoneOffset.ofHours(9));

    /**
     * The date the page shows its readers, when its machine-readable dates disagree: JSON-LD says one day, the
     * meta tags another, or only the day of the last update is printed under the headline ("Updated Mar 12,
     * 2020") while the first publication's day stays hidden in the markup. The chosen date is kept when the
     * page's visible text writes it; else the one other candidate that the text writes wins (the text we extract
     * is that version's, and its "yesterday" counts from that day). A page that gives its time only in UTC also
     * has as candidates the days that instant falls on from Hawaii to Japan ("Nov 18, 9:24 pm ET" is 02:24Z on the
     * 19th). With no candidate written, or several, the choice stands. The modification date stays as it is.
     */
    static PageMetadata displayedDate(Document doc, PageMetadata merged, List<LocalDate> others, String language) {
        LocalDate chosen = merged.published();
        if (chosen == null || doc.body() == null) {
            return merged;
        }
        java.util.LinkedHashSet<LocalDate> candidates = new java.util.LinkedHashSet<>();
        for (LocalDate d : others) {
            if (d != null && !d.equals(chosen)) {
                candidates.add(d);
            }
        }
        if (merged.modified() != null && !merged.modified().equals(chosen)) {
            candidates.add(merged.modified());
        }
        LocalDate marked = PublicationDates.shownMarkedDate(doc, language);
        if (marked != null && !marked.equals(chosen)) {
            candidates.add(marked);
        }
        // a page that gives its time only in UTC: its own evening in the Americas (to Hawaii) is the next UTC day,
        // its morning in East Asia the previous one; the day the byline prints is the publisher's
        for (java.time.ZoneOffset zone : UTC_SHIFTS) {
            LocalDate local = PublicationDates.localDay(doc, chosen, () -> zone);
            if (local != null) {
                candidates.add(local);
            }
        }
        if (candidates.isEmpty()) {
            return merged;
        }
        StringBuilder text = new StringBuilder(); // each text node apart: "3 de mayo de 2022" + "21:25" in the next
        for (org.jsoup.nodes.TextNode t : textNodes(doc.body())) {
            if (text.length() >= SHOWN_TEXT_LIMIT) {
                break; // a bound for huge pages
            }
            text.append(t.text()).append(' ');
        }
        java.util.Set<Integer> years = new java.util.HashSet<>();
        years.add(chosen.getYear());
        candidates.forEach(d -> years.add(d.getYear()));
        java.util.Set<LocalDate> shown = TextDates.allOfYears(text.toString(), years, language);
        if (shown.contains(chosen)) {
            return merged;
        }
        candidates.retainAll(shown);
        LocalDate pick = candidates.size() == 1 ? candidates.iterator().next()
                : marked != null && candidates.contains(marked) ? marked : null;
        if (pick == null) {
            return merged;
        }
        return new PageMetadata(merged.url(), merged.title(), pick, merged.modified(),
                merged.outlet(), merged.language(), merged.authors());
    }

    /** The separators a page title sets between the headline and the site's name: "Headline - Site", "Site | Headline". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—»·:]|::)\\s+");

    /**
     * The headline without the site's name that page titles add before or after it ("Strike ends - Daily Wire",
     * "Daily Wire | Strike ends"): a first or last part, set off by a spaced separator, is dropped when it names
     * the site (its {@code og:site_name}, the host name with or without its domain ending) or when what remains is
     * the page's {@code h1}. A headline that only contains a separator ("Ferry strike - what it means") stays.
     */
    static String withoutSiteName(String title, String siteName, String host, String h1) {
        String t = ArticleAssembler.normaliseSpaces(title);
        List<int[]> seps = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(t);
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        int[] last = seps.get(seps.size() - 1);
        int[] first = seps.get(0);
        String head = t.substring(0, last[0]);
        String tail = t.substring(last[1]);
        String lead = t.substring(0, first[0]);
        String rest = t.substring(first[1]);
        Set<String> names = new LinkedHashSet<>();
        if (siteName != null) {
            names.add(letters(siteName));
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|mobile|edition|amp)\\.", "");
            names.add(letters(h)); // "CNN.com"
            int dot = h.indexOf('.');
            if (dot > 0) {
                names.add(letters(h.substring(0, dot))); // "The Verge" for theverge.com
            }
        }
        names.remove("");
        String heading = h1 == null ? "" : ArticleAssembler.normaliseSpaces(h1);
        if (namesSite(tail, names) || heading.equals(head)) {
            return head.length() >= 10 ? head : t;
        }
        if (namesSite(lead, names) || heading.equals(rest)) {
            return rest.length() >= 10 ? rest : t;
        }
        return t;
    }

    /** A title part that is the site's name, with or without a leading article ("The Coast Herald", coastherald). */
    private static boolean namesSite(String part, Set<String> names) {
        return names.contains(letters(part)) || names.contains(letters(part.replaceFirst("(?i)^the\\s+", "")));
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static final Pattern URL_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)");

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_HOST.matcher(url.strip());
        return m.find() ? m.group(1) : null;
    }

    private static PageMetadata jsonLd(Document doc) {
        List<JsonNode> roots = new ArrayList<>();
        for (String script : PublicationDates.jsonLdBlocks(doc)) {
            try {
                JsonNode root = JSON.readTree(script);
                if (root != null) {
                    roots.add(root);
                }
            } catch (Exception e) {
                // a broken JSON-LD block is common; the meta tags still count
            }
        }
        for (JsonNode root : roots) {
            Optional<JsonNode> article = findArticleNode(root);
            if (article.isEmpty()) {
                continue;
            }
            JsonNode a = article.get();
            List<String> authors = new ArrayList<>();
            JsonNode author = a.path("author");
            if (author.isArray()) {
                author.forEach(x -> addName(authors, x));
            } else {
                addName(authors, author);
            }
            String publisher = a.path("publisher").isObject() ? text(a.path("publisher").path("name"))
                    : text(a.path("publisher"));
            String url = text(a.path("url"));
            if (url == null && a.path("mainEntityOfPage").isObject()) {
                url = text(a.path("mainEntityOfPage").path("@id"));
            }
            return new PageMetadata(url, text(a.path("headline")),
                    Dates.parse(text(a.path("datePublished"))).orElse(null),
                    Dates.parse(text(a.path("dateModified"))).orElse(null), publisher,
                    null, authors);
        }
        // no article node: a page node's dates (Yoast's WebPage in an @graph) still date the page
        for (JsonNode root : roots) {
            try {
                JsonNode dated = datedNode(root);
                if (dated != null) {
                    LocalDate published = Dates.parse(text(dated.path("datePublished"))).orElse(null);
                    if (published != null) {
                        return new PageMetadata(null, null, published,
                                Dates.parse(text(dated.path("dateModified"))).orElse(null), null, null, List.of());
                    }
                }
            } catch (Exception e) {
                // broken JSON-LD: nothing to read
            }
        }
        return PageMetadata.EMPTY;
    }

    /**
     * The first object (breadth first, @graph included) with a datePublished, other than a photo, video or sound
     * file: a picture's datePublished is the day it was taken or uploaded, not the page's.
     */
    private static JsonNode datedNode(JsonNode node) {
        return firstObject(node, n -> n.path("datePublished").isTextual()
                && !MEDIA_TYPE.matcher(n.path("@type").asText("")).matches()).orElse(null);
    }

    private static final Pattern MEDIA_TYPE = Pattern.compile("(?i)(image|video|audio|media)object|photograph");

    private static Optional<JsonNode> findArticleNode(JsonNode node) {
        return firstObject(node, n -> {
            JsonNode type = n.path("@type");
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else if (type.isTextual()) {
                types.add(type.asText());
            }
            return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))
                    && !t.equalsIgnoreCase("webpage"));
        });
    }

    /** Breadth first through arrays and {@code @graph}s (at most 200 nodes): the first object that {@code test}s. */
    private static Optional<JsonNode> firstObject(JsonNode node, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> queue = new ArrayList<>();
        queue.add(node);
        for (int i = 0; i < queue.size() && i < 200; i++) {
            JsonNode n = queue.get(i);
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                if (test.test(n)) {
                    return Optional.of(n);
                }
                if (n.has("@graph")) {
                    queue.add(n.get("@graph"));
                }
            }
        }
        return Optional.empty();
    }

    private static void addName(List<String> out, JsonNode author) {
        String name = author.isObject() ? text(author.path("name")) : text(author);
        if (name != null && !name.startsWith("http")) {
            out.add(name);
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    /** A meta tag's content; meta tags live in the head, so only the head is searched (a whole-page search per tag is slow). */
    /** The date of the first microdata {@code <meta itemprop=...>} anywhere in the page (many sit in the body). */
    private static LocalDate itemprop(Document doc, String name) {
        Object known = doc.attributes().userData(ITEMPROPS_KEY); // gathered by the survey's pass over the page
        @SuppressWarnings("unchecked")
        List<Element> metas = known instanceof List<?> ? (List<Element>) known
                : doc.select(Queries.of("meta[itemprop]"));
        for (Element e : metas) {
            if (e.attr("itemprop").equals(name) && !e.attr("content").isBlank()) {
                return Dates.parse(e.attr("content"))
                        .or(() -> TextDates.find(e.attr("content"), null)).orElse(null); // also "06/13/2019"
            }
        }
        return null;
    }

    private static final String ITEMPROPS_KEY = "sitrep.itemprops";

    private static String meta(Document doc, String... selectors) {
        Element head = doc.head() == null ? doc : doc.head();
        for (String s : selectors) {
            Element e = head.selectFirst(Queries.of(s));
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(Queries.of(selector));
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    private static LocalDate firstDate(String... candidates) {
        for (String c : candidates) {
            Optional<LocalDate> d = Dates.parse(c);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- captions and boilerplate ---------------------------------------------------------------------------

    private static final Set<String> CAPTION_CLASSES = Set.of("caption", "image-caption", "media-caption",
            "photo-caption");
    /** A class token that names a caption part: "caption-full", "wp-caption-text", "gallery__caption". */
    private static final Pattern CAPTION_TOKEN = Pattern.compile("(?i)(?:^|[-_])(?:fig)?captions?(?:[-_]|$)");

    /** A cheap test before {@link #captionClass}: whether a class attribute holds "caption" in any case. */
    private static boolean mayNameCaption(String classAttribute) {
        // String.indexOf is an intrinsic; "aption" then the letter before it, in either case
        for (int i = classAttribute.indexOf("aption", 1); i > 0; i = classAttribute.indexOf("aption", i + 1)) {
            char c = classAttribute.charAt(i - 1);
            if (c == 'c' || c == 'C') {
                return true;
            }
        }
        for (int i = classAttribute.indexOf("APTION", 1); i > 0; i = classAttribute.indexOf("APTION", i + 1)) {
            if (classAttribute.charAt(i - 1) == 'C') {
                return true;
            }
        }
        return false;
    }

    private static boolean captionClass(String token) {
        String c = token.toLowerCase(Locale.ROOT);
        return CAPTION_CLASSES.contains(c) || !c.startsWith("has-") && !c.startsWith("no-")
                && CAPTION_TOKEN.matcher(c).find();
    }

    /** Captions of figures and caption-classed elements, with their credits; the figures leave the page. */
    private static List<Caption> captions(Document doc) {
        List<Caption> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Element> figures = new ArrayList<>();
        List<Element> captionElements = new ArrayList<>();
        for (Element e : Queries.all(doc)) {
            String tag = e.tagName();
            if (tag.equals("figure") || tag.equals("figcaption")) {
                figures.add(e);
            } else if (e.attributesSize() != 0 && mayNameCaption(Queries.className(e))) {
                for (String c : e.classNames()) {
                    if (captionClass(c)) {
                        captionElements.add(e);
                        break;
                    }
                }
            }
        }
        List<Element> sources = new ArrayList<>();
        for (Element f : figures) {
            if (f.tagName().equals("figure")) {
                Element cap = f.selectFirst(Queries.of("figcaption"));
                if (cap != null) {
                    sources.add(cap);
                }
            }
        }
        Set<Element> captionSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        captionSet.addAll(captionElements);
        for (Element cap : captionElements) {
            boolean nested = false;
            for (Element a = cap.parent(); a != null && !nested; a = a.parent()) {
                nested = captionSet.contains(a);
            }
            if (!nested) {
                sources.add(cap); // the outermost caption element: "caption" around "caption-full" and its credit
            }
        }
        for (Element cap : sources) {
            Element creditElement = cap.selectFirst(Queries.of("[class~=(?i)(credit|copyright|source)]"));
            String credit = creditElement == null ? null : creditElement.text().strip();
            String text = cap.text().strip();
            if (credit == null) {
                Boilerplate.Verdict v = Boilerplate.classify(text);
                credit = v.credit();
            }
            if (!text.isEmpty() && seen.add(text)) {
                out.add(new Caption(text, credit == null || credit.isEmpty() ? null : credit));
            }
        }
        for (Element f : figures) {
            if (f.parent() != null) {
                f.remove();
            }
        }
        // caption-classed elements leave the body too (gallery captions outside any figure), unless the class sits
        // on a wrapper of the story (one that holds the headline or long paragraph text: an unclosed inline caption)
        for (Element cap : captionElements) {
            if (cap.parent() != null && cap.text().length() <= 1000 && cap.selectFirst(Queries.of("h1, article")) == null
                    && paragraphTextLength(cap) < 600) {
                cap.remove();
            }
        }
        return out;
    }

    private static final Set<String> NEVER_TEXT = Set.of("nav", "header", "footer", "aside", "menu", "dialog");
    private static final Set<String> NEVER_TEXT_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary");

    /** One pass over the page: landmarks that are never article text go, and so do boilerplate-named containers. */
    private static void removeBoilerplate(Document doc) {
        List<Element> landmarks = new ArrayList<>();
        List<Element> doomed = new ArrayList<>();
        List<Element> anchorsOfText = new ArrayList<>();
        List<Element> paragraphs = new ArrayList<>();
        for (Element e : Queries.all(doc)) {
            String tag = e.tagName();
            if (tag.equals("p")) {
                paragraphs.add(e);
            }
            boolean attributes = e.attributesSize() != 0;
            if (NEVER_TEXT.contains(tag) || attributes && (Queries.has(e, "hidden")
                    || "true".equals(Queries.attr(e, "aria-hidden")) || NEVER_TEXT_ROLES.contains(Queries.attr(e, "role"))
                    || styledHidden(e))) {
                landmarks.add(e);
            }
            if (tag.equals("h1") || tag.equals("article") || Queries.attr(e, "itemprop").equals("articleBody")) {
                anchorsOfText.add(e);
            }
            if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            if (attributes && boilerplateNamed(e)) {
                doomed.add(e);
            }
        }
        // A landmark that holds the headline or the article and 40% of the page's paragraph text is a wrapper in
        // broken markup (a header that never closes, an aside around the story), not navigation: it stays.
        Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        int total = 0;
        int[] lengths = new int[paragraphs.size()];
        for (int i = 0; i < lengths.length; i++) {
            Element p = paragraphs.get(i);
            int n = textLength(p);
            lengths[i] = n;
            total += n;
            for (Element a = p.parent(); a != null; a = a.parent()) {
                paragraphText.merge(a, n, Integer::sum);
            }
        }
        Element headline = doc.selectFirst(Queries.of("h1"));
        Set<Element> changed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : landmarks) {
            boolean wrapper = total > 0 && paragraphText.getOrDefault(e, 0) * 10 >= total * 4
                    && !e.hasAttr("hidden") && !"true".equals(e.attr("aria-hidden"))
                    && (headline != null && (e == headline || headline.parents().contains(e))
                    || e.selectFirst(Queries.of("article, [itemprop=articleBody]")) != null
                    || styledHidden(e)); // a story hidden by its style until a script shows it
            if (e.parent() != null && !wrapper) {
                if (e.tagName().equals("header")) {
                    keepLeads(e, headline);
                }
                for (Element a = e.parent(); a != null; a = a.parent()) {
                    if (a.tagName().equals("p")) {
                        changed.add(a); // a hidden span inside a paragraph: its text is measured again
                    }
                }
                e.remove();
            }
        }
        if (doomed.isEmpty()) {
            return;
        }
        // Guard against removing the body because of an unlucky class name on a wrapper: an element that holds the
        // headline or the semantic article body, or 40% of the page's paragraph text, stays.
        paragraphText.clear();
        total = 0;
        for (int i = 0; i < lengths.length; i++) {
            Element p = paragraphs.get(i);
            if (!isAttached(p, doc)) {
                continue;
            }
            int n = changed.contains(p) ? textLength(p) : lengths[i]; // computed once, unless a landmark left it
            total += n;
            for (Element a = p.parent(); a != null; a = a.parent()) {
                paragraphText.merge(a, n, Integer::sum);
            }
        }
        Set<Element> holdsAnchor = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element anchor : anchorsOfText) {
            for (Element a = anchor; a != null; a = a.parent()) {
                holdsAnchor.add(a);
            }
        }
        for (Element e : doomed) {
            // a cookie or consent box never wraps the story, however much of the page's paragraph text it holds
            int own = paragraphText.getOrDefault(e, 0);
            boolean keep = holdsAnchor.contains(e) || total > 0 && own * 10 >= total * 4
                    && !consentName(e.id() + " " + e.className())
                    || own >= PAYWALLED_TEXT && paywallName(e.id() + " " + e.className());
            if (e.parent() != null && !keep) {
                e.remove();
            }
        }
    }

    /** A class or id naming an author ("author-profile", "cbx-Author", "autorenbox") or a bio ("bio", "user_bio"). */
    private static final Pattern AUTHOR_NAME = Pattern.compile("(?<![a-z])(?:author(?!it)|autor(?!is|it))|(?<![a-z])bio(?![a-z])");
    /** A link to an author's page: the people pages of CMSs and newsrooms. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)(?:/|[?&])(?:authors?|autor(?:en|in)?|redaktion|redakteur(?:e|in)?|team|people|staff|profil(?:e|es)?|"
                    + "contributors?|writers?|journalists?)(?:[/=.-]|$)");
    private static final Map<String, Boolean> AUTHOR_VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a class attribute or id names an author or a bio; verdicts are remembered (bounded). */
    private static boolean authorNamed(String name) {
        if (name.isEmpty()) {
            return false;
        }
        Boolean known = AUTHOR_VERDICTS.get(name);
        if (known == null) {
            String lower = name.toLowerCase(Locale.ROOT);
            known = (lower.contains("aut") || lower.contains("bio")) && AUTHOR_NAME.matcher(lower).find();
            if (AUTHOR_VERDICTS.size() < 100_000) {
                AUTHOR_VERDICTS.put(name, known);
            }
        }
        return known;
    }

    /** The longest text an author box holds: a name, a role and a few lines of biography. */
    private static final int AUTHOR_BOX_TEXT = 1200;

    /**
     * A box about the story's author ("Freier Autor in Berlin", "X is head of ..."): an element whose class or id
     * names an author or a bio, with a short text and a person's marks: a photo, or a link to an author page.
     */
    static boolean authorBox(Element e) {
        String names = Queries.className(e);
        String id = Queries.id(e);
        if (names.isEmpty() && id.isEmpty()) {
            return false;
        }
        if (!authorNamed(names) && !authorNamed(id)) {
            return false;
        }
        return authorBoxContent(e);
    }

    /** An author-named element's content: a short text with a photo or a link to an author page (see {@link #authorBox}). */
    private static boolean authorBoxContent(Element e) {
        if (e.text().length() > AUTHOR_BOX_TEXT || e.selectFirst(Queries.of("h1, article, [itemprop=articleBody]")) != null) {
            return false;
        }
        if (e.selectFirst(Queries.of("img")) != null) {
            return true;
        }
        for (Element a : e.getElementsByTag("a")) {
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("author") || AUTHOR_PAGE.matcher(a.attr("href")).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");

    /** An element hidden by its inline style ({@code display: none}). */
    private static boolean styledHidden(Element e) {
        String style = Queries.attr(e, "style");
        return style.length() >= 12 && DISPLAY_NONE.matcher(style).find();
    }

    /** The shortest paragraph of an article's header that is kept as its lead (standfirst). */
    private static final int LEAD_LENGTH = 80;

    /**
     * The header of an article (inside {@code <article>} or {@code <main>}, or around the headline) often holds the
     * lead paragraph under the headline: its long paragraphs with few links move out before the header goes (a site
     * banner's tagline is short, its links are navigation; a paragraph inside a link is a teaser).
     */
    private static void keepLeads(Element header, Element headline) {
        boolean articleHeader = headline != null && headline.parents().contains(header);
        for (Element a = header.parent(); a != null && !articleHeader; a = a.parent()) {
            articleHeader = a.tagName().equals("article") || a.tagName().equals("main");
        }
        if (!articleHeader) {
            return;
        }
        for (Element p : header.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() >= LEAD_LENGTH && linkDensity(p) < 0.3 && p.closest(Queries.of("nav, aside, figure, a")) == null) {
                header.before(p);
            }
        }
    }

    /** Paragraph text above which a paywall-named container is the story served in full, not the paywall's prompt. */
    private static final int PAYWALLED_TEXT = 1000;

    private static boolean paywallName(String names) {
        return names.toLowerCase(Locale.ROOT).contains("paywall");
    }

    private static boolean consentName(String names) {
        String n = names.toLowerCase(Locale.ROOT);
        return n.contains("cookie") || n.contains("consent") || n.contains("gdpr");
    }

    private static boolean isAttached(Element e, Document doc) {
        Element top = e;
        while (top.parent() != null) {
            top = top.parent();
        }
        return top == doc;
    }

    /** A name verdict: one of the element's class names, or its id, is a boilerplate name. */
    private static final int BOILERPLATE = 1;
    /** A name verdict: the class attribute or the id names an author or a bio (see {@link #authorNamed}). */
    private static final int AUTHOR = 2;
    /**
     * Whole class attributes and ids repeat across elements and pages: both verdicts of one in one look-up (the pass
     * over every element paid four look-ups of the same strings before), bounded.
     */
    private static final Map<String, Integer> CLASS_VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Integer> ID_VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the element's id or a class name is a boilerplate name, or the element is an author box. */
    private static boolean boilerplateNamed(Element e) {
        String classes = Queries.className(e);
        String id = Queries.id(e);
        int verdict = (classes.isEmpty() ? 0 : verdict(CLASS_VERDICTS, classes, true))
                | (id.isEmpty() ? 0 : verdict(ID_VERDICTS, id, false));
        return (verdict & BOILERPLATE) != 0 || (verdict & AUTHOR) != 0 && authorBoxContent(e);
    }

    private static int verdict(Map<String, Integer> verdicts, String names, boolean classes) {
        Integer known = verdicts.get(names);
        if (known == null) {
            known = ((classes ? anyBoilerplateClass(names) : isBoilerplateName(names)) ? BOILERPLATE : 0)
                    | (authorNamed(names) ? AUTHOR : 0);
            if (verdicts.size() < 100_000) {
                verdicts.put(names, known);
            }
        }
        return known;
    }

    private static boolean anyBoilerplateClass(String classes) {
        int n = classes.length();
        for (int i = 0; i < n; ) { // split at whitespace by hand: String.split("\\s+") compiles a regex each call
            while (i < n && Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            if (i > start && isBoilerplateName(classes.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /** Class and id names repeat across elements and pages; their verdicts are remembered (bounded). */
    private static final Map<String, Boolean> NAME_VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isBoilerplateName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        Boolean known = NAME_VERDICTS.get(name);
        if (known != null) {
            return known;
        }
        boolean verdict = boilerplateName(name);
        if (NAME_VERDICTS.size() < 100_000) {
            NAME_VERDICTS.put(name, verdict);
        }
        return verdict;
    }

    private static boolean boilerplateName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("article") || n.contains("story-body") || n.contains("content-body") || n.contains("post-body")) {
            return false; // "article-share" is caught by the share rule only when it is not the body itself
        }
        return BOILERPLATE_TOKENS.contains(n) || BOILERPLATE_NAME.matcher(n).find();
    }


    /** A run of bare text at least this long, outside any {@code <p>}, is a paragraph of a page written with {@code <br>}s. */
    static final int BARE_PARAGRAPH = 80;

    /**
     * The paragraph text an element holds: its {@code <p>} elements' text, and runs of bare text of at least
     * {@value #BARE_PARAGRAPH} characters outside any {@code <p>} and link (pages that set their paragraphs apart with
     * {@code <br><br>} alone).
     */
    /** White space as {@code text()} collapses it: HTML's space characters and the no-break space. */
    static boolean htmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
    }

    /**
     * About the length of {@code e.text()} without building the string (for shares of the page's text): its text
     * nodes' characters with each run of white space counted once and white space at either end not at all.
     */
    static int textLength(Element e) {
        int[] n = {0};
        boolean[] white = {true};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    boolean w = htmlSpace(c);
                    if (!w || !white[0]) {
                        n[0]++;
                    }
                    white[0] = w;
                }
            } else if (node instanceof Element el && el.nameIs("br") && !white[0]) {
                n[0]++;
                white[0] = true;
            }
        }, e);
        return white[0] && n[0] > 0 ? n[0] - 1 : n[0];
    }

    private static int paragraphTextLength(Element e) {
        int n = 0;
        for (Element p : e.select(Queries.of("p"))) {
            n += textLength(p);
        }
        for (org.jsoup.nodes.TextNode t : textNodes(e)) {
            String s = t.text().strip();
            Element parent = t.parentNode() instanceof Element pe ? pe : null;
            if (s.length() >= BARE_PARAGRAPH && parent != null
                    && parent.closest(Queries.of("p, a, li, td, label, option")) == null) {
                n += s.length();
            }
        }
        return n;
    }

    /**
     * Headings with no text of their own under them go: the title of a related-links box whose links were dropped
     * ("Mehr zum Thema", "Explore further"): a heading followed by one of the same or a higher level, or by nothing.
     */
    private static void dropOrphanHeadings(List<String> paragraphs, List<Integer> headings) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            int level = headings.get(i);
            boolean orphan = level > 0
                    && (i + 1 == paragraphs.size() || headings.get(i + 1) > 0 && headings.get(i + 1) <= level);
            if (orphan) {
                paragraphs.remove(i);
                headings.remove(i);
            }
        }
    }

    /**
     * A heading whose box lost all its other text goes: the title of a tool bar, tag list or link box ("Story tools",
     * "Related tags") whose links were dropped: the heading's parent holds at least 20 more characters than the
     * heading, none of them kept. A heading alone in its wrapper, or one whose box keeps a paragraph, stays.
     */
    private static void dropHeadingsOfEmptiedBoxes(List<String> paragraphs, List<Integer> headings,
            List<Element> owners, Element body) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (headings.get(i) == 0) {
                continue;
            }
            Element box = owners.get(i).parent();
            if (box == null || box == body) {
                continue;
            }
            boolean kept = false;
            for (int j = 0; j < owners.size() && !kept; j++) {
                kept = j != i && (owners.get(j) == box || isInside(owners.get(j), box));
            }
            if (kept) {
                continue; // asked first: the box's text, which may be the whole article's, is then not needed
            }
            int other = ArticleAssembler.normaliseSpaces(box.text()).length() - paragraphs.get(i).length();
            if (other >= 20) {
                paragraphs.remove(i);
                headings.remove(i);
                owners.remove(i);
            }
        }
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** 2 to 6 for a heading block (h2 to h6), 0 for text. */
    private static int headingLevel(ContentFinder.Block b) {
        String tag = b.owner().tagName();
        return b.heading() && tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 0;
    }

    private static boolean addParagraph(List<String> out, String raw) {
        String text = ArticleAssembler.normaliseSpaces(raw);
        if (text.isEmpty()) {
            return false;
        }
        Boilerplate.Verdict v = Boilerplate.classify(text);
        if (v.kind() != Boilerplate.Kind.BODY) {
            return false;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).equals(text)) {
            return false;
        }
        out.add(text);
        return true;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select(Queries.of("a"))) {
            links += a.text().length();
        }
        return (double) links / total;
    }
}
