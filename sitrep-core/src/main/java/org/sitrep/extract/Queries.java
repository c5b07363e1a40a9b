package org.sitrep.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once: {@code Element.select(String)} parses its query on every call, which costs as much as
 * the search itself on a small {@code <head>}. The queries are the extractor's own constants.
 */
final class Queries {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Queries() {
    }

    static Evaluator of(String css) {
        return PARSED.computeIfAbsent(css, QueryParser::parse);
    }

    /**
     * The element and every element inside it, in document order, as {@code getAllElements()} gives them but
     * without its stream and evaluator per element (a walk over child nodes with a stack; no recursion, so a page of
     * 100,000 nested elements is walked too).
     */
    static java.util.List<org.jsoup.nodes.Element> all(org.jsoup.nodes.Element root) {
        return all(root, 16);
    }

    /** {@link #all(org.jsoup.nodes.Element)} into a list sized for {@code expected} elements (no regrowth when known). */
    static java.util.List<org.jsoup.nodes.Element> all(org.jsoup.nodes.Element root, int expected) {
        java.util.List<org.jsoup.nodes.Element> out = new java.util.ArrayList<>(expected);
        java.util.ArrayDeque<org.jsoup.nodes.Element> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            org.jsoup.nodes.Element e = stack.pop();
            out.add(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof org.jsoup.nodes.Element child) {
                    stack.push(child);
                }
            }
        }
        return out;
    }

    private static final String ALL_KEY = "sitrep.all";
    private static final String COUNT_KEY = "sitrep.count";

    /**
     * The document's elements: the list the first pass made while the tree has not changed since (see
     * {@link #keep}), else a new walk, sized by the last count of the page (the tree only shrinks).
     */
    static java.util.List<org.jsoup.nodes.Element> all(org.jsoup.nodes.Document doc) {
        Object known = doc.attributes().userData(ALL_KEY);
        if (known instanceof java.util.List<?> list) {
            @SuppressWarnings("unchecked")
            java.util.List<org.jsoup.nodes.Element> elements = (java.util.List<org.jsoup.nodes.Element>) list;
            return elements;
        }
        Object count = doc.attributes().userData(COUNT_KEY);
        java.util.List<org.jsoup.nodes.Element> out = all(doc, count instanceof Integer n ? n : 256);
        doc.attributes().userData(COUNT_KEY, out.size());
        return out;
    }

    /** Keeps the document's element list for the passes that read the tree before anything is removed from it. */
    static void keep(org.jsoup.nodes.Document doc, java.util.List<org.jsoup.nodes.Element> all) {
        doc.attributes().userData(ALL_KEY, java.util.Collections.unmodifiableList(all));
    }

    /** Forgets the kept list: the tree is about to change. */
    static void forget(org.jsoup.nodes.Document doc) {
        doc.attributes().userData(ALL_KEY, null);
    }

    /**
     * An attribute's value, "" when absent, read with its lower-case name. The HTML parser lower-cases attribute names
     * (jsoup's default settings), so the exact look-up holds for parsed pages and skips {@code attr()}'s
     * case-insensitive scan of every attribute, which the per-element passes paid several times per element.
     */
    static String attr(org.jsoup.nodes.Element e, String lowerName) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(lowerName);
    }

    /** Whether the element carries the attribute (lower-case name; see {@link #attr}). */
    static boolean has(org.jsoup.nodes.Element e, String lowerName) {
        return e.attributesSize() != 0 && e.attributes().hasKey(lowerName);
    }

    /** The class attribute, trimmed, as {@code className()} gives it (see {@link #attr}). */
    static String className(org.jsoup.nodes.Element e) {
        return attr(e, "class").trim();
    }

    /** The id attribute (see {@link #attr}). */
    static String id(org.jsoup.nodes.Element e) {
        return attr(e, "id");
    }
}
