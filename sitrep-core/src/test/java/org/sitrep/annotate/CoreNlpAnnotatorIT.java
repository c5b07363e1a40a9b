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
    void overlongSentencesAreTokenizedButNotParsed() {
        String list = "Kyiv, ".repeat(200) + "and Lviv were hit.";
        Sentence s = annotator().annotate(Nlp.article("2025-11-19", list)).sentences().get(0);
        assertThat(s.size()).isGreaterThan(AnnotatorConfig.DEFAULTS.maxParseTokens());
        assertThat(s.isParsed()).isFalse();
    }
}
