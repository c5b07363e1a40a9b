package org.sitrep.code;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;

/**
 * Where an event happened: the place mention a trigger governs ("attacked ... in Kharkiv"), else a place phrase of
 * its sentence, else the dateline; the sentence's setting for later sentences that name no place. The coder calls
 * these; the place mentions themselves come from the resolve stage (gazetteer lookup).
 */
final class Locations {
    private static final Set<String> PLACE_RELATIONS = Set.of("in", "at", "near", "across", "outside", "into",
            "inside", "around", "throughout", "over", "on", "along", "off", "towards", "toward", "to");

    static Location location(Graph g, String text, int trigger, int governorVerb, List<PlaceMention> places,
                                     List<Integer> recipientTokens, boolean material) {
        if (places.isEmpty()) {
            return null;
        }
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceMention pm : places) {
            int score;
            boolean attached = false;
            for (int head : new int[] {trigger, governorVerb}) {
                if (head < 0) {
                    continue;
                }
                for (Dependency d : g.children(head)) {
                    if (pm.covers(d.dependent()) && (PLACE_RELATIONS.contains(d.subtype()) || d.baseRelation().equals("obl"))) {
                        attached = true;
                    }
                }
                if (!attached && g.dominates(head, pm.lastToken(), 3) && pm.preposition() != null) {
                    attached = true;
                }
            }
            boolean recipient = recipientTokens.stream().anyMatch(pm::covers);
            if (recipient && !material) {
                continue; // "called on Serbia", "accused Russia": the addressee is not where it happened
            }
            int granularity = switch (pm.place().kind()) {
                case CITY -> 0;
                case ADMIN1 -> 1;
                case COUNTRY -> 2;
            };
            if (attached) {
                score = granularity;
            } else if (pm.preposition() != null && Set.of("in", "near", "at", "outside", "across").contains(pm.preposition())) {
                score = 10 + granularity;
            } else if (recipient) {
                score = 20 + granularity;
            } else {
                continue;
            }
            if (score < bestScore) {
                best = pm;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        return asLocation(best);
    }

    static Location asLocation(PlaceMention best) {
        String words = best.preposition() == null ? best.text() : best.preposition() + " " + best.text();
        var place = best.place();
        String admin1 = place.kind() == org.sitrep.model.Place.PlaceKind.ADMIN1 ? place.name() : place.admin1();
        return new Location(words, place.name(), place.country(), admin1,
                Double.isNaN(place.lat()) ? null : place.lat(), Double.isNaN(place.lon()) ? null : place.lon(),
                place.kind().name().toLowerCase(Locale.ROOT));
    }

    /** Where a sentence is set: its first place below the country level after "in", "near" or "at". */
    static Optional<Location> storyPlace(List<PlaceMention> places) {
        for (PlaceMention pm : places) {
            if (pm.preposition() != null && Set.of("in", "near", "at").contains(pm.preposition())
                    && pm.place().kind() != org.sitrep.model.Place.PlaceKind.COUNTRY) {
                return Optional.of(asLocation(pm));
            }
        }
        return Optional.empty();
    }

    static Location datelineLocation(org.sitrep.model.Place dateline) {
        return new Location("dateline", dateline.name(), dateline.country(), dateline.admin1(),
                Double.isNaN(dateline.lat()) ? null : dateline.lat(), Double.isNaN(dateline.lon()) ? null : dateline.lon(),
                "city");
    }

    /** A place inside a province told as that province: "in Helmand province" and "in Lashkar Gah district". */
    static boolean within(Location inner, Location province) {
        return "admin1".equals(province.precision()) && inner.admin1() != null
                && Objects.equals(inner.country(), province.country()) && inner.admin1().equals(province.admin1());
    }

    static Location textual(Location l) {
        return l == null || "dateline".equals(l.text()) ? null : l;
    }


    private Locations() {
    }
}
