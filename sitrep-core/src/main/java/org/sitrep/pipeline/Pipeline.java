package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.annotate.Annotator;
import org.sitrep.code.EventCoder;
import org.sitrep.code.Quotes;
import org.sitrep.extract.Extractor;
import org.sitrep.fuse.EventFuser;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.Ingested;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Unreadable;
import org.sitrep.resolve.ActorResolver;

/**
 * The stages, assembled in one visible place: extract, annotate, resolve, code, fuse (event ids). Processing a
 * document never throws: every problem becomes a {@link DocumentOutcome.Skipped} or {@link DocumentOutcome.Failed}
 * naming the document and the reason. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Annotator annotator;
    private final ActorResolver resolver;
    private final EventCoder coder;
    private final EventFuser fuser;
    private final List<String> languages;

    private Pipeline(Builder b) {
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.annotator = Objects.requireNonNull(b.annotator, "annotator");
        this.resolver = Objects.requireNonNull(b.resolver, "resolver");
        this.coder = Objects.requireNonNull(b.coder, "coder");
        this.fuser = Objects.requireNonNull(b.fuser, "fuser");
        this.languages = List.copyOf(b.languages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every stage after ingest on one input. */
    public DocumentOutcome process(Ingested input, Timings timings) {
        return process(input, timings, article -> false);
    }

    /**
     * Runs every stage after ingest on one input, unless {@code known} says the extracted article was already
     * coded (by its content id): then it stops after extraction with {@link DocumentOutcome.Known}.
     */
    public DocumentOutcome process(Ingested input, Timings timings, java.util.function.Predicate<Article> known) {
        if (input instanceof Unreadable u) {
            return new DocumentOutcome.Failed(u.origin(), u.reason());
        }
        RawDocument raw = (RawDocument) input;
        String stage = "extract";
        try {
            Timings.Lap clock = timings.start();
            ExtractionResult extracted = extractor.extract(raw);
            clock.lap(Stage.EXTRACT);
            if (extracted instanceof ExtractionResult.Skipped s) {
                return new DocumentOutcome.Skipped(s.origin(), s.reason());
            }
            if (extracted instanceof ExtractionResult.Failed f) {
                return new DocumentOutcome.Failed(f.origin(), f.reason());
            }
            ExtractionResult.Extracted ok = (ExtractionResult.Extracted) extracted;
            Article article = ok.article();
            if (known.test(article)) {
                return new DocumentOutcome.Known(article);
            }
            if (!languages.contains(article.language()) && !article.language().equals("und")) {
                return new DocumentOutcome.Skipped(article.origin(), "language '" + article.language()
                        + "' is not supported for coding (supported: " + String.join(", ", languages) + ")");
            }
            List<String> warnings = new ArrayList<>(ok.warnings());
            if (article.published() == null) {
                warnings.add("no publication date: relative dates (\"yesterday\") cannot be resolved. "
                        + "Start the file with 'date YYYY-MM-DD' or give \"date\" in the JSON record");
            }
            stage = "annotate";
            AnnotatedArticle annotated = annotator.annotate(article);
            clock.lap(Stage.ANNOTATE);
            timings.addText(annotated.sentences().stream().mapToLong(Sentence::size).sum(),
                    annotated.sentences().size(), annotated.sentences().stream().filter(Sentence::isParsed).count());
            stage = "resolve";
            ResolvedArticle resolved = resolver.resolve(annotated);
            clock.lap(Stage.RESOLVE);
            stage = "code";
            List<EventMention> mentions = coder.code(resolved);
            List<Quote> quotes = Quotes.find(resolved);
            mentions = Quotes.attach(mentions, quotes, resolved);
            clock.lap(Stage.CODE);
            stage = "fuse";
            mentions = fuser.assign(mentions);
            clock.lap(Stage.FUSE);
            return new DocumentOutcome.Coded(article, mentions, quotes, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentOutcome.Failed(raw.origin(), stage + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * Extraction, annotation and actor resolution only, for tools that look at the actors and places of a text
     * (evaluation, explanation). Empty when the document is skipped or fails; stage failures propagate.
     */
    public java.util.Optional<ResolvedArticle> resolve(RawDocument raw) {
        ExtractionResult extracted = extractor.extract(raw);
        if (!(extracted instanceof ExtractionResult.Extracted ok)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(resolver.resolve(annotator.annotate(ok.article())));
    }

    /** This pipeline with another coder: the other stages (and their loaded models) are shared. */
    public Pipeline withCoder(EventCoder other) {
        return builder().extractor(extractor).annotator(annotator).resolver(resolver).coder(other).fuser(fuser)
                .languages(languages).build();
    }

    /** Builds a pipeline; every stage must be given. */
    public static final class Builder {
        private Extractor extractor;
        private Annotator annotator;
        private ActorResolver resolver;
        private EventCoder coder;
        private EventFuser fuser;
        private List<String> languages = List.of("en");

        public Builder extractor(Extractor e) {
            this.extractor = e;
            return this;
        }

        public Builder annotator(Annotator a) {
            this.annotator = a;
            return this;
        }

        public Builder resolver(ActorResolver r) {
            this.resolver = r;
            return this;
        }

        public Builder coder(EventCoder c) {
            this.coder = c;
            return this;
        }

        public Builder fuser(EventFuser f) {
            this.fuser = f;
            return this;
        }

        /** ISO 639-1 codes of the languages to code (default: English). */
        public Builder languages(List<String> l) {
            this.languages = List.copyOf(l);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
