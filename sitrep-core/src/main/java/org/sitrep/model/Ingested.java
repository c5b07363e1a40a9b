package org.sitrep.model;

/** What a source yields for one input: a document to extract, or an input it could not read. */
public sealed interface Ingested permits RawDocument, Unreadable {
    /** Where the input came from: a path, {@code path#line} for JSON lines, or {@code -} for standard input. */
    String origin();
}
