package org.sitrep.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An annotated article with its actor and place mentions, sorted by position, and the place of its wire dateline
 * ("KYIV (Reuters) -"), or null, which locates events the sentence itself does not place.
 *
 * <p>{@code locatives} are seats of power named only as places ("clashes in Kabul", "talks in the Kremlin"): no
 * actors of the article, but the event coder may still read the people of the place from them ("a curfew in
 * Abidjan").
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                              Place dateline, List<ActorMention> locatives) {
    public ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places) {
        this(annotated, actors, places, null, List.of());
    }

    public ResolvedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                           Place dateline) {
        this(annotated, actors, places, dateline, List.of());
    }

    public ResolvedArticle {
        Objects.requireNonNull(annotated, "annotated");
        actors = actors.stream().sorted(Comparator.comparingInt(ActorMention::start)).toList();
        places = places.stream().sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        locatives = locatives.stream().sorted(Comparator.comparingInt(ActorMention::start)).toList();
    }

    public Article article() {
        return annotated.article();
    }

    public List<ActorMention> actorsIn(int sentence) {
        return actors.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The actors of a sentence with the seats it names only as places, by position: what the coder reads. */
    public List<ActorMention> partiesIn(int sentence) {
        return java.util.stream.Stream.concat(actors.stream(), locatives.stream()).filter(m -> m.sentence() == sentence)
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
    }

    public List<PlaceMention> placesIn(int sentence) {
        return places.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
