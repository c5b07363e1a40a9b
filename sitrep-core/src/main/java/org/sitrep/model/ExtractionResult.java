package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** The outcome of extracting one raw document: an article, a deliberate skip, or a failure with its reason. */
public sealed interface ExtractionResult {

    /** The input the result is about. */
    String origin();

    /** Text was found. Warnings (say, a wrong encoding that was repaired) travel with it. */
    record Extracted(Article article, List<String> warnings) implements ExtractionResult {
        public Extracted {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        public Extracted(Article article) {
            this(article, List.of());
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** Nothing to code here, by design: empty input, binary file, no article text, unsupported language. */
    record Skipped(String origin, String reason) implements ExtractionResult {
        public Skipped {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The input is broken in a way that stopped extraction: malformed JSON, unparseable markup. */
    record Failed(String origin, String reason) implements ExtractionResult {
        public Failed {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
