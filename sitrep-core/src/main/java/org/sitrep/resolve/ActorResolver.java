package org.sitrep.resolve;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.ResolvedArticle;

/** Finds the actors and places an annotated article mentions. Never throws on odd text; may find nothing. */
public interface ActorResolver {
    ResolvedArticle resolve(AnnotatedArticle article);
}
