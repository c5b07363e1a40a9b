package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences, tokens, dependency graphs and resolved time expressions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<TimeExpression> times) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
        int length = article.text().length();
        for (Sentence s : sentences) {
            if (s.end() > length) {
                throw new IllegalArgumentException("sentence " + s.index() + " ends after the text");
            }
        }
    }

    public String text() {
        return article.text();
    }
}
