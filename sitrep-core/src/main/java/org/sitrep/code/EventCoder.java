package org.sitrep.code;

import java.util.List;
import org.sitrep.model.EventMention;
import org.sitrep.model.ResolvedArticle;

/** Codes the events one article tells, one mention per distinct happening, in text order. */
public interface EventCoder {
    List<EventMention> code(ResolvedArticle article);
}
