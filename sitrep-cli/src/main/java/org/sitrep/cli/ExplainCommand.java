package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotatorConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.code.DependencyEventCoder;
import org.sitrep.code.PatternDictionary;
import org.sitrep.code.Quotes;
import org.sitrep.export.EventJson;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.EventMention;
import org.sitrep.model.ExtractionResult;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.pipeline.Dictionaries;
import org.sitrep.resolve.DictionaryActorResolver;
import org.sitrep.resolve.DictionaryException;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep explain}: shows how a text is tokenized, parsed, resolved and coded, for dictionary authors. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show tokens, dependencies, actors, places, dates and events for a piece of text.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", arity = "1", description = "The text (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: none).")
    LocalDate date;

    @Mixin
    PipelineOptions options; // the dictionaries to explain with (--petrarch-verbs, --no-builtin-dictionaries, ...)

    @Override
    public Integer call() {
        String doc = (date == null ? "" : "date " + date + "\n") + text;
        ExtractionResult r = new NewsExtractor().extract(RawDocument.of("explain", doc.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.TEXT));
        if (!(r instanceof ExtractionResult.Extracted e)) {
            throw new UserException("nothing to explain: " + r, 1);
        }
        Dictionaries dictionaries;
        ActorDictionary actors;
        PatternDictionary patterns;
        try {
            dictionaries = options.dictionaries();
            actors = dictionaries.actorDictionary();
            patterns = dictionaries.patternDictionary();
        } catch (DictionaryException ex) {
            throw new UserException(ex.getMessage(), 2);
        }
        AnnotatedArticle annotated = new CoreNlpAnnotator(AnnotatorConfig.DEFAULTS).annotate(e.article());
        Gazetteer gazetteer = Gazetteer.defaults();
        ResolvedArticle resolved = new DictionaryActorResolver(actors, gazetteer).resolve(annotated);
        var out = SitrepCommand.out;
        for (Sentence s : annotated.sentences()) {
            out.println("sentence " + s.index() + ": " + s.text(annotated.text()));
            StringBuilder tokens = new StringBuilder("  tokens:");
            for (Token t : s.tokens()) {
                tokens.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.tag())
                        .append('/').append(t.lemma());
            }
            out.println(tokens);
            StringBuilder deps = new StringBuilder("  dependencies:");
            for (Dependency d : s.dependencies()) {
                deps.append(' ').append(d.relation()).append('(')
                        .append(d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "-" + d.governor()).append(", ")
                        .append(s.token(d.dependent()).word()).append('-').append(d.dependent()).append(')');
            }
            out.println(deps);
            for (ActorMention m : resolved.actorsIn(s.index())) {
                out.println("  actor: '" + m.text() + "' tokens " + m.firstToken() + ".." + m.lastToken() + " via "
                        + m.via() + " -> " + m.actors().stream().map(a -> a.code() + " (" + a.name() + ")").toList());
            }
            for (PlaceMention p : resolved.placesIn(s.index())) {
                out.println("  place: '" + p.text() + "' (" + p.preposition() + ") -> " + p.place());
            }
            for (TimeExpression t : annotated.times()) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    out.println("  time: '" + t.text() + "' -> " + t.value() + " (" + t.precision().label() + ")");
                }
            }
        }
        List<Quote> quotes = Quotes.find(resolved);
        for (Quote q : quotes) {
            out.println("quote: [" + q.start() + ", " + q.end() + ") '" + q.text() + "' speaker "
                    + (q.speaker() == null ? "unknown" : "'" + q.speaker() + "' " + q.speakerCodes()));
        }
        List<EventMention> events = Quotes.attach(
                new DependencyEventCoder(patterns, null, gazetteer::country).code(resolved), quotes, resolved);
        for (EventMention m : events) {
            out.println("event: " + EventJson.write(m));
        }
        return 0;
    }
}
