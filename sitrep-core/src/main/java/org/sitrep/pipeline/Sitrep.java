package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.annotate.AnnotatorConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.code.DependencyEventCoder;
import org.sitrep.code.PatternDictionary;
import org.sitrep.extract.NewsExtractor;
import org.sitrep.fuse.KeyEventFuser;
import org.sitrep.resolve.DictionaryActorResolver;
import org.sitrep.resolve.Gazetteer;

/** The standard assembly: Sitrep's own stages with its default dictionaries, and user dictionaries on top. */
public final class Sitrep {
    private Sitrep() {
    }

    /** The default pipeline; loading CoreNLP's models takes some seconds, so build it once per process. */
    public static Pipeline standard() {
        return standard(List.of(), List.of());
    }

    /** The default pipeline plus the user's actor and pattern files. */
    public static Pipeline standard(List<Path> actorFiles, List<Path> patternFiles) {
        return standard(Dictionaries.builtInPlus(actorFiles, patternFiles));
    }

    /** Sitrep's stages coding with the given dictionaries (ours, the user's, PETRARCH's). */
    public static Pipeline standard(Dictionaries dictionaries) {
        PatternDictionary patterns = dictionaries.patternDictionary();
        Gazetteer gazetteer = Gazetteer.defaults();
        return Pipeline.builder()
                .extractor(new NewsExtractor())
                // only sentences that may hold an event (a trigger of a pattern, complete) or an apposition that
                // names a person, or a death the story's attack may have caused ("he died at the hospital"), or an accusation
                // told with no pattern word ("said the crash was Iran's doing"), are dependency-parsed
                .annotator(new CoreNlpAnnotator(AnnotatorConfig.DEFAULTS, (words, lemmas, tags) ->
                        patterns.mayTrigger(words, lemmas, tags) || DictionaryActorResolver.needsParse(words, tags)
                                || DependencyEventCoder.mayTellDeath(words, lemmas)
                                || DependencyEventCoder.mayTellCulprit(words, lemmas)))
                .resolver(new DictionaryActorResolver(dictionaries.actorDictionary(), gazetteer))
                .coder(new DependencyEventCoder(patterns, null, gazetteer::country))
                .fuser(new KeyEventFuser())
                .build();
    }
}
