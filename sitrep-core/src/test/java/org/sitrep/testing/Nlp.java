package org.sitrep.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.annotate.AnnotatorConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.code.DependencyEventCoder;
import org.sitrep.code.PatternDictionary;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.fuse.KeyEventFuser;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.DictionaryActorResolver;
import org.sitrep.resolve.Gazetteer;

/** The real stages, loaded once per test JVM (CoreNLP's models take seconds to load). */
public final class Nlp {
    private Nlp() {
    }

    private static final class Holder {
        static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.DEFAULTS);
        static final Gazetteer GAZETTEER = Gazetteer.defaults();
        static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionary.defaults(),
                GAZETTEER);
        // as Sitrep.standard builds it
        static final DependencyEventCoder CODER = new DependencyEventCoder(PatternDictionary.defaults(), null,
                GAZETTEER::country);
        static final Pipeline PIPELINE = Pipeline.builder().extractor(new NewsExtractor()).annotator(ANNOTATOR)
                .resolver(RESOLVER).coder(CODER).fuser(new KeyEventFuser()).build();
    }

    public static CoreNlpAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    /** An article from dated text, as the extractor makes it. */
    public static Article article(String date, String text) {
        String doc = (date == null ? "" : "date " + date + "\n") + text;
        ExtractionResult r = new NewsExtractor().extract(RawDocument.of("test.txt", doc.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT));
        return ((ExtractionResult.Extracted) r).article();
    }

    public static ResolvedArticle resolve(String date, String text) {
        AnnotatedArticle annotated = Holder.ANNOTATOR.annotate(article(date, text));
        return Holder.RESOLVER.resolve(annotated);
    }

    /** The codes of the first actor mention whose words are exactly {@code words}; fails naming the mentions found. */
    public static List<String> codesOf(ResolvedArticle r, String words) {
        return r.actors().stream().filter(m -> m.text().equals(words)).findFirst()
                .map(m -> m.actors().stream().map(org.sitrep.model.Actor::code).toList())
                .orElseThrow(() -> new AssertionError("no actor mention '" + words + "' in " + r.actors().stream()
                        .map(org.sitrep.model.ActorMention::text).toList()));
    }

    public static List<EventMention> code(String date, String text) {
        return Holder.CODER.code(resolve(date, text));
    }

    /**
     * Asserts that the sentence, dated {@code date}, gives an event of {@code type} whose CAMEO code starts with
     * {@code cameo}, with an actor code starting with {@code actor} and, unless {@code recipient} is empty, a
     * recipient code starting with it.
     */
    public static void assertCodes(String date, String sentence, String type, String cameo, String actor,
                                   String recipient) {
        org.assertj.core.api.Assertions.assertThat(code(date, sentence)).anySatisfy(e -> {
            org.assertj.core.api.Assertions.assertThat(e.eventType()).isEqualTo(org.sitrep.model.PloverType.valueOf(type));
            org.assertj.core.api.Assertions.assertThat(e.cameo()).startsWith(cameo);
            org.assertj.core.api.Assertions.assertThat(e.actor()).anyMatch(p -> p.code().startsWith(actor));
            if (recipient != null && !recipient.isBlank()) {
                org.assertj.core.api.Assertions.assertThat(e.recipient()).anyMatch(p -> p.code().startsWith(recipient));
            }
        });
    }

    public static LocalDate day(String d) {
        return LocalDate.parse(d);
    }
}
