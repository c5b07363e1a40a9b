package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;

/** Keeps articles and their event mentions. */
public interface EventStore extends AutoCloseable {
    /**
     * Stores the article and its mentions, unless an article with the same content id is already stored.
     *
     * @return true when stored now, false when it was already there (nothing changes)
     */
    boolean store(Article article, List<EventMention> mentions);

    @Override
    void close();
}
