package org.sitrep.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SitrepFastClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (the model of its {@code depparse} annotator), loaded as Sitrep's own
 * instance so that its classifier can be replaced by {@link SitrepFastClassifier}: the same network and the
 * same parses, several times faster (measured figures in docs/evaluation.md, "Throughput"). Only the enhanced++
 * graph, the one Sitrep's coder reads, is built. If the fast classifier cannot be installed (another CoreNLP
 * version), the stock one is used and {@link #fast()} says so. Thread-safe.
 */
final class DependencyParsing {
    /**
     * Hidden-layer rows kept for reuse (4 KB each with the English model); system property
     * {@code sitrep.parser.rows} overrides it.
     */
    static final int MAX_ROWS = Integer.getInteger("sitrep.parser.rows", 100_000);

    private final DependencyParser parser;
    private final boolean fast;

    DependencyParsing() {
        Properties properties = new Properties();
        properties.setProperty("numPreComputed", "0");
        DependencyParser own = new DependencyParser(properties);
        own.loadModelFile(DependencyParser.DEFAULT_MODEL);
        if (SitrepFastClassifier.install(own, MAX_ROWS)) {
            this.parser = own;
            this.fast = true;
        } else {
            this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
            this.fast = false;
        }
    }

    boolean fast() {
        return fast;
    }

    /**
     * Parses a tokenized, tagged sentence and sets its enhanced++ dependencies. Returns false, leaving the
     * sentence unparsed, if the parser fails on it.
     */
    boolean parse(CoreMap sentence) {
        try {
            GrammaticalStructure structure = parser.predict(sentence);
            SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
                    SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
