package org.sitrep.annotate;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

/** Adds sentences, tokens, dependency graphs and time expressions to an article. Safe to call from several threads. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
