package org.sitrep.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body in a cleaned page and returns its text blocks in order.
 *
 * <p>The page is cut into text blocks (paragraphs, headings, list items, and text that sits directly in a
 * {@code div} between block elements). Each block with enough text and few links votes for its ancestors, as
 * Readability does: its parent gets the full score, the grandparent half, the next a third. Class and id names
 * that say "article body" add weight, names that say "comments" or "sidebar" take it away, and a candidate's score
 * shrinks with its link density. The best candidate and those of its siblings that score close to it are the
 * body; its blocks, minus link lists and boilerplate lines, are the paragraphs.
 */
final class ContentFinder {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "br", "hr", "figure", "header", "footer", "aside", "nav", "form", "fieldset",
            "address", "center", "body", "html", "caption", "details", "summary");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text)");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "(?i)(article-?body|articlebody|article__body|article-?content|article-?text|story-?body|story-?content|"
                    + "entry-?content|post-?content|post-?body|body-?text|text-?content|content-?body|main-?content|"
                    + "article-p-wrapper|rich-?text)");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)(hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
                    + "widget|byline|author|dateline|caption|newsletter|subscribe|recommend|teaser|breadcrumb)");

    /** A container with less text than this (or a quarter of the page's) earns a share of a positive name weight. */
    static final int FULL_WEIGHT_LENGTH = 500;

    /** Blocks outside the core container are kept only when at least this long (and nearly free of links). */
    static final int GOOD_LENGTH = 80;

    /** A run of text between block boundaries, with the element that holds it and its linked characters. */
    record Block(Element owner, String text, int linkChars, boolean heading) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    private ContentFinder() {
    }

    /** The text blocks of the whole element, in document order. */
    static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        Walker w = new Walker(out);
        w.walk(root);
        w.flush();
        return out;
    }

    /** The body's blocks: the best-scoring container and its close siblings. */
    static List<Block> body(Element root) {
        List<Block> all = blocks(root);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : all) {
            int length = b.text().length();
            if (length < 25 || b.linkDensity() > 0.5 || b.heading()) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(3, length / 100.0);
            Element ancestor = b.owner().tagName().equals("p") || b.owner().tagName().equals("li")
                    || HEADINGS.contains(b.owner().tagName()) || b.owner().tagName().equals("blockquote")
                    || b.owner().tagName().equals("pre") || b.owner().tagName().equals("td")
                    ? b.owner().parent() : b.owner();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, score * share, Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return all;
        }
        // element -> {text chars, linked chars, twice the text sum of maxSum} of its blocks: one walk for both
        Map<Element, int[]> chars = new IdentityHashMap<>();
        for (Block b : all) {
            int twiceValue = twiceTextValue(b);
            for (Element a = b.owner(); a != null; a = a.parent()) {
                int[] c = chars.computeIfAbsent(a, k -> new int[3]);
                c[0] += b.text().length();
                c[1] += b.linkChars();
                c[2] += twiceValue;
                if (a == root) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = -1;
        // a positive name weighs fully on a container with 500 characters of text, or a quarter of a short page's
        double fullWeight = Math.max(1, Math.min(FULL_WEIGHT_LENGTH, chars.getOrDefault(root, new int[2])[0] / 4.0));
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element candidate = e.getKey();
            int[] c = chars.getOrDefault(candidate, new int[2]);
            double ld = c[0] == 0 ? 0 : (double) c[1] / c[0];
            double w = weight(candidate);
            if (w > 0 && c[0] < fullWeight) {
                w *= c[0] / fullWeight; // "content" on a 100-character box is no article body
            }
            double score = (e.getValue() + w) * (1 - ld);
            e.setValue(score);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        Element wide = maxSum(chars, root);
        bestScore = Math.max(bestScore, scores.getOrDefault(best, bestScore));
        List<Element> chosen = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            chosen.add(best);
        } else {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == best) {
                    chosen.add(sibling);
                    continue;
                }
                Double s = scores.get(sibling);
                int[] c = chars.getOrDefault(sibling, new int[2]);
                boolean paragraph = sibling.tagName().equals("p") && c[0] > 80 && c[1] < 0.25 * c[0];
                if (s != null && s >= threshold || paragraph) {
                    chosen.add(sibling);
                }
            }
        }
        Set<String> coreClasses = new java.util.HashSet<>();
        for (Element c : chosen) {
            if (c.className().length() >= 12) {
                coreClasses.add(c.className());
            }
        }
        List<Block> out = new ArrayList<>();
        final Element wideContainer = wide;
        Map<Element, Integer> links = headlineLinks(root);
        boolean wideHoldsCore = wide != null && chosen.stream().allMatch(c -> c == wideContainer
                || isDescendant(c, wideContainer));
        Element story = storyArticle(root, best, chosen, chars);
        Map<Element, Boolean> tables = new IdentityHashMap<>(); // verdicts of tables beside the core, per table
        for (Block b : all) {
            boolean inCore = false;
            for (Element c : chosen) {
                if (b.owner() == c || isDescendant(b.owner(), c)) {
                    inCore = true;
                    break;
                }
            }
            if (otherArticle(b.owner(), story, inCore, chars, links)) {
                continue; // a card of another story: an <article> of its own beside or below the story's
            }
            if (inCore) {
                out.add(b);
            } else if (b.linkDensity() < 0.5 && !b.heading() && !looksLikeJunk(b.text())
                    && inSameTemplate(b.owner(), coreClasses)) {
                out.add(b); // another section of the article in the core's own markup ("post__content__section")
            } else if (wideHoldsCore && (b.owner() == wide || isDescendant(b.owner(), wide))
                    && b.text().length() >= GOOD_LENGTH && b.linkDensity() < 0.3 && !b.heading()
                    && !teaser(b.owner(), chosen, links)
                    && !looksLikeJunk(b.text())) {
                out.add(b); // good text around the core: a split article, an intro above, a list below
            } else if (!b.heading() && b.linkDensity() < 0.5 && tableBesideCore(b.owner(), best, chars, tables)) {
                out.add(b); // a recipe's ingredients, a product's properties: short cells of one table by the text
            }
        }
        return out;
    }



    /**
     * The {@code <article>} element of the story: the nearest one around the best container, else the one that holds
     * the page's first {@code h1} inside the chosen containers when it holds a third of their text.
     */
    private static Element storyArticle(Element root, Element best, List<Element> chosen, Map<Element, int[]> chars) {
        Element h1 = root.selectFirst(Queries.of("h1"));
        Element headline = h1 == null ? null : nearestArticle(h1.parent(), root);
        Element around = nearestArticle(best, root);
        if (around != null) {
            // the headline in an article beside the best container's: the page is ambiguous, no article is a card
            return headline == null || headline == around || isDescendant(headline, around)
                    || isDescendant(around, headline) ? around : NO_STORY;
        }
        if (headline == null) {
            return null;
        }
        int core = 0;
        boolean inside = false;
        for (Element c : chosen) {
            core += chars.getOrDefault(c, new int[2])[0];
            inside |= isDescendant(headline, c);
        }
        int own = chars.getOrDefault(headline, new int[2])[0];
        return inside && own * 3 >= core ? headline : NO_STORY;
    }

    /** The attribute the HTML parser sets on {@code <article>} elements whose heading links elsewhere (teaser cards). */
    static final String CARD = "data-sitrep-card";

    private static final Element NO_STORY = new Element("article");

    private static Element nearestArticle(Element from, Element root) {
        for (Element a = from; a != null; a = a.parent()) {
            if (a.tagName().equals("article")) {
                return a;
            }
            if (a == root) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether a block sits in an {@code <article>} that is not the story's: one beside the story's article (and
     * shorter than it), or, for text outside the core, any article that does not hold the story (teaser cards of
     * a "more news" box). Articles nested in the core stay (the entries of a live blog).
     */
    private static boolean otherArticle(Element owner, Element story, boolean inCore, Map<Element, int[]> chars,
            Map<Element, Integer> links) {
        if (story == NO_STORY || story == null && inCore) {
            return false;
        }
        for (Element a = owner; a != null; a = a.parent()) {
            if (!a.tagName().equals("article")) {
                continue;
            }
            if (a == story || story != null && isDescendant(story, a)) {
                return false; // the story's article, or one around it
            }
            int own = chars.getOrDefault(a, new int[2])[0];
            if (story != null && isDescendant(a, story) || !inCore) {
                // outside the core, in an article that does not hold the story: a card when it has a headline link or
                // is short (a teaser), and is shorter than the story (the posts of a forum thread are long articles
                // without headline links)
                return !inCore && a.hasAttr(CARD) && (story == null || own < chars.getOrDefault(story, new int[2])[0]);
            }
            // beside the story's article, inside the core: another story when it is shorter than the story
            return a.hasAttr(CARD) && own < chars.getOrDefault(story, new int[2])[0];
        }
        return false;
    }

    /**
     * Whether a block sits in a table beside the core (inside the best container's grandparent, not around it):
     * at least three rows, 60 characters of text, links on less than a fifth of it. Its cells are too short to vote
     * for a container, but a recipe's ingredients or a product's properties are the page's content.
     */
    private static boolean tableBesideCore(Element owner, Element best, Map<Element, int[]> chars,
                                           Map<Element, Boolean> verdicts) {
        Element table = null;
        Element a = owner;
        for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
            if (a.normalName().equals("table")) {
                table = a;
                break;
            }
        }
        if (table == null) {
            return false;
        }
        Element around = best.parent() == null ? null : best.parent().parent();
        return verdicts.computeIfAbsent(table, t -> {
            if (around == null || !isDescendant(t, around) || isDescendant(best, t)) {
                return false;
            }
            int[] c = chars.getOrDefault(t, new int[2]);
            return c[0] >= 60 && c[1] * 5 < c[0] && t.select(Queries.of("tr")).size() >= 3
                    && t.select(Queries.of("table table")).isEmpty(); // a layout table holds tables
        });
    }

    /** Whether an ancestor (up to six levels) has exactly the class attribute of a core container. */
    private static boolean inSameTemplate(Element owner, Set<String> coreClasses) {
        if (coreClasses.isEmpty()) {
            return false;
        }
        Element a = owner;
        for (int level = 0; a != null && level < 6; level++, a = a.parent()) {
            if (coreClasses.contains(a.className())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A teaser of another story: between the block and the ancestor it shares with the core there is a container
     * that also holds a headline link (an anchor of {@link #TEASER_LINK} or more characters outside the block).
     */
    private static boolean teaser(Element owner, List<Element> core, Map<Element, Integer> links) {
        Element anchor = core.get(0);
        int own = links.getOrDefault(owner, 0);
        for (Element a = owner; a != null; a = a.parent()) {
            if (a == anchor || isDescendant(anchor, a)) {
                return false; // reached the common ancestor: no card on the way
            }
            if (links.getOrDefault(a, 0) > own) {
                return true;
            }
        }
        return false;
    }

    /** For every element, how many headline-length links it holds (computed once per page). */
    private static Map<Element, Integer> headlineLinks(Element root) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Element link : root.getElementsByTag("a")) {
            if (link.text().length() >= TEASER_LINK) {
                for (Element a = link; a != null; a = a.parent()) {
                    counts.merge(a, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static final int TEASER_LINK = 15;


    private static final Pattern KEYWORD_LIST = Pattern.compile("([^,\\s][^,]{0,40},(?!\\s)){4,}");

    /** Commas followed by no space: a keyword list has at least four (a cheap test before the regex). */
    private static int tightCommas(String text) {
        int n = 0;
        for (int i = text.indexOf(','); i >= 0 && i + 1 < text.length(); i = text.indexOf(',', i + 1)) {
            if (!Character.isWhitespace(text.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    /** Raw markup that leaked into text, and keyword lists ("a,b,c,d"). */
    private static boolean looksLikeJunk(String text) {
        return text.startsWith("<") || text.contains("<img ")
                || tightCommas(text) >= 4 && KEYWORD_LIST.matcher(text).find();
    }

    /**
     * Twice a block's value for {@link #maxSum} (whole numbers: the halves stay exact): its length when it is long
     * and nearly free of links, minus twice its length when it is mostly links, minus half of it otherwise.
     */
    private static int twiceTextValue(Block b) {
        int n = b.text().length();
        if (b.linkDensity() >= 0.5) {
            return -4 * n;
        } else if (n >= 40 && b.linkDensity() < 0.3) {
            return 2 * n;
        }
        return -n;
    }

    /**
     * The element whose blocks add up to the most text value (see {@link #twiceTextValue}), its name weighing 1.1
     * when positive and 0.7 when negative; the sums were made in the walk that counts each element's characters.
     */
    private static Element maxSum(Map<Element, int[]> chars, Element root) {
        Element best = root;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, int[]> e : chars.entrySet()) {
            double w = weight(e.getKey());
            double value = e.getValue()[2] / 2.0 * (w > 0 ? 1.1 : w < 0 ? 0.7 : 1.0);
            if (value > bestValue) {
                best = e.getKey();
                bestValue = value;
            }
        }
        return best;
    }

    private static boolean isDescendant(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }

    private static final Map<String, Double> NAME_WEIGHTS = new java.util.concurrent.ConcurrentHashMap<>();

    static double weight(Element e) {
        double w = 0;
        String cls = Queries.className(e);
        String id = Queries.id(e);
        String names = cls.isEmpty() && id.isEmpty() ? "" : (cls + " " + id).toLowerCase(Locale.ROOT);
        if (!names.isBlank()) {
            Double known = NAME_WEIGHTS.get(names);
            if (known == null) {
                known = nameWeight(names);
                if (NAME_WEIGHTS.size() < 100_000) {
                    NAME_WEIGHTS.put(names, known);
                }
            }
            w += known;
        }
        if (Queries.attr(e, "itemprop").equalsIgnoreCase("articleBody")) {
            w += 60;
        }
        if (e.tagName().equals("article")) {
            w += 20;
        }
        return w;
    }

    private static double nameWeight(String names) {
        double w = 0;
        {
            if (STRONG_POSITIVE.matcher(names).find()) {
                w += 50;
            } else if (POSITIVE.matcher(names).find()) {
                w += 25;
            }
            if (NEGATIVE.matcher(names).find() && !STRONG_POSITIVE.matcher(names).find()) {
                w -= 25;
            }
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select(Queries.of("a"))) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** Walks the tree without recursion (pages can nest 100,000 deep), cutting text at block boundaries. */
    private static final class Walker {
        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private Element owner;
        private boolean heading;

        Walker(List<Block> out) {
            this.out = out;
        }

        void walk(Element root) {
            Node node = root;
            while (true) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText(); // white space is normalised once per block, in flush()
                    if (!s.isBlank() || text.length() > 0) {
                        if (owner == null) {
                            owner = nearestBlock(t);
                        }
                        text.append(s);
                        if (insideLink(t)) {
                            linkChars += ArticleAssembler.normaliseSpaces(s).length();
                        }
                    }
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
                    flush();
                    if (HEADINGS.contains(e.tagName())) {
                        heading = true;
                        owner = e;
                    }
                }
                if (node.childNodeSize() > 0) {
                    node = node.childNode(0);
                    continue;
                }
                while (true) {
                    if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
                        flush();
                    }
                    if (node == root) {
                        return;
                    }
                    Node next = node.nextSibling();
                    if (next != null) {
                        node = next;
                        break;
                    }
                    node = node.parent();
                    if (node == null) {
                        return;
                    }
                }
            }
        }

        private static boolean insideLink(TextNode t) {
            for (Node p = t.parent(); p instanceof Element e && !BLOCK_TAGS.contains(e.tagName()); p = p.parent()) {
                if (e.tagName().equals("a")) {
                    return true;
                }
            }
            return false;
        }

        private static Element nearestBlock(Node n) {
            for (Node p = n.parent(); p != null; p = p.parent()) {
                if (p instanceof Element e && BLOCK_TAGS.contains(e.tagName()) && !e.tagName().equals("br")) {
                    return e;
                }
            }
            return null;
        }

        void flush() {
            if (text.length() == 0) { // every block element is flushed on entry and exit, most with no text
                linkChars = 0;
                owner = null;
                heading = false;
                return;
            }
            String t = ArticleAssembler.normaliseSpaces(text.toString());
            if (!t.isEmpty() && owner != null) {
                out.add(new Block(owner, t, Math.min(linkChars, t.length()), heading));
            }
            text.setLength(0);
            linkChars = 0;
            owner = null;
            heading = false;
        }
    }
}
