package org.sitrep.model;

import java.util.Objects;

/**
 * A gazetteer place.
 *
 * @param name       its name in the gazetteer
 * @param country    ISO 3166-1 alpha-3 code
 * @param admin1     first-level division name, or null for countries and divisions themselves
 * @param lat        latitude in decimal degrees
 * @param lon        longitude in decimal degrees
 * @param kind       country, admin1 or city
 * @param population population in the gazetteer (0 when unknown)
 */
public record Place(String name, String country, String admin1, double lat, double lon, PlaceKind kind,
                    long population) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
    }

    /** The granularity of a place, which is also the precision of a location coded with it. */
    public enum PlaceKind { COUNTRY, ADMIN1, CITY }
}
