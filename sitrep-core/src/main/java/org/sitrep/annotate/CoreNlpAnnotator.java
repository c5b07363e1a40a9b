package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sitrep.extract.Boilerplate;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.TextSpan;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Annotates with Stanford CoreNLP (tokenize, ssplit, pos, lemma, and the depparse model through
 * {@link DependencyParsing}; no NER, no SUTime: actors come from
 * Sitrep's dictionaries and dates from {@link TimeExpressionFinder}). The models load once, in the constructor;
 * one instance serves any number of threads. Wire datelines are blanked (same length, so offsets hold) before
 * parsing, and sentences longer than {@link AnnotatorConfig#maxParseTokens()}, or that a {@link ParseFilter}
 * turns down, are tokenized and tagged but not parsed.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final StanfordCoreNLP splitter;
    private final POSTaggerAnnotator tagger;
    private final MorphaAnnotator lemmatizer;
    private final DependencyParsing parser;
    private final AnnotatorConfig config;
    private final ParseFilter filter;

    public CoreNlpAnnotator(AnnotatorConfig config) {
        this(config, ParseFilter.ALL);
    }

    /** An annotator that parses only the sentences {@code filter} accepts (all are tokenized and tagged). */
    public CoreNlpAnnotator(AnnotatorConfig config, ParseFilter filter) {
        this.config = Objects.requireNonNull(config, "config");
        this.filter = Objects.requireNonNull(filter, "filter");
        Properties splitting = new Properties();
        splitting.setProperty("annotators", "tokenize,ssplit");
        splitting.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitting.setProperty("tokenize.language", "en");
        // besides . ! ? and the CJK full stop: the danda of Devanagari and related scripts, the Arabic question mark
        // and full stop, so that a quoted passage in Hindi or Urdu is not one sentence of thousands of tokens
        splitting.setProperty("ssplit.boundaryTokenRegex", "[.\u3002]|[!?\uff01\uff1f]+|[\u0964\u0965\u061f\u06d4]");
        this.splitter = new StanfordCoreNLP(splitting);
        this.tagger = new POSTaggerAnnotator("pos", new Properties());
        this.lemmatizer = new MorphaAnnotator(false);
        this.parser = new DependencyParsing();
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        Annotation document = new Annotation(maskDatelines(article));
        splitter.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            sentences = List.of();
        }
        if (caseless(sentences)) {
            truecase(document, sentences);
        }
        tag(document, sentences);
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            repairTags(labels);
            int n = labels.size();
            if (n >= 2 && n <= config.maxParseTokens() && (filter == ParseFilter.ALL || filter.needsParse(
                    labels.stream().map(CoreLabel::word).toList(),
                    labels.stream().map(l -> l.lemma() == null ? l.word() : l.lemma()).toList(),
                    labels.stream().map(l -> l.tag() == null ? "X" : l.tag()).toList()))) {
                toParse.add(s);
            }
        }
        for (CoreMap s : toParse) {
            parser.parse(s);
        }
        List<Sentence> out = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int index = 0;
        for (CoreMap s : sentences) {
            Sentence sentence = convert(index++, s, text, article.paragraphs());
            out.add(sentence);
            times.addAll(TimeExpressionFinder.find(text, sentence.start(), sentence.end(), article.published()));
        }
        return new AnnotatedArticle(article, out, times);
    }

    /** CoreNLP's truecasing model for text without case, loaded with the first such article (about 100 MB). */
    private static final class Truecaser {
        static final TrueCaseAnnotator INSTANCE = new TrueCaseAnnotator(
                "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz",
                TrueCaseAnnotator.DEFAULT_MODEL_BIAS, "edu/stanford/nlp/models/truecase/MixDisambiguation.list", true,
                false);
    }

    /**
     * Whether an article has lost its case (a scraper or archive lower-cased it): at least 200 letters, fewer than
     * one in 300 of them upper case. Tagger, dictionaries and gazetteer all read capitals as names, and "ahmedabad
     * police arrested 50 people" names no place.
     */
    static boolean caseless(List<CoreMap> sentences) {
        int letters = 0;
        int upper = 0;
        for (CoreMap s : sentences) {
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String w = l.word();
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (Character.isLetter(c)) {
                        letters++;
                        if (Character.isUpperCase(c)) {
                            upper++;
                        }
                    }
                }
            }
        }
        return letters >= 200 && upper * 300 < letters;
    }

    /**
     * Gives the words of a caseless article their likely case with CoreNLP's truecaser ("ahmedabad" becomes
     * "Ahmedabad"): the tokens' words change, their offsets into the text do not.
     */
    private static void truecase(Annotation document, List<CoreMap> sentences) {
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        Truecaser.INSTANCE.annotate(part);
    }

    /**
     * Tags and lemmatises the sentences written mostly in the Latin script; the others (a quoted passage in Hindi,
     * Arabic or Chinese) get the foreign-word tag and their words as lemmas. The English tagger reads every word of
     * another script as an unknown word and weighs every open-class tag for it: in a Wikinews interview quoting
     * Hindi, its 6.6k Hindi tokens took 8.1 s of CPU to tag, its 18k English tokens 2.1 s.
     */
    private void tag(Annotation document, List<CoreMap> sentences) {
        List<CoreMap> latin = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (mostlyOtherScript(labels)) {
                for (CoreLabel l : labels) {
                    l.setTag("FW");
                    l.setLemma(l.word());
                }
            } else {
                latin.add(s);
            }
        }
        if (!latin.isEmpty()) {
            Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
            part.set(CoreAnnotations.SentencesAnnotation.class, latin);
            tagger.annotate(part);
            lemmatizer.annotate(part);
        }
    }

    /** Whether more of the letters of {@code labels} belong to scripts other than Latin than to Latin. */
    static boolean mostlyOtherScript(List<CoreLabel> labels) {
        int latin = 0;
        int other = 0;
        for (CoreLabel l : labels) {
            String w = l.word();
            for (int i = 0; i < w.length(); ) {
                int c = w.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    if (Character.isLetter(c)) {
                        latin++;
                    }
                } else if (Character.isLetter(c)) {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    if (script == Character.UnicodeScript.LATIN) {
                        latin++;
                    } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                        other++;
                    }
                }
            }
        }
        return other > latin;
    }

    /**
     * Known tagger errors, undone before parsing: the bare verb after "did not" / "does n't" tagged as an
     * adjective or noun ("did not open fire" with "open" as JJ), a gerund after a verb that takes gerunds
     * tagged as a noun ("denied opening fire" with "opening" as NN), and the only verb of a sentence tagged as a
     * participle between its subject and object ("a force detained multiple suspects" with "detained" as VBN).
     * All hide the verb from patterns and parser. And the reverse: a plural noun after a verb and a proper noun
     * read as a verb ("dismissed US demands" with "demands" as VBZ), which codes a demand nobody made, and a noun
     * after an article and a modifier read as a base-form verb ("a Russian drone attack" with "drone" as VB), and
     * an adjective after a possessive and before a verb ("Israel's military accused ..." with "military" as JJ).
     */
    /** Verbs of saying and thinking, whose complement may follow with no "that": "said Russia plans to". */
    private static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of("say", "tell", "claim", "warn",
            "insist", "argue", "think", "believe", "report", "announce", "confirm", "deny", "add", "note", "state",
            "suggest", "fear", "hope", "know", "show", "mean", "feel", "predict", "expect", "ensure", "acknowledge",
            "admit", "assert", "allege", "recall", "reveal", "indicate", "find", "learn", "hear", "see", "explain",
            "stress", "emphasise", "emphasize", "conclude", "estimate", "assume", "realise", "realize", "decide");

    static void repairTags(List<CoreLabel> labels) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            // "Israel's military accused Hamas of ...", "Gaza's wounded were ...": an adjective between a possessive
            // and a verb is the head noun the possessive needs, not a modifier
            CoreLabel l = labels.get(i);
            String next = labels.get(i + 1).tag();
            if ("JJ".equals(l.tag()) && "POS".equals(labels.get(i - 1).tag()) && next != null
                    && (next.startsWith("VB") && !next.equals("VBG") || next.equals("MD"))) {
                l.setTag("NN");
                l.setLemma(l.word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        int finite = 0;
        for (CoreLabel l : labels) {
            String t = l.tag();
            if ("VBD".equals(t) || "VBZ".equals(t) || "VBP".equals(t) || "MD".equals(t)) {
                finite++;
            }
        }
        for (int i = 1; i + 1 < labels.size() && finite == 0; i++) {
            // "a security force detained multiple suspected insurgents" with "detained" as a participle: a
            // sentence with no finite verb, a noun before and a noun phrase after
            CoreLabel l = labels.get(i);
            String before = labels.get(i - 1).tag();
            String after = labels.get(i + 1).tag();
            if ("VBN".equals(l.tag()) && before != null && before.startsWith("NN") && after != null
                    && (after.equals("DT") || after.equals("JJ") || after.equals("CD") || after.equals("PRP$")
                    || after.startsWith("NN"))) {
                l.setTag("VBD");
                finite++;
            }
        }
        for (int i = 0; i + 1 < labels.size(); i++) {
            // "accused Congolese troops and allied militias of ...": "allied" before a common noun is the adjective
            // ("allied forces"), not a verb with that noun as its object
            CoreLabel l = labels.get(i);
            String next = labels.get(i + 1).tag();
            if (("VBN".equals(l.tag()) || "VBD".equals(l.tag())) && "allied".equalsIgnoreCase(l.word())
                    && next != null && (next.equals("NN") || next.equals("NNS"))) {
                l.setTag("JJ");
                l.setLemma("allied");
            }
        }
        for (int i = 2; i < labels.size(); i++) {
            // "a Russian drone and missile attack" with "drone" as a base-form verb: after an article and one
            // modifier, a base or plural-present verb is ungrammatical; it is the noun the article opens
            CoreLabel l = labels.get(i);
            String article = labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT);
            String middle = labels.get(i - 1).tag();
            if (("VB".equals(l.tag()) || "VBP".equals(l.tag()))
                    && (article.equals("a") || article.equals("an") || article.equals("the"))
                    && ("JJ".equals(middle) || "NNP".equals(middle))) {
                l.setTag("NN");
                l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "NN"));
            }
        }
        for (int i = 2; i < labels.size(); i++) {
            // "China dismissed US demands to ...": a plural noun after a proper-noun modifier, read as a verb
            // whose subject is the proper noun; after a past-tense verb that does not report speech or thought
            // ("said Russia plans to ..." keeps its verb), the word is the verb's object
            CoreLabel l = labels.get(i);
            CoreLabel modifier = labels.get(i - 1);
            CoreLabel verb = labels.get(i - 2);
            if ("VBZ".equals(l.tag()) && l.word().endsWith("s") && "NNP".equals(modifier.tag())
                    && "VBD".equals(verb.tag()) && verb.lemma() != null
                    && !REPORTING_VERBS.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
                l.setTag("NNS");
                l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "NNS"));
            }
        }
        for (int i = 1; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String tag = l.tag();
            if (!"JJ".equals(tag) && !"NN".equals(tag)) {
                continue;
            }
            CoreLabel before = labels.get(i - 1);
            String previous = before.word().toLowerCase(java.util.Locale.ROOT);
            String auxiliary = i >= 2 ? labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT) : "";
            if ((previous.equals("not") || previous.equals("n't"))
                    && (auxiliary.equals("did") || auxiliary.equals("does") || auxiliary.equals("do"))) {
                l.setTag("VB");
            } else if (l.word().endsWith("ing") && l.word().length() > 5 && before.tag() != null
                    && before.tag().startsWith("VB") && before.lemma() != null
                    && Gerunds.TAKING_VERBS.contains(before.lemma().toLowerCase(java.util.Locale.ROOT))
                    && i + 1 < labels.size() && labels.get(i + 1).tag() != null
                    && (labels.get(i + 1).tag().startsWith("NN") || labels.get(i + 1).tag().equals("DT"))) {
                l.setTag("VBG");
                l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "VBG"));
            }
        }
    }

    /**
     * "In Marjeh district, Helmand province, a patrol detained ...": the comma between a place and the province
     * that holds it, which leads the parser to read the whole sentence as a noun phrase. Masked (offsets hold,
     * words are read from the original text) so that the sentence parses as "In X Y, a patrol detained ...".
     */
    private static final java.util.regex.Pattern NESTED_PLACE = java.util.regex.Pattern.compile(
            "\\b(?:[Ii]n|[Nn]ear|[Aa]t)\\s+(?:the\\s+)?(?:[\u2018\u2019']?[A-Z][\\w'\u2018\u2019.-]*\\s+){1,4}"
                    + "(?:district|city|village|town|area|county)(,)\\s+[A-Z][\\w'\u2019.-]*(?:\\s+[A-Z][\\w'\u2019.-]*){0,3}"
                    + "\\s+(?:province|region|oblast|governorate|state),");

    /**
     * An underscore joining two words of a name ("Dol_Amroth"), the way PETRARCH and TABARI write multi-word
     * phrases: read as a space, so the name's words match dictionary phrases.
     */
    private static final java.util.regex.Pattern NAME_JOINER = java.util.regex.Pattern.compile("(?<=\\p{L})_(?=\\p{Lu})");

    /** The text with each paragraph's leading dateline replaced by spaces of the same length. */
    private static String maskDatelines(Article article) {
        String text = article.text();
        StringBuilder masked = null;
        java.util.regex.Matcher joiner = NAME_JOINER.matcher(text);
        while (joiner.find()) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            masked.setCharAt(joiner.start(), ' ');
        }
        java.util.regex.Matcher nested = NESTED_PLACE.matcher(text);
        while (nested.find()) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            masked.setCharAt(nested.start(1), ' ');
        }
        for (TextSpan p : article.paragraphs()) {
            int n = Boilerplate.datelineLength(p.of(text));
            if (n > 0) {
                if (masked == null) {
                    masked = new StringBuilder(text);
                }
                for (int i = p.start(); i < p.start() + n; i++) {
                    masked.setCharAt(i, ' ');
                }
            }
        }
        return masked == null ? text : masked.toString();
    }

    private static Sentence convert(int index, CoreMap s, String text, List<TextSpan> paragraphs) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = l.beginPosition();
            int end = l.endPosition();
            String word = text.substring(start, end);
            if (l.word() != null && !l.word().equals(word) && l.word().equalsIgnoreCase(word)) {
                word = l.word(); // a caseless article's word as the truecaser restored it
            }
            String lemma = l.lemma() == null ? word : l.lemma();
            tokens.add(new Token(i, start, end, word, lemma, l.tag() == null ? "X" : l.tag()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                dependencies.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
            graph.getRoots().forEach(r -> dependencies.add(new Dependency(Dependency.ROOT, r.index() - 1, "root")));
        }
        dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
                .thenComparing(Dependency::relation));
        int start = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).start();
        int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, paragraphOf(start, paragraphs), start, end, tokens, dependencies);
    }

    private static int paragraphOf(int offset, List<TextSpan> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, paragraphs.size() - 1);
    }
}
