package org.sitrep.model;

/** How the bytes of a {@link RawDocument} are to be read by the extractor. */
public enum DocumentFormat {
    /** Plain or scraped text, optionally starting with a {@code date YYYY-MM-DD} line. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** One line of a JSON lines file: {@code {"url","date","title","text"|"html"}}. */
    JSON_RECORD
}
