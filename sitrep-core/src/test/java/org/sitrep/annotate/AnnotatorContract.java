package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.testing.Nlp;

/** What every {@link Annotator} guarantees. */
abstract class AnnotatorContract {
    protected abstract Annotator annotator();

    private static final String TEXT = "KYIV (Reuters) - Russia fired 518 drones at Ukraine last night, officials said."
            + "\n\nThe attack hit Ternopil. \u201cWe will rebuild,\u201d the mayor said on Wednesday.";

    @Test
    void tokensAreTheTextAtTheirOffsets() {
        AnnotatedArticle a = annotator().annotate(Nlp.article("2025-11-19", TEXT));
        for (Sentence s : a.sentences()) {
            assertThat(s.end()).isLessThanOrEqualTo(a.text().length());
            for (Token t : s.tokens()) {
                assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.word());
                assertThat(t.start()).isBetween(s.start(), s.end());
            }
            for (Dependency d : s.dependencies()) {
                assertThat(d.dependent()).isLessThan(s.size());
            }
        }
    }

    @Test
    void theSameArticleIsAnnotatedTheSameWay() {
        assertThat(annotator().annotate(Nlp.article("2025-11-19", TEXT)))
                .isEqualTo(annotator().annotate(Nlp.article("2025-11-19", TEXT)));
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        AnnotatedArticle a = annotator().annotate(Nlp.article("2025-11-19", "Title here\n\nNo final stop here\n\nNext paragraph."));
        assertThat(a.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1);
    }

    @Test
    void timeExpressionsAreResolvedWithTheArticleDate() {
        AnnotatedArticle a = annotator().annotate(Nlp.article("2025-11-19", TEXT));
        assertThat(a.times()).extracting(t -> t.text() + "=" + t.value())
                .containsExactly("last night=2025-11-18", "on Wednesday=2025-11-19");
    }
}
