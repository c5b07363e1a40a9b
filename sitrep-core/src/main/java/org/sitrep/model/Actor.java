package org.sitrep.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A canonical actor as coded on the article's date.
 *
 * @param code     country or organisation code plus sector ("RUSGOV", "IGOUNO", "UKR"); a sector alone ("CVL")
 *                 when the country is unknown
 * @param name     canonical name ("Volodymyr Zelensky", "Ukraine", "Ukrainian government")
 * @param country  the ISO 3166-1 alpha-3 code or the organisation prefix (IGO, NGO, IMG), or null when unknown
 * @param sector   the sector code ("GOV", "MIL", "CVL"), or null when only the country is known
 * @param kind     what sort of actor the dictionary says it is
 * @param wikidata Wikidata item id ("Q212") when known, else null
 */
public record Actor(String code, String name, String country, String sector, ActorKind kind, String wikidata) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("actor code must be 3-letter blocks, got '" + code + "'");
        }
    }

    /** What sort of thing an actor is. */
    public enum ActorKind { COUNTRY, ORGANISATION, GROUP, PERSON, SEAT, SECTOR, CAPITAL, COMPOSED }
}
