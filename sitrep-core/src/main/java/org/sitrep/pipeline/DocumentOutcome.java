package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Quote;

/** What became of one input document. */
public sealed interface DocumentOutcome {
    String origin();

    /** Coded: the article, its event mentions (possibly none) and its quotations, with any warnings. */
    record Coded(Article article, List<EventMention> mentions, List<Quote> quotes, List<String> warnings)
            implements DocumentOutcome {
        public Coded {
            Objects.requireNonNull(article, "article");
            mentions = List.copyOf(mentions);
            quotes = List.copyOf(quotes);
            warnings = List.copyOf(warnings);
        }

        public Coded(Article article, List<EventMention> mentions, List<String> warnings) {
            this(article, mentions, List.of(), warnings);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** Already coded and stored earlier (same content id): not coded again. */
    record Known(Article article) implements DocumentOutcome {
        public Known {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** Deliberately not coded (empty, binary, no text, unsupported language), with the reason. */
    record Skipped(String origin, String reason) implements DocumentOutcome {
    }

    /** Broken input or a stage failure, with the reason; the batch goes on. */
    record Failed(String origin, String reason) implements DocumentOutcome {
    }
}
