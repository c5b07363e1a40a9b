package org.sitrep.ingest;

/**
 * Limits for reading inputs.
 *
 * @param maxDocumentBytes the largest single document (file, decompressed file or JSON line) that is read; larger
 *                         ones are reported as unreadable
 */
public record IngestConfig(long maxDocumentBytes) {
    public static final IngestConfig DEFAULTS = new IngestConfig(50L * 1024 * 1024);

    public IngestConfig {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
    }
}
