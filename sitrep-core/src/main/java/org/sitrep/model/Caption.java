package org.sitrep.model;

import java.util.Objects;

/** An image caption kept apart from the article body, with its photo credit when one was recognised. */
public record Caption(String text, String credit) {
    public Caption {
        Objects.requireNonNull(text, "text");
    }
}
