package org.sitrep.pipeline;

import java.util.Locale;

/** The timed stages of the pipeline, in order. */
public enum Stage {
    INGEST, EXTRACT, ANNOTATE, RESOLVE, CODE, FUSE, STORE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
