package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.testing.Nlp;

class CoreNlpAnnotatorIT extends AnnotatorContract {
    @Override
    protected Annotator annotator() {
        return Nlp.annotator();
    }

    @Test
    void theDatelineIsKeptInTheTextButHiddenFromTheParser() {
        AnnotatedArticle a = annotator().annotate(Nlp.article("2025-11-19",
                "KYIV (Reuters) - Russia fired drones at Ukraine."));
        assertThat(a.text()).startsWith("KYIV (Reuters) - ");
        Sentence s = a.sentences().get(0);
        assertThat(s.token(0).word()).isEqualTo("Russia");
        assertThat(s.dependencies()).anyMatch(d -> d.relation().equals("nsubj") && s.token(d.dependent()).word().equals("Russia"));
    }

    @Test
    void lemmasTagsAndEnhancedRelationsAreThere() {
        Sentence s = annotator().annotate(Nlp.article("2025-11-19", "Witkoff held talks with Russian officials."))
                .sentences().get(0);
        assertThat(s.tokens().stream().map(Token::lemma).collect(Collectors.joining(" "))).contains("hold talk with");
        assertThat(s.token(0).tag()).isEqualTo("NNP");
        assertThat(s.dependencies()).anyMatch(d -> d.relation().equals("nmod:with") || d.relation().equals("obl:with"));
    }

    @Test
    void anArticleThatLostItsCaseGetsItsNamesBackAndKeepsItsText() {
        String text = "police in ahmedabad arrested 40 people on tuesday after clashes in the old city. the chief "
                + "minister of gujarat said the army would patrol the streets of surat and vadodara until the curfew "
                + "was lifted, and that more police would be sent from mumbai.";
        AnnotatedArticle a = annotator().annotate(Nlp.article("2002-03-06", text));
        assertThat(a.text()).isEqualTo(text);
        Sentence s = a.sentences().get(0);
        Token city = s.tokens().stream().filter(t -> t.word().equalsIgnoreCase("ahmedabad")).findFirst().orElseThrow();
        assertThat(city.word()).isEqualTo("Ahmedabad");
        assertThat(city.tag()).isEqualTo("NNP");
        assertThat(text.substring(city.start(), city.end())).isEqualTo("ahmedabad");
        // an ordinary article keeps its words exactly as written, lower-case names included
        Sentence cased = annotator().annotate(Nlp.article("2002-03-06", "Police in ahmedabad arrested 40 people."))
                .sentences().get(0);
        assertThat(cased.token(2).word()).isEqualTo("ahmedabad");
    }

    @Test
    void overlongSentencesAreTokenizedButNotParsed() {
        String list = "Kyiv, ".repeat(200) + "and Lviv were hit.";
        Sentence s = annotator().annotate(Nlp.article("2025-11-19", list)).sentences().get(0);
        assertThat(s.size()).isGreaterThan(AnnotatorConfig.DEFAULTS.maxParseTokens());
        assertThat(s.isParsed()).isFalse();
    }

    @Test
    void aPassageInAnotherScriptIsSplitAtItsFullStopsAndLeftUntagged() {
        // an interview quoting its answer in Hindi, then the English translation (our own sentences)
        String text = "The official answered in Hindi. \u0939\u092e \u0932\u094b\u0917 \u0918\u0930 \u0917\u090f\u0964 "
                + "\u0935\u0939 \u0915\u093e\u092e \u0915\u0930\u0924\u093e \u0939\u0948\u0964 "
                + "Police arrested two protesters in Delhi.";
        AnnotatedArticle a = annotator().annotate(Nlp.article("2020-10-18", text));
        assertThat(a.sentences()).hasSize(4);
        assertThat(a.sentences().get(1).tokens()).allMatch(t -> t.tag().equals("FW") || t.tag().equals("."))
                .anyMatch(t -> t.lemma().equals("\u0918\u0930"));
        Sentence english = a.sentences().get(3);
        assertThat(english.token(0).tag()).isEqualTo("NNS");
        assertThat(english.token(1).lemma()).isEqualTo("arrest");
        assertThat(english.isParsed()).isTrue();
    }

    @Test
    void latinLettersOutnumberingOtherScriptsMeanEnglish() {
        assertThat(CoreNlpAnnotator.mostlyOtherScript(java.util.List.of(label("Modi"), label("\u092e\u094b\u0926\u0940"), label("said"))))
                .isFalse();
        assertThat(CoreNlpAnnotator.mostlyOtherScript(java.util.List.of(label("\u0627\u0644\u0633\u0644\u0627\u0645"), label("UN"))))
                .isTrue();
    }

    private static edu.stanford.nlp.ling.CoreLabel label(String word) {
        edu.stanford.nlp.ling.CoreLabel l = new edu.stanford.nlp.ling.CoreLabel();
        l.setWord(word);
        return l;
    }
}
