package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sitrep's fast classifier must give exactly the parses of CoreNLP's own depparse annotator: every sentence of
 * the bundled sample articles is parsed both ways and the enhanced++ edges (governor, dependent, relation) that
 * Sitrep reads are compared.
 */
class DependencyParsingIT {
    @Test
    void theFastClassifierIsInstalledAndParsesExactlyAsCoreNlpDoes() throws IOException {
        DependencyParsing fast = new DependencyParsing();
        assertThat(fast.fast()).as("SitrepFastClassifier installed into this CoreNLP's parser").isTrue();

        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tagging.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
        DependencyParseAnnotator stock = new DependencyParseAnnotator(new Properties());

        List<CoreMap> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Annotation doc = new Annotation(Files.readString(file, StandardCharsets.UTF_8));
                tagger.annotate(doc);
                sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(150);

        List<String> differences = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            Annotation one = new Annotation("");
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            stock.annotate(one);
            List<String> expected = edges(sentence);
            assertThat(fast.parse(sentence)).isTrue();
            List<String> actual = edges(sentence);
            if (!expected.equals(actual)) {
                differences.add(sentence.get(CoreAnnotations.TextAnnotation.class) + "\n  CoreNLP " + expected
                        + "\n  Sitrep  " + actual);
            }
        }
        assertThat(differences).as("sentences parsed differently").isEmpty();
    }

    private static List<String> edges(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<String> out = new ArrayList<>();
        graph.edgeIterable().forEach(e -> out.add(e.getGovernor().index() + ">" + e.getDependent().index() + ":"
                + e.getRelation()));
        graph.getRoots().forEach(r -> out.add("root>" + r.index()));
        out.sort(null);
        return out;
    }
}
