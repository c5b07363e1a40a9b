package org.sitrep.ingest;

import java.util.stream.Stream;
import org.sitrep.model.Ingested;

/** Yields the documents of some input, in a deterministic order. Reading problems are items, not exceptions. */
public interface Source {
    /** The documents, lazily; the caller closes the stream. */
    Stream<Ingested> documents();
}
