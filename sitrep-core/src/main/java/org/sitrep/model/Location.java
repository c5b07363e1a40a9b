package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param text      the words in the text ("in Ternopil")
 * @param name      the gazetteer name
 * @param country   ISO 3166-1 alpha-3
 * @param admin1    first-level division, or null
 * @param lat       latitude, or null when not geocoded
 * @param lon       longitude, or null
 * @param precision "city", "admin1" or "country"
 */
public record Location(String text, String name, String country, String admin1, Double lat, Double lon,
                       String precision) {
    public Location {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
    }
}
