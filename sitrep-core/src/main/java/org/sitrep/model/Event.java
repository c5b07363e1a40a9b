package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One happening fused from every mention of it across articles. The representative mention supplies the fields
 * (the most confident, most complete telling); the mentions keep every source.
 */
public record Event(String id, EventMention representative, List<EventMention> mentions) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(representative, "representative");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one mention");
        }
    }

    /** The number of distinct articles that tell this event. */
    public long articleCount() {
        return mentions.stream().map(m -> m.article().id()).distinct().count();
    }
}
