package org.sitrep.model;

import java.util.Objects;

/** An input that could not be read at all (I/O error, truncated archive), with the reason. */
public record Unreadable(String origin, String reason) implements Ingested {
    public Unreadable {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }
}
