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
}
