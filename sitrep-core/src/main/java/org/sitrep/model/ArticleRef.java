package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/** The article an event mention comes from, as carried on the event record. */
public record ArticleRef(String id, String origin, String url, String title, LocalDate published, String outlet) {
    public ArticleRef {
        Objects.requireNonNull(id, "id");
    }

    public static ArticleRef of(Article a) {
        return new ArticleRef(a.id(), a.origin(), a.url(), a.title(), a.published(), a.outlet());
    }
}
