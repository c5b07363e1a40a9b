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
            "inside", "around", "throughout", "over", "on", "along", "off", "towards", "toward", "to", "between");

    /** Verbs of processions, which take place along the route their "through" phrase names. */
    private static final Set<String> PROCESSIONS = Set.of("march", "parade", "rally", "demonstrate", "walk");

    static Location location(Graph g, String text, int trigger, int governorVerb, List<PlaceMention> places,
                                     List<Integer> recipientTokens, boolean material) {
        return location(g, text, trigger, governorVerb, places, recipientTokens, material, true);
    }

    /**
     * As above; {@code hostile} says whether the event is an attack, whose target country is where it happened
     * ("missile strikes on Israel"), where a country receiving weapons, loans or sanctions ("shipments to Ukraine",
     * "sanctions on Russia") is only their recipient.
     */
    static Location location(Graph g, String text, int trigger, int governorVerb, List<PlaceMention> places,
                             List<Integer> recipientTokens, boolean material, boolean hostile) {
        if (places.isEmpty()) {
            return null;
        }
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceMention pm : places) {
            int score;
            boolean attached = attached(g, pm, trigger, governorVerb);
            if (inJoinedClauseOfItsOwn(g, pm, trigger) || governorVerb >= 0 && governorVerb != trigger
                    && inJoinedClauseOfItsOwn(g, pm, governorVerb)) {
                continue; // "Israel accused Iran ..., and Defence Minister Katz ordered strikes on targets in Tehran"
            }
            if (!material && "to".equals(pm.preposition()) && !toAJourney(g, pm)) {
                continue; // "calling it a strong signal to Moscow", "a letter to Brussels": an addressee, no place
            }
            if (!attached && inCondition(g, pm, trigger, governorVerb)) {
                continue; // "could strike again if the talks in Oman fail": the condition's place is not the event's
            }
            // "blockade Taiwan's ports": a target's ground named is a place, where the target alone is none
            boolean recipient = recipientTokens.stream().anyMatch(pm::covers) && groundOf(g, pm) < 0;
            if (recipient && !material) {
                continue; // "called on Serbia", "accused Russia": the addressee is not where it happened
            }
            if (recipient && !hostile && pm.place().kind() == org.sitrep.model.Place.PlaceKind.COUNTRY
                    && (Set.of("on", "against", "for", "with").contains(String.valueOf(pm.preposition()))
                    || (pm.preposition() == null || pm.preposition().equals("to")) && !governedPlace(g, pm, trigger, governorVerb)
                    && !visited(g, pm, trigger))) {
                // "shipments of weapons to Ukraine", "sanctions on Russia", "supplying Russia": a receiving
                // country, unless the trigger itself takes it as a destination ("delivered ... to Ukraine")
                continue;
            }
            int granularity = switch (pm.place().kind()) {
                case CITY -> 0;
                case ADMIN1, REGION -> 1;
                case COUNTRY -> 2;
            };
            if (attached) {
                score = granularity;
            } else if (pm.preposition() != null && Set.of("in", "near", "at", "outside", "across").contains(pm.preposition())
                    && !background(g, pm) && !ofAnotherSubject(g, pm, trigger, governorVerb)) {
                score = 10 + granularity;
            } else if (recipient && !forCause(g, pm)) {
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
        PlaceMention town = townOfDivision(g, best, places);
        return asLocation(town != null ? town : best);
    }

    /**
     * Whether the trigger (or the verb it hangs on, when one is given) takes the place as its own: a place phrase or
     * object of it, a part of a place it governs, a place phrase within three steps below it.
     */
    private static boolean attached(Graph g, PlaceMention pm, int trigger, int governorVerb) {
        boolean attached = false;
        int ground = groundOf(g, pm);
        for (int head : new int[] {trigger, governorVerb}) {
            if (head < 0) {
                continue;
            }
            for (Dependency d : g.children(head)) {
                // "through the crossing", "from Denmark": a route or an origin is not where it happened
                if ((pm.covers(d.dependent()) || d.dependent() == ground)
                        && (PLACE_RELATIONS.contains(d.subtype()) || d.relation().equals("obl"))
                        && !partiesBetween(pm, d.subtype())) {
                    attached = true;
                }
                // "struck Kyiv", "retook Nagorno-Karabakh", "Kyiv was shelled": the place hit or taken; a country
                // hit is the target, but its ground hit is a place ("blockaded Taiwan's ports")
                if ((pm.covers(d.dependent()) && pm.place().kind() != org.sitrep.model.Place.PlaceKind.COUNTRY
                        && g.token(head).tag().startsWith("VB") || d.dependent() == ground)
                        && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                        || d.dependent() == ground && d.relation().equals("nmod:of")) { // "a blockade of Taiwan's ports"
                    attached = true;
                }
            }
            // "shot down drones that crossed into Poland's airspace": the ground named three steps below
            if (!attached && ground >= 0 && g.dominates(head, ground, 3)
                    && (PLACE_RELATIONS.contains(g.caseMarker(ground)) || entered(g, ground))
                    && !inCondition(g, pm, trigger, governorVerb)) {
                attached = true;
            }
            if (!attached && partOfPlace(g, pm, head)) {
                attached = true; // "shelled the centre of Kherson", "flew ... to the outskirts of Mosul"
            }
            // "marched through the city of Udine": a procession happens along its route
            boolean route = "through".equals(pm.preposition()) && PROCESSIONS.contains(g.lemma(head));
            if (!attached && g.dominates(head, pm.lastToken(), 3) && pm.preposition() != null
                    && (PLACE_RELATIONS.contains(pm.preposition()) || route)
                    && !partiesBetween(pm, pm.preposition()) && !inCondition(g, pm, trigger, governorVerb)
                    && !background(g, pm) && !ofAnotherSubject(g, pm, trigger, governorVerb)) {
                attached = true;
            }
        }
        return attached;
    }

    /**
     * Nouns of a country's own ground, waters, air and sites: "Poland's airspace", "Taiwan's ports", "Iranian nuclear
     * sites". An embassy, a ship or troops may be anywhere, so they are not here.
     */
    private static final Set<String> GROUND = Set.of("airspace", "territory", "soil", "water", "waters", "coast",
            "coastline", "border", "frontier", "port", "harbour", "harbor", "city", "town", "village", "region",
            "province", "infrastructure", "grid", "facility", "site", "installation", "plant", "reactor", "base",
            "airbase", "airfield", "airport", "refinery", "depot", "oilfield", "countryside", "mainland");

    /** Verbs of going into a place, whose object is that place: "drones that had entered Finland's airspace". */
    private static final Set<String> ENTRIES = Set.of("enter", "cross", "violate", "breach", "penetrate", "invade");

    private static boolean entered(Graph g, int ground) {
        return g.parents(ground).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("obj")
                && ENTRIES.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT)));
    }

    /**
     * The ground noun a place names as its owner ("Poland's airspace" -> "airspace"), which the trigger may govern
     * in its stead; -1 when there is none.
     */
    private static int groundOf(Graph g, PlaceMention pm) {
        for (Dependency d : g.parents(pm.lastToken())) {
            if (d.governor() >= 0 && !pm.covers(d.governor()) && d.relation().equals("nmod:poss")
                    && GROUND.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                return d.governor();
            }
        }
        return -1;
    }

    /**
     * Where an attack on a country's sites happened when no place is named: the country its target phrase names as
     * the sites' owner, "strikes on three Iranian nuclear sites", "hit Ukraine's energy infrastructure". Only a
     * target named by its country alone counts ("Iranian", not "the Iranian army"); null when there is none.
     */
    static Location targetCountry(Graph g, String text, List<Integer> targets, List<org.sitrep.model.Participant> recipients,
                                  java.util.function.Function<String, Optional<org.sitrep.model.Place>> countries) {
        for (int target : targets) {
            if (target < 0 || !GROUND.contains(g.lemma(target).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency d : g.children(target)) {
                if (!(d.relation().equals("amod") || d.relation().equals("nmod:poss"))) {
                    continue;
                }
                int owner = d.dependent();
                for (var r : recipients) {
                    if (r.start() > g.token(owner).start() || r.end() <= g.token(owner).start() || r.code() == null
                            || !COUNTRY.matcher(r.code()).matches()) {
                        continue;
                    }
                    var place = countries.apply(r.code()).orElse(null);
                    if (place == null) {
                        continue;
                    }
                    String preposition = g.caseMarker(target);
                    String words = text.substring(g.token(Math.min(owner, target)).start(), g.token(target).end());
                    return countryLocation(preposition.isEmpty() ? words : preposition + " " + words, place);
                }
            }
        }
        return null;
    }

    private static final Set<String> OWN = Set.of("its", "their", "our");

    /**
     * Where an act on the actor's own ground happened: "Poland would deploy troops along its border with Belarus",
     * "Israel struck targets on its territory". The actor must be one country (with or without a sector); null
     * otherwise, or when no such ground is named.
     */
    static Location ownGround(Graph g, String text, int trigger, int governorVerb,
                              List<org.sitrep.model.Participant> actors,
                              java.util.function.Function<String, Optional<org.sitrep.model.Place>> countries) {
        if (actors.size() != 1 || actors.get(0).code() == null
                || !COUNTRY_OR_SECTOR.matcher(actors.get(0).code()).matches()) {
            return null;
        }
        for (int head : new int[] {trigger, governorVerb}) {
            if (head < 0) {
                continue;
            }
            List<Dependency> phrases = new java.util.ArrayList<>(g.children(head));
            for (int object : g.dependents(head, "obj")) {
                phrases.addAll(g.children(object)); // "deploy troops along its border"
            }
            for (Dependency d : phrases) {
                int ground = d.dependent();
                if (!(d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                        || !PLACE_RELATIONS.contains(g.caseMarker(ground))
                        || !GROUND.contains(g.lemma(ground).toLowerCase(Locale.ROOT))
                        || g.dependents(ground, "nmod:poss").stream().noneMatch(o -> OWN.contains(g.lower(o)))) {
                    continue;
                }
                var place = countries.apply(actors.get(0).code().substring(0, 3)).orElse(null);
                if (place != null) {
                    int first = g.dependents(ground, "nmod:poss").get(0);
                    return countryLocation(g.caseMarker(ground) + " " + text.substring(g.token(first).start(),
                            g.token(ground).end()), place);
                }
            }
        }
        return null;
    }

    /** Nouns of a cause one acts for: "a strike in support of Gaza", "a vigil in solidarity with Ukraine". */
    private static final Set<String> CAUSES = Set.of("support", "solidarity", "favour", "favor", "honour", "honor",
            "memory", "tribute", "sympathy");

    /** Whether the place is the cause an act is for, which is not where it happened. */
    private static boolean forCause(Graph g, PlaceMention pm) {
        for (Dependency d : g.parents(pm.lastToken())) {
            if (d.governor() >= 0 && d.baseRelation().equals("nmod")
                    && CAUSES.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Sectors of a country's own people, who protest at home unless a place says otherwise. */
    private static final Set<String> HOME_SECTORS = Set.of("CVL", "LAB", "OPP", "EDU", "AGR", "MED", "HLH", "REL");

    /**
     * Where a protest by a country's own people that names no place happened: their country ("Italian unions held
     * a general strike"). Null unless every actor is of one country and a people's sector.
     */
    static Location homeOfCrowd(List<org.sitrep.model.Participant> actors,
                                java.util.function.Function<String, Optional<org.sitrep.model.Place>> countries) {
        String country = null;
        for (var a : actors) {
            if (a.code() == null || a.code().length() != 6 || !HOME_SECTORS.contains(a.code().substring(3))
                    || country != null && !country.equals(a.code().substring(0, 3))) {
                return null;
            }
            country = a.code().substring(0, 3);
        }
        var place = country == null ? null : countries.apply(country).orElse(null);
        return place == null ? null : countryLocation(actors.get(0).text(), place);
    }

    /** A country's place from the gazetteer, told by {@code words}. */
    private static Location countryLocation(String words, org.sitrep.model.Place place) {
        return new Location(words, place.name(), place.country(), null, coordinate(place.lat()),
                coordinate(place.lon()), "country");
    }

    /** A coordinate, or null when the gazetteer has none (NaN). */
    private static Double coordinate(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** A bare country code ("IRN") and one with a sector ("POLGOV"). */
    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final java.util.regex.Pattern COUNTRY_OR_SECTOR = java.util.regex.Pattern.compile("[A-Z]{3}([A-Z]{3})?");

    /**
     * Whether the location is told inside a clause the trigger takes as its content: "urged Israel not to drop bombs
     * on Iran", "threatened to expel diplomats from the embassy in Pristina". That is the place of the act asked for
     * or threatened, not where the asking or threatening happened.
     */
    static boolean inContentClause(Graph g, Location location, int trigger, List<PlaceMention> places) {
        if (location == null || trigger < 0) {
            return false;
        }
        for (PlaceMention pm : places) {
            if (!tells(g, pm, location, places)) {
                continue;
            }
            for (Dependency d : g.children(trigger)) {
                String r = d.baseRelation();
                if ((r.equals("xcomp") || r.equals("ccomp")) && !pm.covers(d.dependent())
                        && g.dominates(d.dependent(), pm.lastToken(), 4)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a location is told with the trigger itself (see {@link #attached}), not with the verb the trigger
     * hangs on nor as a place phrase elsewhere in the sentence.
     */
    static boolean toldWithTrigger(Graph g, Location location, int trigger, List<PlaceMention> places) {
        for (PlaceMention pm : places) {
            if (tells(g, pm, location, places) && attached(g, pm, trigger, -1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place mention is where the location came from: itself, or the town written before a division. */
    private static boolean tells(Graph g, PlaceMention pm, Location location, List<PlaceMention> places) {
        PlaceMention town = townOfDivision(g, pm, places);
        return asLocation(pm).equals(location) || town != null && asLocation(town).equals(location);
    }

    /**
     * Whether the place lies in a clause joined to the head ("and ...", a parataxis) that has a subject of its own:
     * that clause tells of another act, whose place it is.
     */
    private static boolean inJoinedClauseOfItsOwn(Graph g, PlaceMention pm, int head) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(pm.lastToken()));
        while (!todo.isEmpty() && seen.size() < 24) {
            int x = todo.poll();
            if (x == head || !seen.add(x)) {
                continue;
            }
            for (Dependency d : g.parents(x)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.baseRelation();
                if (r.equals("conj") || r.equals("parataxis")) {
                    List<Integer> own = new java.util.ArrayList<>(g.dependents(x, "nsubj", "nsubj:pass"));
                    own.removeAll(g.dependents(d.governor(), "nsubj", "nsubj:pass")); // a shared subject: one actor
                    if (!own.isEmpty() && !g.dominates(x, head, 8)) {
                        return true;
                    }
                }
                todo.add(d.governor());
            }
        }
        return false;
    }

    /** Nouns and verbs of going somewhere, whose "to" phrase is where the speaker went: "during a visit to Warsaw". */
    private static final Set<String> JOURNEYS = Set.of("visit", "trip", "journey", "tour", "travel", "flight",
            "arrival", "return", "go", "come", "fly", "arrive", "head", "move", "deploy", "send");

    /** Whether the place's "to" phrase hangs on a word of going there. */
    private static boolean toAJourney(Graph g, PlaceMention pm) {
        for (int t = pm.firstToken(); t <= pm.lastToken(); t++) {
            for (Dependency d : g.parents(t)) {
                if (d.governor() >= 0 && !pm.covers(d.governor())
                        && JOURNEYS.contains(g.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should", "whether");

    /**
     * Whether a place lies in a conditional clause ("if the talks in Oman fail", "unless troops leave Goma") that
     * does not hold the trigger (with no trigger, -1: in any conditional clause, so it is no setting of the sentence).
     */
    private static boolean inCondition(Graph g, PlaceMention pm, int trigger, int governorVerb) {
        int current = pm.lastToken();
        for (int steps = 0; steps < 8; steps++) {
            List<Dependency> ps = g.parents(current);
            if (ps.isEmpty() || ps.get(0).governor() < 0) {
                return false;
            }
            current = ps.get(0).governor();
            if (current == trigger || current == governorVerb) {
                return false;
            }
            if (g.token(current).isVerb() && g.dependents(current, "mark").stream()
                    .anyMatch(m -> CONDITIONS.contains(g.lower(m)))) {
                return trigger < 0 || !g.dominates(current, trigger, 6);
            }
        }
        return false;
    }

    /** Nouns of a part of a town or country: "the centre of Kherson", "the outskirts of Mosul". */
    private static final Set<String> PLACE_PARTS = Set.of("centre", "center", "outskirts", "outskirt", "suburbs",
            "suburb", "edge", "heart", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "downtown", "streets", "district", "districts", "part", "parts", "area", "areas");

    /**
     * A place named as the "of" of a part noun that the trigger takes as its object or locative: "shelled the centre
     * of Kherson", "flew police officers to the outskirts of Mosul".
     */
    private static boolean partOfPlace(Graph g, PlaceMention pm, int head) {
        if (head < 0) {
            return false;
        }
        for (Dependency d : g.children(head)) {
            if (!(d.relation().equals("obj") || d.baseRelation().equals("obl") && PLACE_RELATIONS.contains(d.subtype()))
                    || !PLACE_PARTS.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency of : g.children(d.dependent())) {
                if (of.relation().equals("nmod:of") && pm.covers(of.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Talks between Serbia and Kosovo", "clashes between Armenia and Azerbaijan": countries after "between" are the
     * parties, not where it happened.
     */
    private static boolean partiesBetween(PlaceMention pm, String preposition) {
        return "between".equals(preposition) && pm.place().kind() == org.sitrep.model.Place.PlaceKind.COUNTRY;
    }

    /**
     * "near Juliaca in Puno region", "Molo, Nakuru county": a division chosen for an event is only where the town
     * written right before it lies, so the town is the more precise place. Returns that town, or null.
     */
    private static PlaceMention townOfDivision(Graph g, PlaceMention division, List<PlaceMention> places) {
        if (g == null || division.place().kind() != org.sitrep.model.Place.PlaceKind.ADMIN1) {
            return null;
        }
        for (PlaceMention pm : places) {
            int gap = pm.lastToken() + 1;
            if (pm.place().kind() == org.sitrep.model.Place.PlaceKind.CITY && gap + 1 == division.firstToken()
                    && Set.of("in", ",").contains(g.lower(gap)) && within(asLocation(pm), asLocation(division))) {
                return pm;
            }
        }
        return null;
    }

    /**
     * A place that only sets the background of a noun ("its war in Ukraine", "the situation in Gaza"): no place of
     * the event unless the trigger governs it.
     */
    private static boolean background(Graph g, PlaceMention pm) {
        for (int t = pm.firstToken(); t <= pm.lastToken(); t++) {
            for (Dependency d : g.parents(t)) {
                if (d.governor() >= 0 && !pm.covers(d.governor()) && d.baseRelation().equals("nmod")
                        && BACKGROUND_NOUNS.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of a lasting state of affairs, not of one event: "the war in Ukraine", "the crisis in Sudan". */
    private static final Set<String> BACKGROUND_NOUNS = Set.of("war", "conflict", "situation", "crisis", "invasion",
            "occupation", "presence", "policy", "operations", "campaign", "role", "interests", "involvement",
            "ceasefire", "truce", "peace");

    /**
     * A place that tells where the subject of another verb is: "China's embassy in Manila said ...", "officials in
     * Brussels said ...": where the speaker sits, not where the event told happened.
     */
    private static boolean ofAnotherSubject(Graph g, PlaceMention pm, int trigger, int governorVerb) {
        int next = pm.lastToken() + 1;
        if (next < g.sentence.size() && next != trigger && g.token(next).tag().matches("VBD|VBZ|VBP")
                && REPORTING.contains(g.lemma(next).toLowerCase(Locale.ROOT))) {
            return true; // "..., the ministry in Oslo said": however the parser attached it
        }
        return verbsOfItsNoun(g, pm).stream().anyMatch(v -> v != trigger && v != governorVerb
                && !g.dominates(trigger, v, 4));
    }

    /** The verbs whose subject is the noun a place phrase hangs on ("officials in Brussels said": said). */
    private static List<Integer> verbsOfItsNoun(Graph g, PlaceMention pm) {
        List<Integer> out = new java.util.ArrayList<>(1);
        for (Dependency d : g.parents(pm.lastToken())) {
            int noun = d.governor();
            if (noun < 0 || !d.baseRelation().equals("nmod") || pm.covers(noun)) {
                continue;
            }
            for (Dependency up : g.parents(noun)) {
                if (up.relation().startsWith("nsubj") && up.governor() >= 0) {
                    out.add(up.governor());
                }
            }
        }
        return out;
    }

    static Location asLocation(PlaceMention best) {
        String words = best.preposition() == null ? best.text() : best.preposition() + " " + best.text();
        var place = best.place();
        String admin1 = place.kind() == org.sitrep.model.Place.PlaceKind.ADMIN1 ? place.name() : place.admin1();
        // a sea or a region is no division: its precision is "region", and "country" is null when it has none
        return new Location(words, place.name(), place.country(), admin1,
                coordinate(place.lat()), coordinate(place.lon()), place.kind().name().toLowerCase(Locale.ROOT));
    }

    /**
     * Where a sentence is set: its first place below the country level after "in", "near", "at" or "through" (a
     * march through a city), not where a speaker is ("China's embassy in Manila said ...").
     */
    static Optional<Location> storyPlace(Graph g, List<PlaceMention> places) {
        for (PlaceMention pm : places) {
            if (pm.preposition() != null && Set.of("in", "near", "at", "through").contains(pm.preposition())
                    && pm.place().kind() != org.sitrep.model.Place.PlaceKind.COUNTRY && !ofSpeaker(g, pm)
                    && !(g != null && inCondition(g, pm, -1, -1))) {
                return Optional.of(asLocation(pm));
            }
        }
        return Optional.empty();
    }

    /** Whether the trigger (or its verb) takes the place as a locative complement: "delivered ... to Ukraine". */
    private static boolean governedPlace(Graph g, PlaceMention pm, int trigger, int governorVerb) {
        for (int head : new int[] {trigger, governorVerb}) {
            if (head < 0) {
                continue;
            }
            for (Dependency d : g.children(head)) {
                if (pm.covers(d.dependent()) && d.baseRelation().equals("obl") && PLACE_RELATIONS.contains(d.subtype())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words of visiting, whose object or "to" phrase is the country the visit took place in; nouns of a journey one
     * is "on" while doing something else ("on a visit to Ireland, said").
     */
    static final Set<String> VISITS = Set.of("visit", "tour", "trip");

    /** Whether the place is what the trigger visits: "visited Ireland", "on a visit to Ireland", "a tour of Japan". */
    private static boolean visited(Graph g, PlaceMention pm, int trigger) {
        if (trigger < 0 || !VISITS.contains(g.lemma(trigger).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Dependency d : g.children(trigger)) {
            if (pm.covers(d.dependent()) && (d.relation().equals("obj")
                    || d.baseRelation().equals("nmod") && Set.of("to", "of").contains(d.subtype()))) {
                return true;
            }
        }
        return false;
    }

    /** A place of the subject of a reporting verb: "officials in Brussels said". */
    private static boolean ofSpeaker(Graph g, PlaceMention pm) {
        return g != null && verbsOfItsNoun(g, pm).stream()
                .anyMatch(v -> REPORTING.contains(g.lemma(v).toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "report", "state", "add",
            "claim", "confirm", "deny", "write", "post");

    static Location datelineLocation(org.sitrep.model.Place dateline) {
        // a local dateline whose town the gazetteer lacks gives its state ("COBB COUNTY, Ga. -")
        boolean division = dateline.kind() == org.sitrep.model.Place.PlaceKind.ADMIN1;
        return new Location("dateline", dateline.name(), dateline.country(), division ? dateline.name()
                : dateline.admin1(), coordinate(dateline.lat()), coordinate(dateline.lon()), division ? "admin1" : "city");
    }

    /**
     * A place inside a province told as that province: "in Helmand province" and "in Lashkar Gah district". A village
     * known only from the text ("the village of Maku", no division, no coordinates) may lie in any province of its
     * country.
     */
    static boolean within(Location inner, Location province) {
        if (!"admin1".equals(province.precision()) || !Objects.equals(inner.country(), province.country())) {
            return false;
        }
        return inner.admin1() != null ? inner.admin1().equals(province.admin1())
                : "city".equals(inner.precision()) && inner.lat() == null;
    }

    static Location textual(Location l) {
        return l == null || "dateline".equals(l.text()) ? null : l;
    }


    private Locations() {
    }
}
