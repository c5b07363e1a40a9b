package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Actor;

/**
 * One entry of an actor dictionary, as written.
 *
 * @param name       canonical name
 * @param type       country, organisation, group, person, seat or sector
 * @param code       base code (null for persons)
 * @param names      proper names
 * @param adjectives demonyms and adjectives
 * @param nouns      sector nouns (lemmas)
 * @param metonyms   name to code, in file order
 * @param roles      dated roles of a person
 * @param weak       a generic sector noun that a modifier's sector overrides
 * @param wikidata   Wikidata id, or null
 * @param where      file and line of the entry, for messages
 * @param parts      the codes of the several actors the entry names at once (a PETRARCH {@code [FRO/BIL/SAM]}:
 *                   "the Shire" is three actors), whose concatenation is {@code code}; empty for one actor
 */
public record ActorEntry(String name, Type type, String code, List<String> names, List<String> adjectives,
                         List<String> nouns, Map<String, String> metonyms, List<Role> roles, boolean weak,
                         String wikidata, String where, List<String> parts) {
    /** An entry naming one actor. */
    public ActorEntry(String name, Type type, String code, List<String> names, List<String> adjectives,
                      List<String> nouns, Map<String, String> metonyms, List<Role> roles, boolean weak,
                      String wikidata, String where) {
        this(name, type, code, names, adjectives, nouns, metonyms, roles, weak, wikidata, where, List.of());
    }

    public ActorEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        parts = List.copyOf(parts);
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        nouns = List.copyOf(nouns);
        metonyms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metonyms));
        roles = List.copyOf(roles);
    }

    /** Entry types of the dictionary format. */
    public enum Type { COUNTRY, ORGANISATION, GROUP, PERSON, SEAT, SECTOR }

    /**
     * The code this entry carries on {@code day}: for a person the role valid then (the latest started if
     * several), else ISO3 + ELI after all roles ended; empty when the person held no role yet. Entries of other
     * types carry the code of a dated role covering the day, else their own code. A null day takes the most
     * recently started role of a person, and a body's own code.
     */
    public Optional<String> codeOn(LocalDate day) {
        if (type != Type.PERSON) {
            if (roles.isEmpty() || day == null) {
                return Optional.ofNullable(code);
            }
            // a body whose standing changed: "Taliban" is AFGREB, but AFGGOV while it governs
            return roles.stream().filter(r -> r.covers(day))
                    .max(Comparator.comparing(r -> r.start() == null ? LocalDate.MIN : r.start()))
                    .map(Role::code).or(() -> Optional.ofNullable(code));
        }
        if (roles.isEmpty()) {
            return Optional.ofNullable(code);
        }
        Comparator<Role> byStart = Comparator.comparing(r -> r.start() == null ? LocalDate.MIN : r.start());
        if (day == null) {
            return roles.stream().max(byStart).map(Role::code);
        }
        Optional<Role> current = roles.stream().filter(r -> r.covers(day)).max(byStart);
        if (current.isPresent()) {
            return current.map(Role::code);
        }
        Optional<Role> last = roles.stream().filter(r -> r.end() != null && r.end().isBefore(day))
                .max(Comparator.comparing(Role::end));
        return last.map(r -> r.code().substring(0, 3) + "ELI");
    }

    /**
     * The role a title in the text asserts ("President X", "General Y"): among this person's roles whose code has
     * {@code sector}, the one nearest {@code day} (covering it, else the fewest days away; the latest started when
     * the day is unknown). Empty when no role has that sector.
     */
    public Optional<Actor> actorTitled(String sector, LocalDate day) {
        if (type != Type.PERSON || sector == null) {
            return Optional.empty();
        }
        Comparator<Role> nearest = day == null
                ? Comparator.comparing((Role r) -> r.start() == null ? LocalDate.MIN : r.start()).reversed()
                : Comparator.comparingLong(r -> distance(r, day));
        return roles.stream().filter(r -> r.code().length() >= 6 && r.code().substring(3, 6).equals(sector))
                .min(nearest).map(r -> actor(r.code()));
    }

    /**
     * The person as a member of the international body a title names ("NATO Secretary-General X", "UN envoy Y"): the
     * person's role in that body ({@code bodyCode} or one of its organs) nearest {@code day}, else the body's own
     * code, since the text's title is the office held when the story was written.
     */
    public Actor actorOfBody(String bodyCode, LocalDate day) {
        Comparator<Role> nearest = day == null
                ? Comparator.comparing((Role r) -> r.start() == null ? LocalDate.MIN : r.start()).reversed()
                : Comparator.comparingLong(r -> distance(r, day));
        return roles.stream().filter(r -> r.code().startsWith(bodyCode)).min(nearest).map(r -> actor(r.code()))
                .orElseGet(() -> actor(bodyCode));
    }

    private static long distance(Role r, LocalDate day) {
        if (r.covers(day)) {
            return 0;
        }
        if (r.start() != null && day.isBefore(r.start())) {
            return java.time.temporal.ChronoUnit.DAYS.between(day, r.start());
        }
        return r.end() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(r.end(), day);
    }

    private Actor actor(String c) {
        return new Actor(c, name, c.length() >= 3 ? c.substring(0, 3) : null, c.length() >= 6 ? c.substring(3, 6) : null,
                kind(), wikidata);
    }

    /** The actor this entry names on {@code day}, if it has a code then. */
    public Optional<Actor> actorOn(LocalDate day) {
        return codeOn(day).map(c -> new Actor(c, name, c.length() >= 3 ? c.substring(0, 3) : null,
                c.length() >= 6 ? c.substring(3, 6) : null, kind(), wikidata));
    }

    Actor.ActorKind kind() {
        return switch (type) {
            case COUNTRY -> Actor.ActorKind.COUNTRY;
            case ORGANISATION -> Actor.ActorKind.ORGANISATION;
            case GROUP -> Actor.ActorKind.GROUP;
            case PERSON -> Actor.ActorKind.PERSON;
            case SEAT -> Actor.ActorKind.SEAT;
            case SECTOR -> Actor.ActorKind.SECTOR;
        };
    }
}
