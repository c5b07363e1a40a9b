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
        Map<Element, Double> linkDensity = new IdentityHashMap<>();
        Element best = null;
        double bestScore = -1;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element candidate = e.getKey();
            double ld = linkDensity.computeIfAbsent(candidate, ContentFinder::linkDensity);
            double score = (e.getValue() + weight(candidate)) * (1 - ld);
            e.setValue(score);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
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
                String text = sibling.text();
                boolean paragraph = sibling.tagName().equals("p") && text.length() > 80 && linkDensity(sibling) < 0.25;
                if (s != null && s >= threshold || paragraph) {
                    chosen.add(sibling);
                }
            }
        }
        List<Block> out = new ArrayList<>();
        for (Block b : all) {
            for (Element c : chosen) {
                if (b.owner() == c || isDescendant(b.owner(), c)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out;
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

    static double weight(Element e) {
        double w = 0;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!names.isBlank()) {
            if (STRONG_POSITIVE.matcher(names).find()) {
                w += 50;
            } else if (POSITIVE.matcher(names).find()) {
                w += 25;
            }
            if (NEGATIVE.matcher(names).find() && !STRONG_POSITIVE.matcher(names).find()) {
                w -= 25;
            }
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 60;
        }
        if (e.tagName().equals("article")) {
            w += 20;
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
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
                    String s = t.text();
                    if (!s.isBlank() || text.length() > 0) {
                        if (owner == null) {
                            owner = nearestBlock(t);
                        }
                        text.append(s);
                        if (insideLink(t)) {
                            linkChars += s.strip().length();
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
