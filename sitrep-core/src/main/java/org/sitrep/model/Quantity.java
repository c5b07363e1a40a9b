package org.sitrep.model;

import java.util.Objects;

/**
 * A number of things in the event: {@code value} when exact, else {@code min} and/or {@code max}.
 *
 * @param value exact value, or null
 * @param min   lower bound ("at least 9", "dozens" gives 24), or null
 * @param max   upper bound ("up to 50"), or null
 * @param unit  what is counted ("drones and missiles")
 * @param text  the words as written
 */
public record Quantity(Long value, Long min, Long max, String unit, String text) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }
}
