package org.sitrep.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An annotated article with its actor and place mentions, sorted by position, and the place of its wire dateline
 * ("KYIV (Reuters) -"), or null, which locates events the sentence itself does not place.
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                              Place dateline) {
    public ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places) {
        this(annotated, actors, places, null);
    }

    public ResolvedArticle {
        Objects.requireNonNull(annotated, "annotated");
        actors = actors.stream().sorted(Comparator.comparingInt(ActorMention::start)).toList();
        places = places.stream().sorted(Comparator.comparingInt(PlaceMention::start)).toList();
    }

    public Article article() {
        return annotated.article();
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(m -> m.sentence() == sentence).toList();
    }

    public List<PlaceMention> placesIn(int sentence) {
        return places.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
