package org.sitrep.model;

import java.util.Objects;

/**
 * A gazetteer place.
 *
 * @param name       its name in the gazetteer
 * @param country    ISO 3166-1 alpha-3 code; null only for a {@link PlaceKind#REGION} shared by several countries
 *                   or disputed (the Red Sea, Scarborough Shoal)
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
        Objects.requireNonNull(kind, "kind");
        if (country == null && kind != PlaceKind.REGION) {
            throw new NullPointerException("country");
        }
    }

    /**
     * The granularity of a place, which is also the precision of a location coded with it. A region is a named area
     * that is no administrative division: a sea, gulf or strait, a disputed shoal, a region across divisions
     * ("Darfur", "Donbas"); a place named only in the text ("the village of X") is a city.
     */
    public enum PlaceKind { COUNTRY, ADMIN1, CITY, REGION }
}
