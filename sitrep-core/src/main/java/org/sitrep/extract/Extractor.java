package org.sitrep.extract;

import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;

/** Extracts the article from one raw document. Never throws: broken input gives {@code Skipped} or {@code Failed}. */
public interface Extractor {
    ExtractionResult extract(RawDocument document);
}
