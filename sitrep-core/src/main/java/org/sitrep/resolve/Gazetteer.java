package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.Place;
import org.sitrep.model.Place.PlaceKind;

/**
 * Place names with coordinates: countries, first-level divisions and cities (GeoNames data, CC BY 4.0, built by
 * {@code scripts/gazetteer/build.mjs}). Lookup is by case- and accent-insensitive name; {@link #choose} picks
 * among same-named places using the countries an article is about.
 */
public final class Gazetteer {
    private static final String RESOURCE = "gazetteer/places.tsv.gz";
    private final Map<String, List<Place>> byName;
    private final Map<String, Place> countries;
    private final Map<String, Place> features = new HashMap<>();

    Gazetteer(Map<String, List<Place>> byName, Map<String, Place> countries) {
        this.byName = byName;
        this.countries = countries;
    }

    /** The gazetteer shipped with Sitrep. */
    public static Gazetteer defaults() {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing built-in gazetteer " + RESOURCE);
            }
            Gazetteer g = read(new GZIPInputStream(raw));
            try (InputStream spellings = Gazetteer.class.getResourceAsStream(SPELLINGS)) {
                if (spellings != null) {
                    g.addSpellings(spellings);
                }
            }
            try (InputStream districts = Gazetteer.class.getResourceAsStream(DISTRICTS)) {
                if (districts != null) {
                    g.addDistricts(districts);
                }
            }
            try (InputStream features = Gazetteer.class.getResourceAsStream(FEATURES)) {
                if (features != null) {
                    g.addFeatures(features);
                }
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in gazetteer", e);
        }
    }

    private static final String SPELLINGS = "gazetteer/spellings.tsv";
    private static final String DISTRICTS = "gazetteer/districts.tsv";
    private static final String FEATURES = "gazetteer/features.tsv";

    /**
     * Seas, straits, disputed shoals and regions that are no division: lines "name TAB spellings (; separated, or -)
     * TAB ISO3 or - TAB latitude TAB longitude", # comments. They are kept apart from the other places (see
     * {@link #feature}): their names are read only as written whole ("the Gulf of Aden", never "Aden").
     */
    void addFeatures(InputStream in) throws IOException {
        forEachRow(in, f -> {
            if (f.length < 5) {
                return;
            }
            Place place = new Place(f[0].strip(), f[2].strip().equals("-") ? null : f[2].strip(), null,
                    Double.parseDouble(f[3].strip()), Double.parseDouble(f[4].strip()), PlaceKind.REGION, 0);
            features.put(key(place.name()), place);
            if (!f[1].strip().equals("-")) {
                for (String alt : f[1].split(";")) {
                    if (!key(alt).isEmpty()) {
                        features.put(key(alt), place);
                    }
                }
            }
        });
    }

    /** The sea, strait or region written with exactly these words ("the Red Sea", "Strait of Hormuz"), if any. */
    public Optional<Place> feature(String words) {
        return Optional.ofNullable(features.get(key(words)));
    }

    /**
     * Districts inside known first-level divisions: lines "ISO3 TAB division's gazetteer name TAB name; spelling",
     * # comments. A district becomes a place of city precision with its division as admin1 and the division's
     * coordinates, with no population: it is chosen only when the text names it with its unit ("Sangin district").
     */
    void addDistricts(InputStream in) throws IOException {
        forEachRow(in, f -> {
            Place division = lookup(f[1]).stream()
                    .filter(p -> p.kind() == PlaceKind.ADMIN1 && p.country().equals(f[0])).findFirst().orElse(null);
            if (division == null) {
                return;
            }
            String[] names = f[2].split(";");
            Place district = new Place(names[0].strip(), f[0], division.name(), division.lat(), division.lon(),
                    PlaceKind.CITY, 0);
            for (String name : names) {
                index(byName, name, district);
            }
        });
    }

    /** The rows of a table written by the team: tab-separated, at least three fields; blank and # lines skipped. */
    private static void forEachRow(InputStream in, java.util.function.Consumer<String[]> row) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 3) {
                row.accept(f);
            }
        }
    }

    /**
     * Other spellings of known places: lines "ISO3 TAB name TAB spelling; spelling", # comments. A spelling written
     * "=Name" is also the name the place is printed with from then on.
     */
    void addSpellings(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        forEachRow(in, rows::add);
        List<List<Place>> matched = new ArrayList<>(rows.size());
        Map<Place, Place> renamed = new HashMap<>();
        for (String[] f : rows) {
            List<Place> places = lookup(f[1]).stream()
                    .filter(p -> p.country().equals(f[0]) && key(p.name()).equals(key(f[1]))).toList();
            matched.add(places);
            for (String alt : f[2].split(";")) {
                if (alt.strip().startsWith("=")) { // the name news prints: "New York", not "New York City"
                    String name = alt.strip().substring(1).strip();
                    places.forEach(p -> renamed.put(p, new Place(name, p.country(), p.admin1(), p.lat(), p.lon(),
                            p.kind(), p.population())));
                }
            }
        }
        if (!renamed.isEmpty()) { // one pass over the index for all renamed places
            byName.values().forEach(list -> list.replaceAll(x -> renamed.getOrDefault(x, x)));
            countries.replaceAll((k, v) -> renamed.getOrDefault(v, v));
        }
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Place p : matched.get(r)) {
                for (String alt : rows.get(r)[2].split(";")) {
                    String spelling = alt.strip();
                    String name = spelling.startsWith("=") ? spelling.substring(1) : spelling;
                    index(byName, name, renamed.getOrDefault(p, p));
                    touched.add(key(name));
                }
            }
        }
        // keep lookup's order (countries, divisions, then cities by population) where a spelling joined a name:
        // "Gaza" is the Gaza Strip before Gaza City
        touched.forEach(k -> {
            List<Place> list = byName.get(k);
            if (list != null) {
                list.sort(BY_KIND_THEN_POPULATION);
            }
        });
    }

    private static final Comparator<Place> BY_KIND_THEN_POPULATION = Comparator.comparingInt((Place p) -> p.kind().ordinal())
            .thenComparing(Comparator.comparingLong(Place::population).reversed());

    /** An empty gazetteer (no place is known), for tests that do not need places. */
    public static Gazetteer empty() {
        return new Gazetteer(Map.of(), Map.of());
    }

    /** Reads the TSV: kind, name, ascii_name, alt_names, country, admin1, lat, lon, population, feature. */
    static Gazetteer read(InputStream in) throws IOException {
        Map<String, List<Place>> byName = new HashMap<>();
        Map<String, Place> countries = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 10) {
                    continue;
                }
                PlaceKind kind = switch (f[0]) {
                    case "country" -> PlaceKind.COUNTRY;
                    case "admin1" -> PlaceKind.ADMIN1;
                    default -> PlaceKind.CITY;
                };
                // the ASCII form is the name English-language news prints ("Rafah", not "Rafa\u1e29")
                String name = f[2].isBlank() ? f[1] : f[2];
                long population = f[8].isEmpty() ? 0 : Long.parseLong(f[8]);
                if (kind == PlaceKind.CITY && population < SEAT_POPULATION && f[9].startsWith("PPLA")) {
                    population = SEAT_POPULATION; // the seat of a division is a town, though its count is missing
                }
                Place place = new Place(name, f[4], kind == PlaceKind.CITY && !f[5].isEmpty() ? f[5] : null,
                        parse(f[6]), parse(f[7]), kind, population);
                if (kind == PlaceKind.ADMIN1) {
                    place = new Place(name, f[4], null, place.lat(), place.lon(), kind, place.population());
                }
                if (kind == PlaceKind.COUNTRY) {
                    countries.put(f[4], place);
                }
                index(byName, f[1], place);
                index(byName, f[2], place);
                for (String alt : f[3].split(";")) {
                    index(byName, alt, place);
                }
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingInt((Place p) -> p.kind().ordinal())
                .thenComparing(Comparator.comparingLong(Place::population).reversed())));
        return new Gazetteer(byName, countries);
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static void index(Map<String, List<Place>> byName, String name, Place place) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    /** Lower case, accents removed, apostrophes dropped, spaces collapsed, a leading "the" dropped. */
    static String key(String name) {
        String ascii = asciiKey(name);
        if (ascii != null) {
            return ascii;
        }
        // the patterns compiled once: the resolver asks for the key of every capitalised phrase of every sentence
        String n = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        n = SPACES.matcher(APOSTROPHES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /**
     * {@link #key} of a name written in printable ASCII only, the usual case, in one pass (the same result: such a
     * name has no accents, its only space is the blank, and its runs of blanks and hyphens become one blank or,
     * at either end, nothing); null for any other name.
     */
    private static String asciiKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            if (c == '\'' || c == '`') {
                continue;
            }
            if (c == ' ' || c == '-') {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) {
                b.append(' ');
            }
            gap = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        String n = b.toString();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2019`]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s-]+");

    /** Every place with this name, countries first, then divisions, then cities by population. */
    public List<Place> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * The most plausible place of this name: one in a country the article is about (first of
     * {@code contextCountries}, in order of preference), else a country or division, else the most populous city.
     */
    public Optional<Place> choose(String name, Collection<String> contextCountries, PlaceKind wanted) {
        List<Place> candidates = lookup(name);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (wanted != null) {
            List<Place> ofKind = candidates.stream().filter(p -> p.kind() == wanted).toList();
            if (!ofKind.isEmpty()) {
                candidates = ofKind;
            }
        }
        for (String country : contextCountries) {
            for (Place p : candidates) {
                // a small place counts when the text names its unit ("in Sangin district"): no common word then
                if (p.country().equals(country) && (p.kind() != PlaceKind.CITY || p.population() >= 1000
                        || wanted != null)) {
                    return Optional.of(worldCityOfContext(p, candidates, contextCountries).orElse(p));
                }
            }
        }
        // Outside the article's countries only unambiguous evidence counts: a country, a division asked for by
        // name ("... province"), or a large city.
        for (Place p : candidates) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 && wanted == PlaceKind.ADMIN1) {
                return Optional.of(p);
            }
        }
        return candidates.stream().filter(p -> p.kind() == PlaceKind.CITY && p.population() >= MIN_STRANGER_POPULATION)
                .max(Comparator.comparingLong(Place::population));
    }

    /** How many times larger a city of the article's other countries must be to win over a town of a first one. */
    static final int WORLD_CITY_FACTOR = 8;

    /**
     * A large city of the same name in another of the article's countries, when the town chosen is small: "talks in
     * Geneva" in a story that names the United States first and calls Geneva "the Swiss city" later is Switzerland's
     * Geneva (184,000), not Geneva, Illinois (22,000); the town stays when no other country of the article has such a
     * city ("Paris" in a Texan story that names no France).
     */
    private static Optional<Place> worldCityOfContext(Place chosen, List<Place> candidates,
                                                      Collection<String> contextCountries) {
        if (chosen.kind() != PlaceKind.CITY || chosen.population() >= MIN_STRANGER_POPULATION) {
            return Optional.empty();
        }
        return candidates.stream().filter(p -> p.kind() == PlaceKind.CITY && p != chosen
                        && !p.country().equals(chosen.country()) && contextCountries.contains(p.country())
                        && p.population() >= MIN_STRANGER_POPULATION
                        && p.population() >= WORLD_CITY_FACTOR * Math.max(1, chosen.population()))
                .max(Comparator.comparingLong(Place::population));
    }

    /**
     * Among same-named places in the article's countries, the one inside {@code admin1} if there is one: "Arghandab
     * district, Zabul province" is Zabul's Arghandab, not Kandahar's.
     */
    public Optional<Place> within(String name, String country, String admin1) {
        return lookup(name).stream().filter(p -> p.kind() == PlaceKind.CITY && p.country().equals(country)
                && admin1.equals(p.admin1())).findFirst();
    }

    /**
     * The population given to the seat of a division (feature PPLA, PPLA2, ...) whose count the gazetteer lacks
     * ("Al Qamishli", seat of its district): enough to be named in an article about its country.
     */
    static final long SEAT_POPULATION = 1000;

    /** A city outside the article's countries is taken only when it is at least this large. */
    static final long MIN_STRANGER_POPULATION = 100_000;
}
