package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Dependency;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.ActorDictionary.Hit;
import org.sitrep.resolve.ActorDictionary.Use;

/**
 * Resolves actors with Sitrep's dictionaries and places with the gazetteer.
 *
 * <p>Per sentence: dictionary phrases and unknown proper names are grouped into noun-phrase segments ("US envoy
 * Steve Witkoff", "Russian and Ukrainian officials", "Army Secretary Dan Driscoll"); each segment composes one
 * actor from its parts (a known person's dated role; else an organisation; else country + sector), and
 * coordinated adjectives share their head noun. Unknown people titled in one sentence ("Russian envoy Kirill
 * Dmitriev") are recognised later by name ("Dmitriev", "Mr Dmitriev"); "he"/"she" take the latest person.
 * Sector-only mentions ("officials from Washington and Kyiv") take the country of their {@code from}/{@code of}
 * modifier.
 */
public final class DictionaryActorResolver implements ActorResolver {
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr",
            "Dr.", "Sir", "Dame", "Lord", "Sheikh", "Prof", "Prof.");
    private static final Map<String, String> RANKS = Map.ofEntries(Map.entry("Gen", "MIL"), Map.entry("Gen.", "MIL"),
            Map.entry("Lt", "MIL"), Map.entry("Lt.", "MIL"), Map.entry("Col", "MIL"), Map.entry("Col.", "MIL"),
            Map.entry("Maj", "MIL"), Map.entry("Maj.", "MIL"), Map.entry("Adm", "MIL"), Map.entry("Adm.", "MIL"),
            Map.entry("Brig", "MIL"), Map.entry("Brig.", "MIL"), Map.entry("Sgt", "MIL"), Map.entry("Sgt.", "MIL"),
            Map.entry("Capt", "MIL"), Map.entry("Capt.", "MIL"), Map.entry("Cpl", "MIL"), Map.entry("Cpl.", "MIL"),
            Map.entry("Sen", "LEG"), Map.entry("Sen.", "LEG"), Map.entry("Rep", "LEG"), Map.entry("Rep.", "LEG"));
    private static final Set<String> MODIFIERS = Set.of("senior", "top", "former", "deputy", "special", "acting",
            "interim", "outgoing", "incoming", "then", "ex", "ousted", "deposed", "toppled", "overthrown", "vice",
            "first", "high-ranking", "high", "ranking",
            "local", "regional", "federal", "national", "chief", "head", "military", "foreign", "the", "of", "for",
            "'s", "\u2019s", "'", "-", "presidential", "veteran", "exiled", "jailed", "detained", "new", "armed",
            "unnamed", "anonymous", "two", "three", "several", "some", "many", "other", "both");
    private static final Set<String> COORDINATORS = Set.of("and", ",", "&", "or");
    private static final Set<String> NOT_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Read", "Share", "Photo", "Video", "Update", "Live",
            "Breaking", "Editor", "Note", "Mr", "Mrs", "Ms", "God", "Christmas", "Easter", "Ramadan", "Eid",
            "Reuters", "AP", "AFP", "Axios", "CNN", "BBC", "Bloomberg", "Politico", "TASS", "Interfax", "Xinhua");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across",
            "from", "to", "into", "toward", "towards", "around", "over", "throughout", "on", "inside", "through",
            "off", "within", "between", "along", "via");
    private static final Set<String> PLACE_SUFFIXES = Set.of("region", "province", "oblast", "city", "district",
            "governorate", "state", "county", "prefecture", "territory", "strip", "valley");
    /** The units of a US state: a name before them is a county's, not the state's. */
    private static final Set<String> COUNTY_UNITS = Set.of("county", "parish");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> IT = Set.of("it", "its");

    private final ActorDictionary dictionary;
    private final Gazetteer gazetteer;

    public DictionaryActorResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        Set<String> weak = new java.util.HashSet<>();
        for (ActorEntry e : dictionary.entries()) {
            if (e.type() == ActorEntry.Type.SECTOR && e.weak()) {
                e.nouns().forEach(n -> weak.add(n.toLowerCase(Locale.ROOT)));
            }
        }
        this.weakNouns = Set.copyOf(weak);
        this.forms = formsOfState(dictionary);
    }

    /** Nouns for a form of state, which fit only the countries of that form: "the kingdom", "the emirate". */
    private static final Set<String> FORM_NOUNS = Set.of("kingdom", "emirate", "sultanate", "principality");

    /**
     * The monarchies' forms of state, from the dictionary: a country's long name ("Kingdom of Morocco", "United Arab
     * Emirates", "Sultanate of Oman") or the title of a head of state with a dated role ("Emir of Qatar", "King of
     * Jordan", "Sultan of Oman"). A country with neither has no known form.
     */
    private static Map<String, Set<String>> formsOfState(ActorDictionary dictionary) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ActorEntry e : dictionary.entries()) {
            if (e.type() == ActorEntry.Type.COUNTRY && e.code() != null && e.code().length() == 3) {
                for (String name : e.names()) {
                    for (String w : name.toLowerCase(Locale.ROOT).split("[ -]")) {
                        String form = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                        if (FORM_NOUNS.contains(form)) {
                            out.computeIfAbsent(e.code(), k -> new java.util.HashSet<>()).add(form);
                        }
                    }
                }
            } else if (e.type() == ActorEntry.Type.PERSON) {
                for (Role r : e.roles()) {
                    String title = r.title().toLowerCase(Locale.ROOT);
                    String form = title.startsWith("king of ") || title.startsWith("queen of ") ? "kingdom"
                            : title.startsWith("emir of ") || title.startsWith("amir of ") ? "emirate"
                            : title.startsWith("sultan of ") ? "sultanate"
                            : title.startsWith("prince of ") ? "principality" : null;
                    if (form != null && r.code().length() == 6 && r.code().endsWith("GOV")) {
                        out.computeIfAbsent(r.code().substring(0, 3), k -> new java.util.HashSet<>()).add(form);
                    }
                }
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /** Country code to the forms of state it is known by ({@link #FORM_NOUNS}). */
    private final Map<String, Set<String>> forms;

    /** Generic sector nouns ("official", "member", "leader"), which say too little to take a sentence's country. */
    private final Set<String> weakNouns;

    /**
     * The dictionary phrases of a sentence that name parties (shared names chosen by {@code countryCounts}), without
     * idle weapons, language nouns, intelligence handed over, the patron of an ally and the occupier of a place.
     */
    private List<Hit> sentenceHits(Sentence s, Map<String, Integer> countryCounts) {
        List<Hit> h = new ArrayList<>(dictionary.match(s, countryCounts));
        h.removeIf(hit -> isIdleWeapon(s, hit) || namesALanguage(s, hit) || intelligenceGiven(s, hit));
        List<Hit> sectorHits = h.stream().filter(x -> x.use() == Use.SECTOR).toList();
        h.removeIf(hit -> patronOfAlly(s, hit, sectorHits) || occupierOfPlace(s, hit, sectorHits));
        return h;
    }

    @Override
    public ResolvedArticle resolve(AnnotatedArticle article) {
        LocalDate date = article.article().published();
        String text = article.text();
        Map<String, Actor> people = new HashMap<>();
        List<List<Hit>> hits = new ArrayList<>();
        Map<String, Integer> countryCounts = new LinkedHashMap<>();
        Map<String, Integer> personCounts = new LinkedHashMap<>();
        for (Sentence s : article.sentences()) {
            List<Hit> h = sentenceHits(s, Map.of());
            hits.add(h);
            for (Hit hit : h) {
                if (hit.entry().type() == ActorEntry.Type.PERSON) {
                    hit.entry().codeOn(date).filter(c -> c.length() >= 3)
                            .ifPresent(c -> personCounts.merge(c.substring(0, 3), 1, Integer::sum));
                } else if (hit.entry().type() != ActorEntry.Type.SECTOR && hit.code() != null
                        && hit.code().length() >= 3 && !hit.shared()) {
                    countryCounts.merge(hit.code().substring(0, 3), 1, Integer::sum);
                }
            }
        }
        for (Sentence s : article.sentences()) {
            if (hits.get(s.index()).stream().anyMatch(Hit::shared)) {
                // a name several countries' bodies bear ("the Labour Party"): the one of the country the article names
                hits.set(s.index(), sentenceHits(s, countryCounts));
            }
        }
        // countries, organisations and places decide; people only when nothing else names a country
        String dominant = countryCounts.isEmpty() ? dominantCountry(personCounts) : dominantCountry(countryCounts);
        List<String> contextCountries = countryCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        Place dateline = datelinePlace(article, contextCountries);
        if (dateline == null && (dominant == null || dominant.equals("USA"))) {
            dateline = namedState(text);
        }
        if (dominant == null && dateline != null && dateline.country() != null
                && countryCounts.keySet().stream().allMatch(DictionaryActorResolver::isInternational)) {
            // "KABUL, Afghanistan (March 2) - Coalition forces killed two insurgents ...": when the story names
            // no country, the unnamed sides belong to its dateline's (hidden from the parser, so no mention counts it)
            dominant = dateline.country();
        }

        // no country leads by count ("Finland closed two crossings on its border with Russia"): the lead's subject,
        // when it is one of the countries named most, is the country of government officials named with none
        Set<String> tiedForLead = dominant == null ? mostNamed(countryCounts) : Set.of();
        boolean leadSeen = false;
        String lead = null;

        List<ActorMention> actors = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        Set<ActorMention> locatives = new java.util.HashSet<>();
        Set<ActorMention> subjects = new java.util.HashSet<>();
        Set<ActorMention> plurals = new java.util.HashSet<>();
        Set<ActorMention> speakers = new java.util.HashSet<>();
        Map<Actor, Set<String>> titles = new HashMap<>();
        Map<String, String> localBodies = new HashMap<>();
        List<ActorMention> measureMakers = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Piece> pieces = pieces(s, hits.get(s.index()));
            List<ActorMention> inSentence = new ArrayList<>();
            for (List<Piece> segment : segments(s, pieces)) {
                compose(s, text, segment, date, people, contextCountries).ifPresent(inSentence::add);
            }
            List<PlaceMention> sentencePlaces = places(s, text, hits.get(s.index()), pieces, contextCountries);
            distributeSharedHeads(s, text, pieces, date, inSentence);
            shareAcrossCoordination(s, inSentence);
            inSentence = completeSectorOnly(s, inSentence, sentencePlaces);
            readTitles(s, text, pieces, inSentence, sentencePlaces, people, date, titles);
            addAppositions(s, text, pieces, inSentence, people);
            absorbAppositions(s, inSentence, people);
            resolveDefiniteTitles(s, text, actors, inSentence, titles);
            resolvePairs(s, text, actors, inSentence, places, sentencePlaces);
            resolveDefiniteBodies(s, text, actors, inSentence);
            resolveTakenUpBodies(s, actors, inSentence);
            resolveNamedBodyNouns(s, text, actors, inSentence);
            resolveTakenUpOutlets(s, text, actors, inSentence);
            resolveDefiniteCountry(s, text, actors, inSentence, places, sentencePlaces);
            for (ActorMention m : inSentence) {
                if (isSubject(s, m, inSentence)) {
                    subjects.add(m);
                    if (isSpeaker(s, m)) {
                        speakers.add(m);
                    }
                }
                if (isPlural(s, m) || m.actors().size() > 1) {
                    plurals.add(m);
                }
            }
            if (!leadSeen && !tiedForLead.isEmpty() && s.isParsed()) {
                for (ActorMention m : inSentence) {
                    if (subjects.contains(m)) {
                        leadSeen = true;
                        String c = m.actors().size() == 1 ? m.actors().get(0).country() : null;
                        if (c != null && tiedForLead.contains(c)) {
                            lead = c;
                        }
                        break;
                    }
                }
            }
            addPronouns(s, text, actors, inSentence, subjects, plurals, speakers);
            resolveTakenUpMeasures(s, text, inSentence, measureMakers);
            places.addAll(sentencePlaces);
            String setting = null; // the latest place phrase's country, here or before: where the story is set
            for (int i = places.size() - 1; i >= 0 && setting == null; i--) {
                if (places.get(i).preposition() != null && SETTING_PREPOSITIONS.contains(places.get(i).preposition())) {
                    setting = places.get(i).place().country();
                }
            }
            // a diplomat's post is no party to give a country to the sentence's other people: merged before and after
            inSentence = withinOwnMention(s, text, inSentence);
            for (ActorMention m : inSentence) {
                // a police force or court named after its place ("Thames Valley Police") is the story's own
                if (m.via().equals("named-body") && m.actors().size() == 1 && m.actors().get(0).country() != null
                        && LOCAL_BODY_SECTORS.contains(m.actors().get(0).sector())) {
                    localBodies.put(m.actors().get(0).sector(), m.actors().get(0).country());
                }
            }
            List<ActorMention> completed = withinOwnMention(s, text, officersOfThePolice(s, withContextCountry(s,
                    inSentence, sentencePlaces, dominant, lead, setting, contextCountries, localBodies), actors));
            for (ActorMention m : completed) {
                // a titled stranger whose country came from the context is known by name with it
                if ((isPerson(m) || m.actors().size() == 1 && m.actors().get(0).kind() == Actor.ActorKind.ORGANISATION)
                        && m.actors().get(0).country() != null) {
                    Actor a = m.actors().get(0);
                    people.replaceAll((k, v) -> v.country() == null && v.name().equals(a.name())
                            && Objects.equals(v.sector(), a.sector()) ? a : v);
                }
            }
            identifiedAs(s, completed);
            actors.addAll(completed);
            for (ActorMention m : completed) {
                if (makesMeasure(s, m)) {
                    measureMakers.add(m);
                }
            }
            for (ActorMention m : completed) {
                if (isLocative(s, m, hits.get(s.index()))) {
                    locatives.add(m);
                }
            }
        }
        List<ActorMention> parties = actors.stream().filter(m -> !locatives.contains(m)).toList();
        places = citiesOfNamedStates(article, places, dateline);
        if (date != null) {
            parties = parties.stream().map(m -> asOf(m, date)).toList();
            places = places.stream().map(p -> asOf(p, date)).toList();
            dateline = dateline == null ? null : asOf(dateline, date);
            return new ResolvedArticle(article, parties, places, dateline,
                    locatives.stream().map(m -> asOf(m, date)).toList());
        }
        return new ResolvedArticle(article, parties, places, dateline, List.copyOf(locatives));
    }

    /** A state that seceded, the state it left and the day of its independence. */
    private record Secession(String predecessor, LocalDate independence) { }

    /**
     * States that seceded from another: before independence their places and seats were the other state's ("the
     * southern regional capital Juba" in a 1990s story is Sudan's, not South Sudan's).
     */
    private static final Map<String, Secession> SECESSIONS = Map.of(
            "SSD", new Secession("SDN", LocalDate.of(2011, 7, 9)),
            "ERI", new Secession("ETH", LocalDate.of(1993, 5, 24)));

    private static String countryOn(String country, LocalDate date) {
        Secession sec = country == null ? null : SECESSIONS.get(country);
        return sec != null && date.isBefore(sec.independence()) ? sec.predecessor() : country;
    }

    private static ActorMention asOf(ActorMention m, LocalDate date) {
        if (m.actors().stream().noneMatch(a -> !Objects.equals(a.country(), countryOn(a.country(), date)))) {
            return m;
        }
        List<Actor> actors = new ArrayList<>();
        for (Actor a : m.actors()) {
            String c = countryOn(a.country(), date);
            actors.add(Objects.equals(c, a.country()) ? a : new Actor(c + a.code().substring(3), a.name(), c,
                    a.sector(), a.kind(), a.wikidata()));
        }
        return new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(), m.text(),
                actors, m.via());
    }

    private static Place asOf(Place p, LocalDate date) {
        String c = countryOn(p.country(), date);
        return Objects.equals(c, p.country()) ? p
                : new Place(p.name(), c, p.admin1(), p.lat(), p.lon(), p.kind(), p.population());
    }

    private static PlaceMention asOf(PlaceMention p, LocalDate date) {
        Place place = asOf(p.place(), date);
        return place == p.place() ? p : new PlaceMention(p.sentence(), p.firstToken(), p.lastToken(), p.start(),
                p.end(), p.text(), place, p.preposition());
    }

    /** Prepositions of a place where something happens or someone is: "in Kabul", "outside the Kremlin". */
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across",
            "around", "throughout", "within");

    /**
     * A capital or seat of power named only as the place where something happens ("clashes in Tripoli", "arrived in
     * Beijing", "in Buenos Aires province"): a place, no actor of the article. Standing where an actor stands it
     * stays one ("Ankara said", "talks with Moscow", "strikes on Kyiv", "mediate between Riyadh and Doha").
     */
    private static boolean isLocative(Sentence s, ActorMention m, List<Hit> hits) {
        Actor.ActorKind kind = m.actors().size() == 1 ? m.actors().get(0).kind() : null;
        if (kind != Actor.ActorKind.SEAT && kind != Actor.ActorKind.COUNTRY || isSubject(s, m)) {
            return false;
        }
        int first = m.firstToken();
        if (s.token(first).word().equalsIgnoreCase("the") && first < m.lastToken()) {
            first++;
        }
        final int from = first;
        int next = m.lastToken() + 1;
        // a country too: "fighting in Sudan", "a shopkeeper in the Libyan capital" (its adjective before a place noun)
        boolean seatOnly = hits.stream().anyMatch(h -> h.first() == from && h.last() == m.lastToken()
                && (h.use() == Use.METONYM || h.entry().type() == ActorEntry.Type.SEAT
                || h.entry().type() == ActorEntry.Type.COUNTRY && (h.use() == Use.NAME && !isPossessive(s, h.last())
                || h.use() == Use.ADJECTIVE && next < s.size()
                && PLACE_NOUNS.contains(s.token(next).lemma().toLowerCase(Locale.ROOT)))));
        if (!seatOnly || modifierOnly(s, from, m.lastToken())) {
            return false;
        }
        String prep = prepositionBefore(s, from);
        return prep != null && LOCATIVE_PREPOSITIONS.contains(prep);
    }

    /** The US states by their AP-style abbreviations, as datelines and "Salina, Kan." write them. */
    static final Map<String, String> AP_STATES = Map.ofEntries(Map.entry("Ala", "Alabama"),
            Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"), Map.entry("Calif", "California"),
            Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"), Map.entry("Del", "Delaware"),
            Map.entry("Fla", "Florida"), Map.entry("Ga", "Georgia"), Map.entry("Ill", "Illinois"),
            Map.entry("Ind", "Indiana"), Map.entry("Kan", "Kansas"), Map.entry("Kans", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("La", "Louisiana"), Map.entry("Md", "Maryland"),
            Map.entry("Mass", "Massachusetts"), Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"),
            Map.entry("Miss", "Mississippi"), Map.entry("Mo", "Missouri"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nev", "Nevada"), Map.entry("N.H", "New Hampshire"),
            Map.entry("N.J", "New Jersey"), Map.entry("N.M", "New Mexico"), Map.entry("N.Y", "New York"),
            Map.entry("N.C", "North Carolina"), Map.entry("N.D", "North Dakota"), Map.entry("Okla", "Oklahoma"),
            Map.entry("Ore", "Oregon"), Map.entry("Pa", "Pennsylvania"), Map.entry("R.I", "Rhode Island"),
            Map.entry("S.C", "South Carolina"), Map.entry("S.D", "South Dakota"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Tex", "Texas"), Map.entry("Va", "Virginia"), Map.entry("Vt", "Vermont"),
            Map.entry("Wash", "Washington"), Map.entry("W.Va", "West Virginia"), Map.entry("Wis", "Wisconsin"),
            Map.entry("Wyo", "Wyoming"));

    private static final String AP_STATE = "(N\\.[HJMYCD]|[RS]\\.[ICD]|W\\.Va|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|"
            + "Ill|Ind|Kans?|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\\.";

    /**
     * A local news dateline: "BILLINGS, Mont. \u2014", "MINNEAPOLIS (WCCO) \u2013", "SALINA, Kan. (KSAL) -", a
     * city in capitals, maybe its state the AP way, maybe the station's call letters, then a dash.
     */
    private static final java.util.regex.Pattern LOCAL_DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([A-Z][A-Z.'\\- ]{2,30}?)(?:,\\s*(?:" + AP_STATE + "|([A-Z][a-z]+(?: [A-Z][a-z]+)?)))?\\s*"
                    + "(?:\\(\\s*[A-Z][A-Za-z0-9 .&\\-]{1,30}\\s*\\)\\s*)?[-\u2013\u2014]+\\s+(?=[A-Z\"\u201c])");

    /** The same in mixed case, where the state must be given: "Montclair, N.J. (WXYZ) -Police said ...". */
    private static final java.util.regex.Pattern MIXED_DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\\s*" + AP_STATE + "\\s*"
                    + "(?:\\(\\s*[A-Z][A-Za-z0-9 .&\\-]{1,30}\\s*\\)\\s*)?[-\u2013\u2014]+\\s*(?=[A-Z\"\u201c])");

    /** "Salina, Kan.", "in Roundup, Mont.": a city followed by its state the AP way. */
    private static final java.util.regex.Pattern CITY_AP_STATE = java.util.regex.Pattern.compile(
            "\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, " + AP_STATE + "(?=[\\s,;)]|$)");

    /** The US states by their postal codes, as "Pollard, AL" and "Wyoming County, WV" write them. */
    static final Map<String, String> POSTAL_STATES = Map.ofEntries(Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"),
            Map.entry("AZ", "Arizona"), Map.entry("AR", "Arkansas"), Map.entry("CA", "California"),
            Map.entry("CO", "Colorado"), Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"),
            Map.entry("FL", "Florida"), Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"),
            Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"),
            Map.entry("KY", "Kentucky"), Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"),
            Map.entry("MD", "Maryland"), Map.entry("MA", "Massachusetts"), Map.entry("MI", "Michigan"),
            Map.entry("MN", "Minnesota"), Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"),
            Map.entry("MT", "Montana"), Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"),
            Map.entry("NH", "New Hampshire"), Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"),
            Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"),
            Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"),
            Map.entry("PA", "Pennsylvania"), Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"),
            Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"),
            Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"), Map.entry("VA", "Virginia"),
            Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"), Map.entry("WI", "Wisconsin"),
            Map.entry("WY", "Wyoming"));

    /** "Pollard, AL", "Wyoming County, WV": a place and its state's postal code. */
    private static final java.util.regex.Pattern CITY_POSTAL_STATE = java.util.regex.Pattern.compile(
            "\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, ([A-Z]{2})(?=[\\s,;.)]|$)");

    /**
     * A state written out ("a Florida sheriff's office", "in Tampa, Florida", "the West Virginia State Police"); not
     * a street, river or lake named after it ("Ohio Street", "Lake Michigan"), not Kansas City, and not Washington or
     * Georgia, which name a city and a country as often.
     */
    private static final java.util.regex.Pattern STATE_NAME = java.util.regex.Pattern.compile(
            "(?<!Lake )\\b(New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|South Carolina|"
                    + "South Dakota|Rhode Island|West Virginia|Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
                    + "Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
                    + "Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|"
                    + "Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming)\\b"
                    + "(?! (?:City|Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Turnpike|"
                    + "River|County|Parish|Jones|Wesleyan)\\b)");

    /**
     * The US states an article names in the ways news writes them: "Salina, Kan.", "Pollard, AL", or the state's
     * name ("a Florida sheriff's office", "Tampa, Florida"), in the order first named.
     */
    static Set<String> statesNamed(String text) {
        java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>();
        java.util.regex.Matcher ap = CITY_AP_STATE.matcher(text);
        while (ap.find()) {
            found.putIfAbsent(ap.start(), AP_STATES.get(ap.group(1)));
        }
        java.util.regex.Matcher postal = CITY_POSTAL_STATE.matcher(text);
        while (postal.find()) {
            String state = POSTAL_STATES.get(postal.group(1));
            if (state != null) {
                found.putIfAbsent(postal.start(), state);
            }
        }
        java.util.regex.Matcher named = STATE_NAME.matcher(text);
        while (named.find()) {
            found.putIfAbsent(named.start(), named.group(1));
        }
        Set<String> out = new java.util.LinkedHashSet<>(found.values());
        out.remove(null);
        return out;
    }

    /**
     * The US state a local dateline names ("BILLINGS, Mont. \u2014") and its city, from the first paragraphs (a
     * page's headline and captions come first): null when no paragraph opens with one.
     */
    private Place localDateline(AnnotatedArticle article, boolean withState) {
        List<org.sitrep.model.TextSpan> paragraphs = article.article().paragraphs();
        for (int i = 0; i < Math.min(6, paragraphs.size()); i++) {
            String paragraph = paragraphs.get(i).of(article.text());
            java.util.regex.Matcher m = LOCAL_DATELINE.matcher(paragraph);
            java.util.regex.Matcher mixed = MIXED_DATELINE.matcher(paragraph);
            boolean caps = m.lookingAt();
            if (!caps && !mixed.lookingAt()) {
                continue;
            }
            if (!caps) {
                m = mixed;
            }
            String city = titleCase(m.group(1).strip());
            String state = m.group(2) != null ? AP_STATES.get(m.group(2)) : caps ? m.group(3) : null;
            if (withState && state == null) {
                continue;
            }
            if (state != null) {
                Optional<Place> inside = gazetteer.within(city, "USA", state);
                if (inside.isEmpty() && m.group(2) != null) {
                    // a county or a town the gazetteer lacks, with its state the AP way: the state
                    inside = gazetteer.lookup(state).stream().filter(p -> p.kind() == Place.PlaceKind.ADMIN1
                            && "USA".equals(p.country())).findFirst();
                }
                if (inside.isPresent()) {
                    return inside.get();
                }
                continue;
            }
            Optional<Place> place = gazetteer.choose(city, List.of("USA"), Place.PlaceKind.CITY)
                    .filter(p -> p.kind() == Place.PlaceKind.CITY && "USA".equals(p.country()));
            if (place.isPresent()) {
                return place.get();
            }
        }
        return null;
    }

    private static String titleCase(String words) {
        StringBuilder name = new StringBuilder();
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * US cities read in the states the article names: a local report names its state (in the dateline, "Salina,
     * Kan.", or as a place of its own) and then its towns without it, and a town of the same name in another state is
     * not meant. A city the gazetteer has in a named state replaces its namesake elsewhere; a city of another state
     * stays when that state is named too.
     */
    private List<PlaceMention> citiesOfNamedStates(AnnotatedArticle article, List<PlaceMention> places, Place dateline) {
        Set<String> states = new java.util.LinkedHashSet<>();
        if (dateline != null && "USA".equals(dateline.country())) {
            states.add(dateline.kind() == Place.PlaceKind.ADMIN1 ? dateline.name() : dateline.admin1());
        }
        states.remove(null);
        states.addAll(statesNamed(article.text()));
        for (PlaceMention pm : places) {
            if (pm.place().kind() == Place.PlaceKind.ADMIN1 && "USA".equals(pm.place().country())) {
                states.add(pm.place().name());
            }
        }
        if (states.isEmpty()) {
            return places;
        }
        boolean local = dateline != null && "USA".equals(dateline.country());
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention pm : places) {
            Place p = pm.place();
            if (p.kind() != Place.PlaceKind.CITY || !"USA".equals(p.country()) || states.contains(p.admin1())) {
                out.add(pm);
                continue;
            }
            Optional<Place> inside = Optional.empty();
            for (String state : states) {
                inside = inside.or(() -> gazetteer.within(pm.text(), "USA", state));
            }
            if (inside.isPresent()) {
                out.add(new PlaceMention(pm.sentence(), pm.firstToken(), pm.lastToken(), pm.start(), pm.end(),
                        pm.text(), inside.get(), pm.preposition()));
            } else if (!local || p.population() >= WELL_KNOWN_CITY) {
                out.add(pm);
            }
            // a report datelined in one state that names a lesser town of another without its state: the word is
            // a street or a neighbourhood there ("near 58th and Hampton"), not that town
        }
        return out;
    }

    /**
     * The one US state a report with no dateline names, which a local report names instead of a dateline ("stunned
     * employees of a Florida sheriff's office"): where its events happened when they name no place of their own.
     * None when it names several states, or its people belong to another country.
     */
    private Place namedState(String text) {
        if (gazetteer.isEmpty()) {
            return null;
        }
        Set<String> states = statesNamed(text);
        if (states.size() != 1) {
            return null;
        }
        return gazetteer.lookup(states.iterator().next()).stream().filter(p -> p.kind() == Place.PlaceKind.ADMIN1
                && "USA".equals(p.country())).findFirst().orElse(null);
    }

    /** A city anyone would name without its state: "fled to Chicago" in a report from Milwaukee. */
    private static final long WELL_KNOWN_CITY = 500_000;

    /** "GENEVA (Reuters) -", "MOSCOW, Dec 2 (Reuters) -", "NEW YORK -": the city a wire dateline names. */
    private Place datelinePlace(AnnotatedArticle article, List<String> contextCountries) {
        if (article.article().paragraphs().isEmpty() || gazetteer.isEmpty()) {
            return null;
        }
        String first = article.article().paragraphs().get(0).of(article.text());
        int length = org.sitrep.extract.Boilerplate.datelineLength(first);
        if (length == 0) {
            return localDateline(article, false);
        }
        Place local = localDateline(article, true);
        if (local != null) {
            return local; // "ROCHESTER, Minn. (AP) -": the town in the state the dateline names
        }
        String head = first.substring(0, length).split("[,(\\[\u2013\u2014-]")[0].strip();
        if (head.isEmpty()) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String w : head.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return gazetteer.choose(name.toString(), contextCountries, Place.PlaceKind.CITY)
                .filter(p -> p.kind() == Place.PlaceKind.CITY).orElse(null);
    }

    /** The country that leads a sector noun's people: "Vietnamese-led forces"; null if none. */
    private static String leaderOf(Sentence s, ActorMention m, List<ActorMention> mentions) {
        for (Dependency d : s.dependentsOf(m.head())) {
            if (d.relation().equals("amod") && s.token(d.dependent()).word().equalsIgnoreCase("led")) {
                for (Dependency c : s.dependentsOf(d.dependent())) {
                    ActorMention leader = coveringOne(mentions, c.dependent());
                    if (leader != null && leader.actors().size() == 1 && leader.actors().get(0).country() != null
                            && c.dependent() < d.dependent()) {
                        return leader.actors().get(0).country();
                    }
                }
            }
        }
        return null;
    }

    /** The country of the region a sector noun's people come from: "Darfur rebels", "Kachin rebels"; null if none. */
    private String regionOf(Sentence s, ActorMention m, List<String> contextCountries) {
        if (m.firstToken() < m.head() && s.token(m.firstToken()).tag().startsWith("NNP")) {
            StringBuilder name = new StringBuilder();
            for (int k = m.firstToken(); k < m.head() && s.token(k).tag().startsWith("NNP"); k++) {
                name.append(name.length() == 0 ? "" : " ").append(s.token(k).word());
            }
            return gazetteer.choose(name.toString(), contextCountries, Place.PlaceKind.ADMIN1)
                    .filter(p -> p.kind() == Place.PlaceKind.ADMIN1 || p.kind() == Place.PlaceKind.CITY)
                    .map(Place::country).orElse(null);
        }
        return null;
    }

    private static boolean isSubject(Sentence s, ActorMention m, List<ActorMention> mentions) {
        if (!s.isParsed()) {
            // unparsed: the sentence's first actor, with no verb before it, is its subject
            if (mentions.isEmpty() || mentions.get(0) != m) {
                return false;
            }
            for (int i = 0; i < m.firstToken(); i++) {
                if (s.token(i).isVerb()) {
                    return false;
                }
            }
            return true;
        }
        return isSubject(s, m);
    }

    private static boolean isSubject(Sentence s, ActorMention m) {
        // the mention's head word may be inside it: "the UN agency for Palestinian refugees" is headed by "agency"
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            for (Dependency d : s.governorsOf(i)) {
                if (d.relation().startsWith("nsubj") && !m.covers(d.governor())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isInternational(String code) {
        return code.equals("IGO") || code.equals("NGO") || code.equals("IMG");
    }

    /** The countries (not organisations) named most often, all of them when several are named as often. */
    private static Set<String> mostNamed(Map<String, Integer> counts) {
        int top = counts.entrySet().stream().filter(e -> !isInternational(e.getKey())).mapToInt(Map.Entry::getValue)
                .max().orElse(0);
        Set<String> out = new java.util.HashSet<>();
        counts.forEach((k, v) -> {
            if (v == top && !isInternational(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** The country most actors of the article belong to, when it holds at least 40% of them. */
    private static String dominantCountry(Map<String, Integer> counts) {
        int total = 0;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (isInternational(e.getKey())) {
                continue;
            }
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        // one country named once in a short text is as dominant as one named twice in a long one
        return best != null && (bestCount >= 2 || bestCount == total) && bestCount * 10 >= total * 4 ? best : null;
    }

    /** Domestic sectors with no country ("the army", "police", "nine people") take it from the sentence's place, else the article. */
    private static final Set<String> DOMESTIC = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "CVL", "REB", "MED",
            "BUS", "EDU", "REL", "HLH", "LAB", "REF", "PTY", "CRM", "SPY", "ELI");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "on", "across");
    /** Where people are, not where they are sent or what was hit: "in Istanbul", not "back to Bulgaria". */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "near", "at", "outside", "inside");

    private List<ActorMention> withContextCountry(Sentence s, List<ActorMention> mentions,
                                                  List<PlaceMention> places, String dominant, String lead,
                                                  String setting, List<String> contextCountries,
                                                  Map<String, String> localBodies) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            boolean sectorOnly = m.actors().size() == 1 && m.actors().get(0).country() == null
                    && DOMESTIC.contains(m.actors().get(0).sector());
            String placeCountry = null;
            for (PlaceMention p : places) {
                if (m.via().equals("named-body") && p.firstToken() >= m.firstToken() && p.lastToken() <= m.lastToken()) {
                    continue; // a body's name is read for its place once, by the gazetteer ("Saint Louis University")
                }
                // the place of the mention's own clause: "police detained protesters in Kharkiv", not "called on
                // the government to back a ceasefire in Gaza"
                boolean fronted = p.firstToken() == 1; // "In Ukraine, a Russian attack ..." sets the scene
                boolean sameClause = s.isParsed() && clauseVerb(s, p.lastToken()) == clauseVerb(s, m.head());
                // "on" and "across": the places an attack hits ("an attack on Kharkiv killed four people")
                if (p.preposition() != null && PLACE_PREPOSITIONS.contains(p.preposition())
                        && (fronted || sameClause) && !isPost(s, p.lastToken()) && !isMeetingPlace(s, p)) {
                    placeCountry = p.place().country();
                    break;
                }
            }
            if (sectorOnly && stateless(s, m)) {
                // "Kurdish fighters", "Kurdish-led forces": a people's armed men who have no state of their own are
                // a non-state armed group of the country where they fight (CAMEO), never their backer's
                String where = null;
                for (PlaceMention p : places) {
                    // a place phrase, not a country named as a party ("backed by US air strikes")
                    if (p.place().country() != null && p.preposition() != null && !isPost(s, p.lastToken())
                            && !isMeetingPlace(s, p)) {
                        where = p.place().country();
                        break;
                    }
                }
                // else where the story is set; the article's country only when no other party of the sentence is
                // of it ("backed by US advisers": the backer is no place)
                boolean dominantHere = dominant != null && mentions.stream().anyMatch(o -> o != m
                        && o.actors().stream().anyMatch(x -> dominant.equals(x.country())));
                where = where != null ? where : setting != null ? setting : dominantHere ? null : dominant;
                Actor a = m.actors().get(0);
                out.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                        m.text(), List.of(new Actor(where == null ? "REB" : where + "REB", where == null ? "rebels"
                        : where + " " + sectorLabel("REB"), where, "REB", a.kind(), a.wikidata())), "stateless-group"));
                continue;
            }
            if (sectorOnly && isUnnamedAttacker(s, m)) {
                // "a gunman shot shoppers at a store in El Paso": an attacker named only by the act is nobody's
                // (CAMEO leaves an unknown attacker uncoded); the victims still take the place's country
                out.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                        m.text(), m.actors(), ActorMention.UNNAMED_ATTACKER));
                continue;
            }
            String owner = null;
            Actor ownerBody = null;
            if (sectorOnly && s.isParsed()) {
                for (Dependency d : s.dependentsOf(m.head())) {
                    if (d.relation().equals("nmod:poss")) {
                        ActorMention o = coveringOne(mentions, d.dependent());
                        if (o != null && o != m && o.actors().size() == 1 && o.actors().get(0).country() != null) {
                            owner = o.actors().get(0).country(); // "its troops", "their police"
                            ownerBody = o.actors().get(0);
                        }
                    }
                }
            }
            if (ownerBody != null && isInternational(owner) && ownerBody.code().length() == 6) {
                // "the bloc's foreign ministers", "the agency's inspectors": an organisation's people are the
                // organisation (its forces its military, as "UN peacekeepers")
                String sector = m.actors().get(0).sector();
                String code = ownerBody.code() + ("MIL".equals(sector) ? "MIL" : "");
                out.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                        m.text(), List.of(new Actor(code, ownerBody.name(), ownerBody.country(),
                        "MIL".equals(sector) ? "MIL" : null, ownerBody.kind(), ownerBody.wikidata())), "owner"));
                continue;
            }
            if (sectorOnly && owner == null && s.isParsed()) {
                // "140 Chinese chip companies": a country's adjective modifying the noun across a noun of a
                // compound (not across another adjective: "Irish nationalist guerrillas" may be anyone's)
                for (Dependency d : s.dependentsOf(m.head())) {
                    boolean acrossNouns = d.dependent() < m.firstToken();
                    for (int k = d.dependent() + 1; k < m.firstToken() && acrossNouns; k++) {
                        acrossNouns = !s.token(k).tag().startsWith("JJ"); // "drone" is sometimes tagged a verb
                    }
                    ActorMention o = (d.relation().equals("amod") || d.relation().equals("compound")) && acrossNouns
                            ? coveringOne(mentions, d.dependent()) : null;
                    if (o != null && o != m && o.actors().size() == 1
                            && o.actors().get(0).kind() == Actor.ActorKind.COUNTRY) {
                        owner = o.actors().get(0).country();
                    }
                }
            }
            if (sectorOnly && owner == null && s.isParsed()) {
                owner = leaderOf(s, m, mentions);
                if (owner == null) {
                    owner = regionOf(s, m, contextCountries);
                }
            }
            if (sectorOnly && owner == null && s.isParsed()) {
                owner = speakerCountry(s, m, mentions);
            }
            if (owner != null) {
                placeCountry = owner;
            }
            String country = placeCountry;
            if (country == null && sectorOnly && "CVL".equals(m.actors().get(0).sector())) {
                // "West Yorkshire Police arrested a man": the people a local body of the sentence acts on are of its
                // place (the country of a place in its name), before the story's setting
                for (ActorMention o : mentions) {
                    if (o != m && o.via().equals("named-body") && o.actors().size() == 1
                            && o.actors().get(0).country() != null
                            && Set.of("COP", "JUD", "GOV").contains(o.actors().get(0).sector())) {
                        country = o.actors().get(0).country();
                        break;
                    }
                }
            }
            if (country == null && sectorOnly && "CVL".equals(m.actors().get(0).sector())) {
                country = setting; // "a commuter at the pier said", after "a march in Istanbul": the people there
            }
            if (country == null && sectorOnly && isLocalOffice(s, m)) {
                // "drones struck a facility in Odesa, regional governor Oleh Kiper said": a governor or mayor with
                // no country named governs where the story is set, whoever its first actor is
                country = setting;
            }
            if (country == null && sectorOnly && localBodies.containsKey(m.actors().get(0).sector())) {
                // "Thames Valley Police said ... Police arrested a man": the police and courts of a story about a
                // local force or court named by its place are that force's, whatever country the article names most
                country = localBodies.get(m.actors().get(0).sector());
            }
            if (country == null && sectorOnly && "REB".equals(m.actors().get(0).sector())) {
                // "The Israeli military said it had struck militants" in a story set in Gaza: armed groups with no
                // country named are of the place where the story is set, not of the country the article names most
                country = setting;
            }
            if (country == null) {
                country = dominant;
            }
            boolean modifier = s.isParsed() && s.governorsOf(m.head()).stream()
                    .anyMatch(d -> d.relation().equals("compound") || d.relation().equals("amod"));
            boolean generic = weakNouns.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT));
            if (sectorOnly && country == null && !modifier && !generic) {
                // a sector noun modifying another noun ("the rebel offensive", "an army base") names no party of
                // its own to give a country to; a generic one ("a member", "an official") may be anyone's
                country = sentenceCountry(m, mentions, places);
            }
            if (country == null && sectorOnly && "GOV".equals(m.actors().get(0).sector())) {
                country = lead; // officials only: troops, police or firms with no country may be the other side's
            }
            if (sectorOnly && owner == null && country != null && travelsTo(s, m, places, country)) {
                country = null; // "officers travelled to Canada": who goes to a country is a visitor there
            }
            if (sectorOnly && owner == null && placeCountry == null && s.token(m.head()).tag().equals("NNS")
                    && s.token(m.head()).lemma().equalsIgnoreCase("government")) {
                // "donor governments", "Western governments": several states' governments, none of them the
                // country the article or the story is about
                country = null;
            }
            if (sectorOnly && country != null && country.equals(backerOf(s, m, mentions))) {
                // "Iranian-backed militias", "Russian-trained troops": the country named with the participle backs,
                // arms or occupies them; it is not theirs, whatever country the sentence or the article names most
                country = null;
            }
            if (!sectorOnly || country == null || m.via().equals("coreference")) {
                out.add(m);
                continue;
            }
            Actor a = m.actors().get(0);
            Actor withCountry = new Actor(country + a.code(), a.kind() == Actor.ActorKind.PERSON
                    || a.kind() == Actor.ActorKind.ORGANISATION ? a.name()
                    : country + " " + sectorLabel(a.sector()), country, a.sector(), a.kind(), a.wikidata());
            out.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(), m.text(),
                    List.of(withCountry), placeCountry != null ? "sentence-place"
                    : country.equals(setting) && !country.equals(dominant) ? "story-place" : "article-country"));
        }
        return out;
    }

    /** Participles that make a country written before them with a hyphen a backer, supplier or occupier. */
    private static final Set<String> BACKING_PARTICIPLES = Set.of("backed", "sponsored", "supported", "funded",
            "financed", "armed", "trained", "equipped", "occupied", "held", "controlled", "allied", "aligned",
            "installed", "made", "built", "supplied", "manufactured");

    /**
     * The country written before a sector noun with a hyphen and a participle of backing, arming or occupying
     * ("Iranian-backed militias", "US-trained fighters", "Russian-made tanks"): the noun's backer, supplier or
     * occupier, not the noun's own country; null if none. ("Vietnamese-led forces" are the leader's: {@link
     * #leaderOf}.)
     */
    private static String backerOf(Sentence s, ActorMention m, List<ActorMention> mentions) {
        for (int p = m.firstToken() - 1; p >= 2 && p >= m.firstToken() - 3; p--) {
            if (!BACKING_PARTICIPLES.contains(s.token(p).word().toLowerCase(Locale.ROOT))
                    || !s.token(p - 1).word().equals("-")) {
                continue;
            }
            // the noun and the participle are one phrase: nothing but adjectives and nouns between them
            boolean phrase = true;
            for (int k = p + 1; k < m.firstToken() && phrase; k++) {
                String tag = s.token(k).tag();
                phrase = tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("HYPH");
            }
            ActorMention backer = phrase ? coveringOne(mentions, p - 2) : null;
            if (backer != null && backer != m && backer.actors().size() == 1
                    && backer.actors().get(0).kind() == Actor.ActorKind.COUNTRY) {
                return backer.actors().get(0).country();
            }
        }
        return null;
    }

    /** Verbs of going somewhere: their subject is a visitor at the destination. */
    private static final Set<String> GOING_VERBS = Set.of("travel", "fly", "go", "journey", "sail", "drive", "head",
            "come");

    /**
     * Whether the mention is the subject of a verb of going whose "to" or "into" phrase names a country of this code
     * ("officers traveled to Canada and interviewed ..."): the country they went to, not theirs.
     */
    private static boolean travelsTo(Sentence s, ActorMention m, List<PlaceMention> places, String country) {
        if (!s.isParsed()) {
            return false;
        }
        for (Dependency d : s.governorsOf(m.head())) {
            if (d.governor() < 0 || !d.relation().equals("nsubj")
                    || !GOING_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency o : s.dependentsOf(d.governor())) {
                if (!o.relation().equals("obl:to") && !o.relation().equals("obl:into")) {
                    continue;
                }
                for (PlaceMention p : places) {
                    if (p.firstToken() <= o.dependent() && o.dependent() <= p.lastToken()
                            && p.place().kind() == Place.PlaceKind.COUNTRY && country.equals(p.place().country())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Nouns of attackers the text names only by their act: "a gunman", "two armed men", "a suicide bomber". */
    private static final Set<String> ATTACKER_NOUNS = Set.of("gunman", "gunmen");

    /**
     * Whether the mention is an attacker named only by the act, with no word of its own for a side: "a gunman",
     * "masked gunmen", "armed men", "a suicide bomber" (not "Taliban gunmen", "Pakistani gunmen": those have a
     * country or a group before the sector code is reached).
     */
    private static boolean isUnnamedAttacker(Sentence s, ActorMention m) {
        String head = s.token(m.head()).lemma().toLowerCase(Locale.ROOT);
        String text = m.text().toLowerCase(Locale.ROOT);
        return "REB".equals(m.actors().get(0).sector()) && (ATTACKER_NOUNS.contains(head)
                || text.endsWith("armed man") || text.endsWith("armed men") || text.endsWith("suicide bomber")
                || text.endsWith("suicide bombers"));
    }

    /** Sectors of the local bodies whose country the story's unnamed ones of the same sector take. */
    private static final Set<String> LOCAL_BODY_SECTORS = Set.of("COP", "JUD");

    /** Words of a local office: a governor, a mayor, regional or city authorities. */
    /** Peoples with no state of their own whose armed groups fight in several countries. */
    private static final Set<String> STATELESS_PEOPLES = Set.of("Kurdish", "Baloch", "Baluch", "Tuareg");
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "MIL", "INS");

    /** "Kurdish fighters", "Kurdish-led forces", "Baloch separatists": an armed noun after such a people's adjective. */
    private static boolean stateless(Sentence s, ActorMention m) {
        if (!ARMED_SECTORS.contains(m.actors().get(0).sector())) {
            return false;
        }
        int i = m.firstToken() - 1;
        if (i >= 1 && s.token(i).word().equalsIgnoreCase("led") && s.token(i - 1).word().equals("-")) {
            i -= 2; // "Kurdish-led fighters"
        }
        for (int k = m.firstToken(); k < m.head(); k++) {
            if (STATELESS_PEOPLES.contains(s.token(k).word())) {
                return true; // the adjective inside the mention
            }
        }
        return i >= 0 && STATELESS_PEOPLES.contains(s.token(i).word());
    }

    private static final Set<String> LOCAL_OFFICES = Set.of("governor", "mayor", "regional", "provincial",
            "municipal", "local", "district", "prefect", "deputy-governor", "vice-governor");

    /** Whether a sector-only mention names a local office: "regional governor Oleh Kiper", "the city's mayor". */
    private static boolean isLocalOffice(Sentence s, ActorMention m) {
        if (!"GOV".equals(m.actors().get(0).sector())) {
            return false;
        }
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            if (LOCAL_OFFICES.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a diplomat, whose "to"/"in"/"at" complement names the post, not a party. */
    private static final Set<String> DIPLOMAT_NOUNS = Set.of("ambassador", "envoy", "emissary", "consul",
            "chargé", "charge", "representative", "delegate");
    private static final Set<String> POST_PREPOSITIONS = Set.of("to", "in", "at");

    /**
     * Words that are part of another actor's mention are no actor of their own. A country that owns a body or an
     * office ("Argentina's economy minister", "the country's police") is one mention with it, coded as the body.
     * The post of a diplomat who acts ("Lebanon's ambassador in Washington said", "Kenya's envoy to the United
     * Nations told the council") is part of the diplomat's mention; a diplomat who is acted on keeps the post as an
     * actor ("Riyadh recalled its ambassador to Canada": Canada is the other party).
     */
    private static List<ActorMention> withinOwnMention(Sentence s, String text, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (ActorMention m : mentions) {
            if (!out.contains(m) || m.actors().size() != 1 || m.actors().get(0).country() == null
                    || m.actors().get(0).sector() == null) {
                continue;
            }
            Actor actor = m.actors().get(0);
            int first = m.firstToken();
            int last = m.lastToken();
            ActorMention owner = null;
            for (ActorMention o : out) {
                if (o != m && o.lastToken() < first && o.actors().size() == 1
                        && o.actors().get(0).kind() == Actor.ActorKind.COUNTRY
                        && actor.country().equals(o.actors().get(0).country())
                        && o.lastToken() + 1 < s.size() && s.token(o.lastToken() + 1).tag().equals("POS")
                        && nounModifiersBetween(s, o.lastToken() + 1, first) && possessorOf(s, o, m)) {
                    owner = o;
                }
            }
            if (owner != null) {
                out.remove(owner);
                first = owner.firstToken();
            }
            ActorMention post = null;
            if ("GOV".equals(actor.sector()) && DIPLOMAT_NOUNS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))
                    && acts(s, m, out)) {
                for (ActorMention o : out) {
                    if (o != m && o.firstToken() > last && o.actors().size() == 1 && isPost(s, o.lastToken())
                            && !actor.country().equals(o.actors().get(0).country())) {
                        post = o;
                    }
                }
            }
            if (post != null) {
                out.remove(post);
                last = post.lastToken();
            }
            if (owner != null || post != null) {
                int start = s.token(first).start();
                int end = s.token(last).end();
                out.set(out.indexOf(m), new ActorMention(m.sentence(), first, last, m.head(), start, end,
                        text.substring(start, end), m.actors(), m.via()));
            }
        }
        return out;
    }

    /** Whether a country mention followed by "'s" owns a mention after it: by the parse, else by adjacency. */
    private static boolean possessorOf(Sentence s, ActorMention owner, ActorMention owned) {
        if (!s.isParsed()) {
            return true; // only noun modifiers stand between them (checked by the caller)
        }
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("nmod:poss") && owner.covers(d.dependent()) && d.governor() >= owned.firstToken()
                    && d.governor() <= owned.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention is the one who acts in its clause: its subject by the parse; unparsed, a noun phrase at the
     * sentence's start (after the mentions of its own phrase) that a finite verb follows.
     */
    private static boolean acts(Sentence s, ActorMention m, List<ActorMention> mentions) {
        if (s.isParsed()) {
            return isSubject(s, m);
        }
        int end = m.lastToken();
        for (ActorMention o : mentions) {
            if (o.firstToken() > end && isPost(s, o.lastToken()) && o.firstToken() <= end + 3) {
                end = o.lastToken();
            }
        }
        for (int i = end + 1; i < s.size(); i++) {
            String tag = s.token(i).tag();
            if (FINITE.contains(tag) && !tag.startsWith("W")) {
                return true;
            }
            if (!tag.startsWith("NN") && !tag.equals("DT") && !tag.startsWith("JJ") && !tag.equals("IN")
                    && !tag.equals("TO") && !tag.equals("POS")) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of a meeting, whose place is where people from anywhere meet. */
    private static final Set<String> MEETING_NOUNS = Set.of("summit", "talks", "meeting", "conference",
            "negotiations", "forum", "session", "gathering");

    /**
     * Whether a place is where a meeting is held ("attend the summit in Rome", "return to talks in Jeddah"): it
     * names no country of the people who go there.
     */
    private static boolean isMeetingPlace(Sentence s, PlaceMention p) {
        int preposition = p.firstToken() - 1;
        while (preposition > 0 && s.token(preposition).word().equalsIgnoreCase("the")) {
            preposition--;
        }
        if (s.isParsed()) {
            for (Dependency d : s.governorsOf(p.lastToken())) {
                if (d.relation().startsWith("nmod") && d.governor() >= 0
                        && MEETING_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                        || d.relation().startsWith("nmod") && d.governor() >= 0
                        && MEETING_NOUNS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return preposition >= 1 && (s.token(preposition).word().equalsIgnoreCase("in")
                || s.token(preposition).word().equalsIgnoreCase("at"))
                && MEETING_NOUNS.contains(s.token(preposition - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a token names a diplomat's post: "(ambassador) in London", "(envoy) to the United Nations". */
    private static boolean isPost(Sentence s, int token) {
        if (!s.isParsed()) {
            // unparsed: a diplomat noun, "to"/"in"/"at", an optional "the", then the post's words
            for (int i = token; i >= 2 && token - i <= 3; i--) {
                String w = s.token(i - 1).word().toLowerCase(Locale.ROOT);
                if (POST_PREPOSITIONS.contains(w)) {
                    return DIPLOMAT_NOUNS.contains(s.token(i - 2).lemma().toLowerCase(Locale.ROOT));
                }
                if (!s.token(i - 1).tag().startsWith("NNP") && !w.equals("the")) {
                    return false;
                }
            }
            return false;
        }
        for (Dependency d : s.governorsOf(token)) {
            String[] rel = d.relation().split(":");
            if (rel[0].equals("nmod") && rel.length == 2 && POST_PREPOSITIONS.contains(rel[1]) && d.governor() >= 0
                    && DIPLOMAT_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens from {@code from} to before {@code to} are a possessive and noun modifiers only. */
    private static boolean nounModifiersBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = s.token(i).tag();
            if (!(tag.equals("POS") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("HYPH"))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs whose subject is the speaker of the words around them. */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "insist", "warn", "declare", "vow",
            "pledge", "promise", "announce", "write", "state", "stress", "assert", "claim");

    /**
     * "'Our police will protect every worker,' Interior Minister X said", "we will send our soldiers, the minister
     * told parliament": a sector noun the speaker owns ("our", "we" as its subject's owner) is the speaker's country's:
     * the country of the one person or body of the sentence who is the subject of a verb of speaking.
     */
    private static String speakerCountry(Sentence s, ActorMention m, List<ActorMention> mentions) {
        boolean ours = false;
        for (int i = m.firstToken(); i <= m.head() && !ours; i++) {
            ours = s.token(i).word().equalsIgnoreCase("our");
        }
        for (Dependency d : s.dependentsOf(m.head())) {
            ours |= d.relation().equals("nmod:poss") && s.token(d.dependent()).word().equalsIgnoreCase("our");
        }
        if (!ours) {
            return null;
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (ActorMention o : mentions) {
            if (o == m || o.actors().size() != 1 || o.actors().get(0).country() == null
                    || isInternational(o.actors().get(0).country())) {
                continue;
            }
            for (Dependency d : s.governorsOf(o.head())) {
                if (d.relation().startsWith("nsubj") && d.governor() >= 0
                        && SPEECH_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    speakers.add(o.actors().get(0).country());
                }
            }
        }
        return speakers.size() == 1 ? speakers.iterator().next() : null;
    }

    /**
     * "Haitian police said officers had regained control", "a spokesman for the Kenyan police said officers had
     * acted in self-defence": a bare "officers" after the police are named (this sentence or the one before, and no
     * military named there) are police officers, not the military's. When neither is named there, the latest
     * earlier sentence of the article that names the police or the military decides; with neither, or both named
     * together, they stay the military's.
     */
    private static List<ActorMention> officersOfThePolice(Sentence s, List<ActorMention> mentions,
                                                          List<ActorMention> earlier) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            if (m.actors().size() != 1 || !"MIL".equals(m.actors().get(0).sector()) || m.firstToken() != m.lastToken()
                    || !s.token(m.head()).lemma().equalsIgnoreCase("officer")) {
                continue;
            }
            Actor police = null;
            boolean military = false;
            List<ActorMention> context = new ArrayList<>();
            for (ActorMention e : earlier) {
                if (e.sentence() == s.index() - 1) {
                    context.add(e);
                }
            }
            for (ActorMention e : mentions) {
                if (e.lastToken() < m.firstToken()) {
                    context.add(e);
                }
            }
            for (ActorMention e : context) {
                for (Actor a : e.actors()) {
                    if ("COP".equals(a.sector())) {
                        police = a;
                    } else if ("MIL".equals(a.sector())) {
                        military = true;
                    }
                }
            }
            if (police == null && !military) {
                // neither named next to it: the latest earlier sentence of the article that names the police or
                // the military decides ("Riot police fired tear gas. ... Later, two officers were hurt")
                for (int i = s.index() - 2; i >= 0 && police == null && !military; i--) {
                    for (ActorMention e : earlier) {
                        if (e.sentence() != i) {
                            continue;
                        }
                        for (Actor a : e.actors()) {
                            if ("COP".equals(a.sector())) {
                                police = a;
                            } else if ("MIL".equals(a.sector())) {
                                military = true;
                            }
                        }
                    }
                }
            }
            if (police == null || military) {
                continue; // the military's by default (the sector dictionary's "officer")
            }
            Actor a = m.actors().get(0);
            String country = police.country() != null ? police.country() : a.country();
            Actor officers = new Actor(country == null ? "COP" : country + "COP",
                    (country == null ? "" : country + " ") + sectorLabel("COP"), country, "COP",
                    Actor.ActorKind.COMPOSED, null);
            out.set(k, new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                    m.text(), List.of(officers), m.via()));
        }
        return out;
    }

    /**
     * When the article has no dominant country: the one country the sentence's other actors belong to ("Algerian
     * state television said the army had killed ...", "the governor of Kano state ... after protesters looted"),
     * else the one country of its places; null when none or several.
     */
    private static String sentenceCountry(ActorMention m, List<ActorMention> mentions, List<PlaceMention> places) {
        // people and bodies of a country ("Algerian state television", "two Britons") say more than a bare country
        // name, which is often where something happened or whom it concerned ("near the border with Mali")
        for (boolean withSector : new boolean[] {true, false}) {
            Set<String> countries = new java.util.TreeSet<>();
            for (ActorMention o : mentions) {
                if (o == m) {
                    continue;
                }
                for (Actor a : o.actors()) {
                    if (a.country() != null && a.country().length() == 3 && !isInternational(a.country())
                            && (!withSector || a.sector() != null)) {
                        countries.add(a.country());
                    }
                }
            }
            if (!countries.isEmpty()) {
                return countries.size() == 1 ? countries.iterator().next() : null;
            }
        }
        Set<String> countries = new java.util.TreeSet<>();
        for (PlaceMention p : places) {
            if (p.place().country() != null) {
                countries.add(p.place().country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * True when a tagged sentence holds what only a parse resolves well even without an event: a name followed by
     * an apposition ("Yulia Marchenko, a teacher from Kharkiv, said ..."), whose person later mentions refer to.
     */
    public static boolean needsParse(List<String> words, List<String> tags) {
        for (int i = 0; i + 1 < words.size(); i++) {
            // "The country is the world's biggest producer", "The group said": a definite noun that takes up a
            // country or body named before, and whose role (subject, possessor) only the parse tells
            if (words.get(i).equalsIgnoreCase("the") && tags.get(i + 1).equals("NN")) {
                String noun = words.get(i + 1).toLowerCase(Locale.ROOT);
                if (COUNTRY_NOUNS.contains(noun) || noun.equals("capital") || noun.equals("island")
                        || BODY_NOUNS.get(noun) == Actor.ActorKind.GROUP) {
                    return true;
                }
            }
        }
        for (int i = 0; i + 2 < words.size(); i++) {
            if (tags.get(i).startsWith("NNP") && words.get(i + 1).equals(",")) {
                String next = words.get(i + 2).toLowerCase(Locale.ROOT);
                // "Sophie Laurent, head of a French charity": a bare title after the name too
                if (next.equals("a") || next.equals("an") || next.equals("the") || next.equals("who")
                        || tags.get(i + 2).equals("PRP$") || tags.get(i + 2).equals("JJ") || tags.get(i + 2).equals("NN")) {
                    return true;
                }
            }
            // "Mr Trump's special envoy, Steve Witkoff": a title before the name
            if (tags.get(i).equals("NN") && words.get(i + 1).equals(",") && i + 3 < words.size()
                    && tags.get(i + 2).equals("NNP") && tags.get(i + 3).equals("NNP")) {
                return true;
            }
            // "Zelensky's security adviser Rustem Umerov": a possessor's title before a name
            if (tags.get(i).startsWith("NNP") && tags.get(i + 1).equals("POS")) {
                int j = i + 2;
                while (j < words.size() && (tags.get(j).equals("JJ") || tags.get(j).equals("NN"))) {
                    j++;
                }
                if (j > i + 2 && j < words.size() && tags.get(j).equals("NNP") && tags.get(j - 1).equals("NN")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> NOMINAL_RELATIONS = Set.of("nsubj", "obj", "iobj", "compound", "nmod", "det");

    /** The verb whose clause holds a token: the token itself or its nearest verb governor; -1 at the root. */
    private static int clauseVerb(Sentence s, int token) {
        if (!s.isParsed()) {
            return -1;
        }
        int t = token;
        for (int steps = 0; steps < s.size() && t >= 0; steps++) {
            List<Dependency> up = s.governorsOf(t);
            // a base-form or present verb attached as a noun is a mis-tagged noun ("a drone and missile attack"
            // with "drone" as VBP, the subject of "killed"); gerunds and participles as objects are verbs
            String tag = s.token(t).tag();
            boolean nominal = (tag.equals("VB") || tag.equals("VBP")) && !up.isEmpty()
                    && NOMINAL_RELATIONS.contains(up.get(0).relation().split(":")[0]);
            if (s.token(t).isVerb() && !nominal) {
                return t;
            }
            if (up.isEmpty()) {
                return -1;
            }
            t = up.get(0).governor();
        }
        return -1;
    }

    /** "Tom Fletcher, the UN humanitarian chief": an unknown name takes the actor of its apposition. */
    private void addAppositions(Sentence s, String text, List<Piece> pieces, List<ActorMention> mentions,
                                Map<String, Actor> people) {
        for (Piece p : pieces) {
            ActorMention own = mentions.stream().filter(m -> m.covers(p.last())).findFirst().orElse(null);
            boolean ownSectorOnly = own != null && own.actors().size() == 1 && own.actors().get(0).country() == null;
            if (p.kind() != Piece.Kind.NAME || own != null && !ownSectorOnly) {
                continue;
            }
            for (Dependency d : s.dependencies()) {
                if (!d.relation().equals("appos") || d.governor() < 0) {
                    continue;
                }
                int other;
                if (d.governor() >= p.first() && d.governor() <= p.last()) {
                    other = d.dependent();
                } else if (d.dependent() >= p.first() && d.dependent() <= p.last()) {
                    other = d.governor();
                } else {
                    continue;
                }
                // the apposition's head, or the name that modifies it: "the United Nations Emergency Relief Coordinator"
                List<Integer> heads = new ArrayList<>(List.of(other));
                for (Dependency c : s.dependentsOf(other)) {
                    if (c.relation().equals("compound") || c.relation().equals("amod")
                            || c.relation().equals("nmod:poss") || c.relation().equals("nmod:of")) {
                        heads.add(c.dependent());
                    }
                }
                boolean headNamed = mentions.stream().anyMatch(m -> m != own && m.covers(other));
                if (headNamed) {
                    heads = List.of(other); // a mention of the head itself wins over its modifiers
                }
                for (ActorMention m : List.copyOf(mentions)) {
                    if (m != own && heads.stream().anyMatch(m::covers) && m.actors().size() == 1
                            && m.actors().get(0).country() != null) {
                        Actor a = m.actors().get(0);
                        String sector = ownSectorOnly ? own.actors().get(0).sector() : a.sector();
                        String code = a.country() + (sector == null ? "" : sector);
                        Actor person = new Actor(code, text(s, p), a.country(), sector, Actor.ActorKind.PERSON, null);
                        remember(people, s, p, person);
                        if (own != null) {
                            mentions.remove(own);
                            mentions.add(new ActorMention(own.sentence(), own.firstToken(), own.lastToken(), own.head(),
                                    own.start(), own.end(), own.text(), List.of(person), "apposition"));
                        } else {
                            mentions.add(mention(s, text, p.first(), p.last(), List.of(person), "apposition"));
                        }
                        break;
                    }
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
    }

    // ---- titles: appositions and compound titles read from the dependency graph --------------------------------

    /** Relations that stay inside a noun phrase: a title's modifiers, possessors and "of"/"for" complements. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod", "det", "case", "flat",
            "nummod", "fixed", "advmod");
    /** Prepositions whose object tells whom a title belongs to: "head of a French charity", "a spokesman for the army". */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "for", "from", "at");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD", "WP", "WDT", "WRB", "WP$");

    /** What a title says of the person it names: the organisation, or country and sector; and whether former. */
    private record Title(String country, String sector, Actor org, boolean former) {
        boolean isEmpty() {
            return country == null && sector == null && org == null;
        }

        String code() {
            if (org != null) {
                return org.code();
            }
            if (country == null) {
                return former ? "ELI" : sector;
            }
            return country + (former ? "ELI" : sector == null ? "" : sector);
        }
    }

    /**
     * "Nomvula Dlamini, a former South African health minister,", "Mr Trump's special envoy, Steve Witkoff",
     * "Zelensky's security adviser Rustem Umerov", "Georgian opposition politician Nino Kapanadze": a person's title
     * (an apposition, or the modifiers and possessor of the name) gives an unknown person a country from the
     * possessor, adjective or "of" complement, a sector from the title words, or an organisation ("the EU's
     * foreign policy chief"); "former"/"ex-" makes a former official. The title's words become part of the
     * person's mention, and the person is remembered with the title's words for later "the envoy".
     */
    private void readTitles(Sentence s, String text, List<Piece> pieces, List<ActorMention> mentions,
                            List<PlaceMention> places, Map<String, Actor> people, LocalDate date,
                            Map<Actor, Set<String>> titles) {
        for (Piece a : pieces) {
            if (a.kind() != Piece.Kind.NAME && !a.isPerson()) {
                continue;
            }
            ActorMention own = coveringOne(mentions, a.last());
            // a name inside a longer phrase is no person ("Taiwan's Vice Foreign Minister"), nor is a body's name
            // ("the National Telecommunications Commission")
            if (own != null && own.via().equals("named-body")) {
                continue;
            }
            if (own != null && (own.actors().size() != 1 || own.firstToken() > a.first() || own.lastToken() > a.last())
                    || places.stream().anyMatch(p -> covers(s, p, a.last()))) {
                continue;
            }
            java.util.TreeSet<Integer> title = new java.util.TreeSet<>();
            if (own != null) {
                for (int i = own.firstToken(); i < a.first(); i++) {
                    title.add(i); // the segment's own title: "Russian envoy" of "Russian envoy Kirill Dmitriev"
                }
            }
            title.addAll(s.isParsed() ? compoundTitle(s, pieces, a) : wordsBefore(s, pieces, a));
            title.addAll(ofComplement(s, a, mentions, places));
            java.util.TreeSet<Integer> after = appositionAfter(s, pieces, a);
            java.util.TreeSet<Integer> before = after.isEmpty() ? appositionBefore(s, pieces, a) : new java.util.TreeSet<>();
            title.addAll(after);
            title.addAll(before);
            if (title.isEmpty()) {
                continue;
            }
            int from = Math.min(title.first(), own == null ? a.first() : own.firstToken());
            int to = Math.max(title.last(), a.last());
            Title t = readTitle(s, title, pieces, mentions, own, places, a);
            Actor ownActor = own == null ? null : own.actors().get(0);
            Actor actor = null;
            if (a.isPerson() && (ownActor == null || ownActor.kind() == Actor.ActorKind.PERSON)) {
                Optional<Actor> dated = ownActor != null ? Optional.of(ownActor) : a.hit().entry().actorOn(date);
                boolean holdsOffice = date != null && a.hit().entry().roles().stream().anyMatch(r -> r.covers(date));
                actor = dated.orElse(null);
                if (actor != null && t.former() && !holdsOffice) {
                    actor = asFormer(actor);
                }
                if (actor != null && !t.former() && t.org() == null && t.country() != null && actor.country() != null
                        && (!after.isEmpty() || !before.isEmpty()) // an apposition, not "envoy to Ukraine X"
                        && t.country().length() == 3 && !isInternational(t.country())
                        && !t.country().equals(actor.country())) {
                    // "Colombia's defence minister, Pedro Sanchez": a title in apposition naming another country
                    // than the dictionary person's is a namesake, and the title says who this is
                    actor = personActor(t, text(s, a));
                }
                if (actor == null && !t.isEmpty()) {
                    actor = personActor(t, text(s, a));
                }
            } else if (ownActor != null && t.org() == null && ownActor.country() != null
                    && isInternational(ownActor.country())) {
                actor = ownActor; // "U.N. mediator Diego Cordovez", "IAEA chief X": the organisation's
            } else {
                // an unknown name, or a person the dictionary codes nothing on this day: the title's words, with
                // what the name's own phrase already says ("Palestinian Prime Minister X")
                Title merged = t;
                if (ownActor != null && t.org() == null) {
                    merged = new Title(t.country() != null ? t.country() : ownActor.country(),
                            t.sector() != null ? t.sector() : ownActor.sector(), null, t.former());
                }
                if (!merged.isEmpty()) {
                    actor = personActor(merged, text(s, a));
                } else {
                    actor = ownActor;
                }
            }
            if (actor == null) {
                continue;
            }
            int f = from;
            int l = to;
            mentions.removeIf(m -> m.lastToken() <= l && m.firstToken() >= f);
            int start = s.token(from).start();
            int end = s.token(to).end();
            mentions.add(new ActorMention(s.index(), from, to, a.last(), start, end, text.substring(start, end),
                    List.of(actor), a.isPerson() ? "dictionary" : "title"));
            if (a.kind() == Piece.Kind.NAME) {
                remember(people, s, a, actor);
            }
            Set<String> words = titles.computeIfAbsent(actor, k -> new java.util.HashSet<>());
            for (int i : title) {
                words.add(titleWord(s.token(i)));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
        rememberRoleTitles(pieces, mentions, date, titles);
    }

    private static Actor personActor(Title t, String name) {
        String code = t.code();
        String country = t.org() != null ? t.org().country() : t.country();
        String sector = code.length() >= 6 ? code.substring(3, 6) : code.length() == 3 && country == null ? code : null;
        return new Actor(code, name, country, sector, Actor.ActorKind.PERSON, null);
    }

    /** A title word as later mentions write it: "Gen" is "general", "ministers" is "minister". */
    private static String titleWord(Token t) {
        String w = t.word().replace(".", "");
        for (Map.Entry<String, String> e : RANK_WORDS.entrySet()) {
            if (e.getKey().equals(w)) {
                return e.getValue();
            }
        }
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, String> RANK_WORDS = Map.of("Gen", "general", "Lt", "lieutenant", "Col", "colonel",
            "Maj", "major", "Adm", "admiral", "Brig", "brigadier", "Sgt", "sergeant", "Capt", "captain", "Sen", "senator",
            "Rep", "representative");

    /**
     * Unparsed: the adjectives, nouns and possessors written right before a name ("Chinese trade negotiator"),
     * when a dictionary word is among them.
     */
    private static java.util.TreeSet<Integer> wordsBefore(Sentence s, List<Piece> pieces, Piece a) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int i = a.first() - 1; i >= 0; i--) {
            String tag = s.token(i).tag();
            int token = i;
            boolean known = pieces.stream().anyMatch(p -> p.kind() == Piece.Kind.HIT && p.first() <= token
                    && p.last() >= token);
            if (tag.equals("JJ") || tag.equals("NN") || tag.equals("NNS") || tag.equals("POS") || tag.equals("HYPH")
                    || tag.startsWith("NNP") && known) {
                out.add(i);
            } else {
                break;
            }
        }
        boolean named = pieces.stream().anyMatch(p -> p.kind() == Piece.Kind.HIT && out.contains(p.first()));
        return named ? out : new java.util.TreeSet<>();
    }

    /** The modifiers and possessor of a name, before it: "Zelensky's security adviser" of "Rustem Umerov". */
    private static java.util.TreeSet<Integer> compoundTitle(Sentence s, List<Piece> pieces, Piece a) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (Dependency d : s.dependentsOf(a.last())) {
            String rel = d.relation();
            if (d.dependent() < a.first() && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))) {
                collect(s, d.dependent(), out, a.first());
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        // the title starts after the last verb or comma before the name: "denied detaining opposition leader X"; and
        // after a coordinator that follows another named person, whom a parse may hang on this name as a modifier
        // ("Dan Driscoll and Army chief of staff Randy George": two people, not one with a long title)
        int from = out.first();
        for (int i = out.first(); i < a.first(); i++) {
            String w = s.token(i).word();
            int at = i;
            boolean afterPerson = COORDINATORS.contains(w.toLowerCase(Locale.ROOT)) && pieces.stream()
                    .anyMatch(p -> p != a && p.isPerson() && p.last() < at && p.first() >= out.first());
            if (s.token(i).isVerb() || FINITE.contains(s.token(i).tag()) || w.equals(",") || w.equals(";")
                    || w.equals("(") || afterPerson) {
                from = i + 1;
            }
        }
        java.util.TreeSet<Integer> title = new java.util.TreeSet<>();
        for (int i = from; i < a.first(); i++) {
            title.add(i);
        }
        return title;
    }

    /**
     * "Judge Maria Koval of Ukraine's Supreme Court", "Colonel Yevgeny Markov of Russia's foreign intelligence
     * service": the body a person belongs to, written after the name, when it names an actor or a place.
     */
    private static java.util.TreeSet<Integer> ofComplement(Sentence s, Piece a, List<ActorMention> mentions,
                                                          List<PlaceMention> places) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (Dependency d : s.dependentsOf(a.last())) {
            if (!(d.relation().equals("nmod:of") || d.relation().equals("nmod:from")) || d.dependent() <= a.last()) {
                continue;
            }
            java.util.TreeSet<Integer> phrase = new java.util.TreeSet<>();
            collect(s, d.dependent(), phrase, s.size());
            for (int i = a.last() + 1; i <= phrase.last(); i++) {
                String w = s.token(i).word();
                if (FINITE.contains(s.token(i).tag()) || w.equals(",") || w.equals(";") || w.equals("(")) {
                    return new java.util.TreeSet<>();
                }
            }
            int last = phrase.last();
            boolean named = mentions.stream().anyMatch(m -> m.firstToken() > a.last() && m.lastToken() <= last
                    && m.actors().stream().allMatch(x -> x.country() != null))
                    || places.stream().anyMatch(p -> p.firstToken() > a.last() && p.lastToken() <= last);
            if (named) {
                for (int i = a.last() + 1; i <= last; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The words of a noun phrase under {@code head}, before {@code limit}: modifiers and "of" complements. */
    private static void collect(Sentence s, int head, java.util.TreeSet<Integer> out, int limit) {
        if (head >= limit || !out.add(head)) {
            return;
        }
        for (Dependency d : s.dependentsOf(head)) {
            if (PHRASE_RELATIONS.contains(d.relation().split(":")[0])) {
                collect(s, d.dependent(), out, limit);
            }
        }
    }

    /** ", a former South African health minister," after a name: the words between the commas. */
    private static java.util.TreeSet<Integer> appositionAfter(Sentence s, List<Piece> pieces, Piece a) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int comma = a.last() + 1;
        if (comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
            return out;
        }
        int j = comma + 1;
        while (j < s.size() && !Set.of(",", ";", "(", ")", ".", "!", "?", ":").contains(s.token(j).word())) {
            if (FINITE.contains(s.token(j).tag())) {
                return out;
            }
            j++;
        }
        if (j == comma + 1 || !isTitlePhrase(s, pieces, comma + 1, j - 1, a)) {
            return out;
        }
        for (int i = comma; i < j; i++) {
            out.add(i);
        }
        return out;
    }

    /** "Mr Trump's special envoy, Steve Witkoff": a title phrase before the name, joined to it by "appos". */
    private static java.util.TreeSet<Integer> appositionBefore(Sentence s, List<Piece> pieces, Piece a) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int comma = a.first() - 1;
        if (comma < 1 || !s.token(comma).word().equals(",")) {
            return out;
        }
        int next = a.last() + 1;
        if (next < s.size() && !s.token(next).word().equals(",") && !s.token(next).word().equals(".")
                && !s.token(next).isVerb()) {
            return out;
        }
        int head = -1;
        for (Dependency d : s.governorsOf(a.last())) {
            if (d.relation().equals("appos") && d.governor() >= 0 && d.governor() < comma) {
                head = d.governor();
            }
        }
        if (head < 0) {
            return out;
        }
        java.util.TreeSet<Integer> phrase = new java.util.TreeSet<>();
        collect(s, head, phrase, comma);
        for (int i = phrase.first(); i < comma; i++) {
            if (FINITE.contains(s.token(i).tag()) || s.token(i).word().equals(",")) {
                return out;
            }
        }
        if (!isTitlePhrase(s, pieces, phrase.first(), comma - 1, a)) {
            return out;
        }
        for (int i = phrase.first(); i <= comma; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * Whether words next to a name are its title: they hold a title noun (a sector noun or rank) and no other
     * name, unless as a possessor ("Mr Trump's"), and read as a noun phrase ("the", "a", a possessive, or the
     * parser's apposition).
     */
    private static boolean isTitlePhrase(Sentence s, List<Piece> pieces, int from, int to, Piece a) {
        boolean titled = false;
        int preposition = to + 1;
        for (int i = from; i <= to; i++) {
            if (s.token(i).tag().equals("IN") || s.token(i).tag().equals("TO")) {
                preposition = i;
                break;
            }
        }
        for (Piece p : pieces) {
            if (p.first() < from || p.last() > to) {
                continue;
            }
            // the title noun heads the phrase: "a spokesman for the army", not "a town held by Russian troops"
            if ((p.isSector() && !"CVL".equals(p.sector()) || p.kind() == Piece.Kind.RANK) && p.first() < preposition) {
                titled = true;
            }
            boolean possessor = p.last() + 1 < s.size() && s.token(p.last() + 1).tag().equals("POS");
            // another name is no title, unless it owns the title ("Mr Trump's", "the governor of Sumy region")
            if ((p.kind() == Piece.Kind.NAME || p.isPerson()) && !possessor && p.first() < preposition) {
                return false;
            }
        }
        if (!titled) {
            return false;
        }
        String first = s.token(from).word().toLowerCase(Locale.ROOT);
        if (first.equals("a") || first.equals("an") || first.equals("the") || s.token(from).tag().equals("PRP$")) {
            return true;
        }
        for (int i = from; i <= to; i++) {
            if (s.token(i).tag().equals("POS")) {
                return true;
            }
        }
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("appos") && (a.last() == d.governor() && d.dependent() >= from && d.dependent() <= to
                    || a.last() == d.dependent() && d.governor() >= from && d.governor() <= to)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a title's words: see {@link #readTitles}. */
    private static Title readTitle(Sentence s, java.util.TreeSet<Integer> words, List<Piece> pieces,
                                   List<ActorMention> mentions, ActorMention own, List<PlaceMention> places, Piece a) {
        boolean former = false;
        for (int i : words) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (isFormerWord(s, i) || w.equals("retired")) {
                former = true;
            }
        }
        // the words before the first preposition are the title proper; after it, only owners count
        int firstPreposition = Integer.MAX_VALUE;
        for (int i : words) {
            if (s.token(i).tag().equals("IN") || s.token(i).tag().equals("TO")) {
                firstPreposition = i;
                break;
            }
        }
        String strongPre = null;
        String rank = null;
        String weakPre = null;
        String strongPost = null;
        String weakPost = null;
        for (Piece p : pieces) {
            if (!words.contains(p.first()) || !(p.isSector())) {
                continue;
            }
            boolean pre = p.first() < firstPreposition;
            if (!pre && !ownerContext(s, p.first(), firstPreposition)) {
                continue;
            }
            boolean weak = p.kind() == Piece.Kind.HIT && p.hit().entry().weak();
            String sec = p.sector();
            if (isRank(s, p)) {
                rank = sec; // a rank gives way to the body named: "Colonel X of Russia's intelligence service"
            } else if (pre && !weak) {
                strongPre = sec;
            } else if (pre) {
                weakPre = sec;
            } else if (!weak && strongPost == null) {
                strongPost = sec;
            } else if (weak && weakPost == null) {
                weakPost = sec;
            }
        }
        String country = null;
        String countryPost = null;
        String personOwner = null; // the sector of a person who owns the title: "Macron's chief of staff"
        Actor org = null;
        for (ActorMention m : mentions) {
            if (m == own || m.actors().size() != 1 || !words.contains(m.firstToken()) && !words.contains(m.lastToken())) {
                continue;
            }
            boolean possessive = false;
            for (int i = m.firstToken() + 1; i <= m.lastToken() + 1 && i < s.size() && i < firstPreposition; i++) {
                possessive |= s.token(i).tag().equals("POS");
            }
            if (m.actors().get(0).kind() == Actor.ActorKind.PERSON && m.firstToken() < firstPreposition && possessive
                    && m.actors().get(0).sector() != null && !"ELI".equals(m.actors().get(0).sector())) {
                personOwner = m.actors().get(0).sector();
            }
            if (m.firstToken() <= a.last() && m.lastToken() >= a.first()) {
                continue;
            }
            boolean pre = m.firstToken() < firstPreposition;
            if (!pre && !ownerContext(s, m.firstToken(), firstPreposition)) {
                continue;
            }
            Actor x = m.actors().get(0);
            boolean international = x.country() != null && isInternational(x.country());
            if (x.kind() == Actor.ActorKind.ORGANISATION || x.kind() == Actor.ActorKind.GROUP
                    || international && x.code().length() >= 6) {
                if (org == null) {
                    org = x.kind() == Actor.ActorKind.PERSON
                            ? new Actor(x.code(), x.code(), x.country(), x.sector(), Actor.ActorKind.ORGANISATION, null) : x;
                }
                continue;
            }
            if (x.country() == null || international) {
                continue;
            }
            if (pre && country == null) {
                country = x.country();
            } else if (!pre && countryPost == null) {
                countryPost = x.country();
            }
            // a sector the mention has from its own words is read above, weak or strong; this is a seat's ("the Kremlin's")
            boolean sectorWords = pieces.stream().anyMatch(p -> p.isSector() && m.covers(p.first()));
            if (x.kind() != Actor.ActorKind.PERSON && x.sector() != null && !"ELI".equals(x.sector()) && !sectorWords) {
                if (pre) {
                    strongPre = strongPre == null ? x.sector() : strongPre;
                } else if (strongPost == null) {
                    strongPost = x.sector();
                }
            }
        }
        if (country == null) {
            country = countryPost;
        }
        if (country == null) {
            for (PlaceMention p : places) {
                if (p.place().country() != null && words.contains(p.firstToken())
                        && ownerContext(s, p.firstToken(), firstPreposition)) {
                    country = p.place().country();
                    break;
                }
            }
        }
        // a generic title owned by a person is that person's aide, of the person's sector: "Macron's chief of
        // staff" is the government's, "the rebel leader's commander" the rebels'
        String sector = strongPre != null ? strongPre : strongPost != null ? strongPost : rank != null ? rank
                : personOwner != null && weakPre != null ? personOwner : weakPre != null ? weakPre : weakPost;
        if (strongPre == null && "LAB".equals(weakPre) && "BUS".equals(strongPost)) {
            sector = weakPre; // "workers of the Eastern Cement Company": a business's workers are labour
        }
        return new Title(country, sector, org, former);
    }

    private static final Set<String> RANK_NOUNS = Set.of("general", "colonel", "lieutenant", "major", "brigadier",
            "sergeant", "corporal", "admiral", "captain", "commander");

    private static boolean isRank(Sentence s, Piece p) {
        return p.kind() == Piece.Kind.RANK
                || p.kind() == Piece.Kind.HIT && RANK_NOUNS.contains(s.token(p.last()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether a word after a title's first preposition names its owner: the nearest preposition is of/for/from/at. */
    private static boolean ownerContext(Sentence s, int token, int firstPreposition) {
        if (token < firstPreposition) {
            return true;
        }
        for (int i = token - 1; i >= firstPreposition; i--) {
            String tag = s.token(i).tag();
            if (tag.equals("IN") || tag.equals("TO")) {
                return OWNER_PREPOSITIONS.contains(s.token(i).word().toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    // ---- coreference: "the envoy", "the pair", "the two countries" -------------------------------------------

    /** Nouns that name two people just mentioned ("the pair", "the two men", "both leaders"). */
    private static final Set<String> PAIR_PEOPLE = Set.of("pair", "duo", "men", "women", "leaders", "presidents",
            "ministers", "envoys", "officials", "politicians");
    /** Nouns that name two countries just mentioned ("the two countries", "both governments", "the two allies"). */
    private static final Set<String> PAIR_COUNTRIES = Set.of("countries", "nations", "governments", "neighbours",
            "neighbors", "states", "allies");

    /** The title words of a dictionary person's role on the day: "President of Ukraine" gives president, ukraine. */
    private static void rememberRoleTitles(List<Piece> pieces, List<ActorMention> mentions, LocalDate date,
                                           Map<Actor, Set<String>> titles) {
        for (Piece p : pieces) {
            if (!p.isPerson()) {
                continue;
            }
            ActorMention m = coveringOne(mentions, p.last());
            if (m == null || !isPerson(m)) {
                continue;
            }
            Optional<Role> role = p.hit().entry().roles().stream().filter(r -> date == null || r.covers(date))
                    .max(java.util.Comparator.comparing(r -> r.start() == null ? LocalDate.MIN : r.start()));
            role.filter(r -> r.title() != null).ifPresent(r -> {
                Set<String> words = titles.computeIfAbsent(m.actors().get(0), k -> new java.util.HashSet<>());
                for (String w : r.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            });
        }
    }

    /**
     * "The envoy said ...", "the minister", "the colonel": a singular title after "the", with no country of its
     * own, is the latest person before it whose title (as written, or their dictionary role's) has that word.
     */
    private static void resolveDefiniteTitles(Sentence s, String text, List<ActorMention> earlier,
                                              List<ActorMention> current, Map<Actor, Set<String>> titles) {
        for (int k = 0; k < current.size(); k++) {
            ActorMention m = current.get(k);
            if (m.actors().size() != 1 || m.actors().get(0).country() != null || m.firstToken() == 0
                    || !s.token(m.firstToken() - 1).word().equalsIgnoreCase("the")
                    || !s.token(m.head()).tag().equals("NN")) {
                continue;
            }
            String word = s.token(m.head()).lemma().toLowerCase(Locale.ROOT);
            Actor found = null;
            for (int j = k - 1; j >= 0 && found == null; j--) {
                found = titledAs(current.get(j), word, titles);
            }
            for (int j = earlier.size() - 1; j >= 0 && found == null; j--) {
                found = titledAs(earlier.get(j), word, titles);
            }
            if (found != null) {
                int first = m.firstToken() - 1;
                int start = s.token(first).start();
                current.set(k, new ActorMention(s.index(), first, m.lastToken(), m.head(), start, m.end(),
                        text.substring(start, m.end()), List.of(found), "coreference"));
            }
        }
    }

    private static Actor titledAs(ActorMention m, String word, Map<Actor, Set<String>> titles) {
        if (!isPerson(m)) {
            return null;
        }
        Set<String> words = titles.get(m.actors().get(0));
        return words != null && words.contains(word) ? m.actors().get(0) : null;
    }

    /**
     * "The pair agreed ...", "both leaders", "the two countries": two people (or the countries of the two actors)
     * named last before the phrase, in this sentence or the two before; "the two allies" are two countries named
     * in the two sentences before (not the one that speaks of them as its allies).
     */
    private static void resolvePairs(Sentence s, String text, List<ActorMention> earlier, List<ActorMention> current,
                                     List<PlaceMention> places, List<PlaceMention> sentencePlaces) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (!w.equals("the") && !w.equals("both")) {
                continue;
            }
            int n = i + 1;
            boolean two = s.token(n).word().equalsIgnoreCase("two");
            if (two) {
                n++;
            }
            if (n >= s.size()) {
                continue;
            }
            String noun = s.token(n).word().toLowerCase(Locale.ROOT);
            boolean pair = noun.equals("pair") || noun.equals("duo");
            boolean people = PAIR_PEOPLE.contains(noun) && (pair || two || w.equals("both"));
            boolean countries = PAIR_COUNTRIES.contains(noun) && (two || w.equals("both"));
            // "the two sides", "both sides": the two parties of different countries named last, each as named
            // ("Putin", "Israeli delegations"); an international body is a mediator, not a side
            boolean sides = noun.equals("sides") && (two || w.equals("both"));
            if (!people && !countries && !sides) {
                continue;
            }
            int first = i;
            List<ActorMention> before = new ArrayList<>();
            for (ActorMention m : earlier) {
                if (m.sentence() >= s.index() - 2) {
                    before.add(m);
                }
            }
            Set<Integer> judges = new java.util.HashSet<>();
            if (s.isParsed()) {
                int head = n;
                for (Dependency d : s.governorsOf(head)) {
                    if (d.relation().equals("obj") && d.governor() >= 0) {
                        for (Dependency c : s.dependentsOf(d.governor())) {
                            if (c.relation().equals("nsubj")) {
                                judges.add(c.dependent());
                            }
                        }
                    }
                }
            }
            for (ActorMention m : current) {
                // "the Swedish minister thanked the two allies": one's allies are others, named before; "Trump
                // criticised both countries": the subject acting on the pair is not one of them
                if (m.lastToken() < first && !noun.equals("allies")
                        && judges.stream().noneMatch(j -> j >= m.firstToken() && j <= m.lastToken())) {
                    before.add(m);
                }
            }
            List<Actor> found = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            if (sides) {
                // "hosted Hamas and Israeli delegations ..., but the two sides": two parties joined by "and" just
                // before are the sides, whoever hosts them
                found.addAll(joinedPair(s, current, first, places, sentencePlaces));
                if (found.size() != 2) {
                    // "Russia and Ukraine have blamed each other ... both sides had agreed": a pair named together
                    // in the four sentences before is the two sides, over the parties named singly since
                    found.clear();
                    found.addAll(latestJoinedPair(text, earlier.stream()
                            .filter(m -> m.sentence() >= s.index() - 4).toList(), s.index()));
                }
                if (found.size() == 2) {
                    seen.add("joined");
                    before.clear();
                }
            }
            for (int k = before.size() - 1; k >= 0 && found.size() < 2; k--) {
                ActorMention m = before.get(k);
                boolean place = java.util.stream.Stream.concat(places.stream(), sentencePlaces.stream())
                        .anyMatch(p -> p.sentence() == m.sentence() && p.firstToken() == m.firstToken()
                                && p.preposition() != null);
                if (place) {
                    continue; // "the war in Ukraine": a place, not a party
                }
                for (Actor a : m.actors()) {
                    if (sides && a.country() != null && !isInternational(a.country()) && seen.add(a.country())) {
                        found.add(0, a);
                    } else if (people && a.kind() == Actor.ActorKind.PERSON && seen.add(a.code() + "/" + a.name())) {
                        found.add(0, a);
                    } else if (countries && a.country() != null && !isInternational(a.country())
                            && seen.add(a.country())) {
                        String code = noun.equals("governments") ? a.country() + "GOV" : a.country();
                        found.add(0, new Actor(code, a.country(), a.country(), noun.equals("governments") ? "GOV" : null,
                                noun.equals("governments") ? Actor.ActorKind.COMPOSED : Actor.ActorKind.COUNTRY, null));
                    }
                    if (found.size() == 2) {
                        break;
                    }
                }
            }
            if (found.size() != 2) {
                continue;
            }
            int last = n;
            current.removeIf(m -> m.lastToken() >= first && m.firstToken() <= last);
            current.add(mention(s, text, first, last, found, "coreference"));
            current.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
        }
    }

    /**
     * The parties of the latest two mentions of an earlier sentence joined by a bare "and" ("Russia and Ukraine"),
     * each one party of a different country, none international; else none.
     */
    private static List<Actor> latestJoinedPair(String text, List<ActorMention> before, int sentence) {
        for (int k = before.size() - 1; k > 0; k--) {
            ActorMention second = before.get(k);
            ActorMention first = before.get(k - 1);
            if (second.sentence() >= sentence || first.sentence() != second.sentence()
                    || first.actors().size() != 1 || second.actors().size() != 1 || first.end() > second.start()
                    || !text.substring(first.end(), second.start()).strip().equals("and")) {
                continue;
            }
            Actor a = first.actors().get(0);
            Actor b = second.actors().get(0);
            if (a.country() != null && b.country() != null && !isInternational(a.country())
                    && !isInternational(b.country()) && !a.country().equals(b.country())) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /**
     * The parties of the latest actor mention of this sentence before {@code first} (places left out) and the one it
     * is joined to by a conjunction, when both have a country and differ: "Hamas and Israeli delegations"; else none.
     */
    private static List<Actor> joinedPair(Sentence s, List<ActorMention> current, int first,
                                          List<PlaceMention> places, List<PlaceMention> sentencePlaces) {
        if (!s.isParsed()) {
            return List.of();
        }
        ActorMention latest = null;
        for (ActorMention m : current) {
            boolean place = java.util.stream.Stream.concat(places.stream(), sentencePlaces.stream())
                    .anyMatch(p -> p.sentence() == m.sentence() && p.firstToken() == m.firstToken()
                            && p.preposition() != null);
            if (m.lastToken() < first && !place) {
                latest = m;
            }
        }
        if (latest == null || latest.actors().size() != 1) {
            return List.of();
        }
        for (ActorMention other : current) {
            if (other == latest || other.actors().size() != 1 || other.lastToken() >= latest.firstToken()) {
                continue;
            }
            boolean joined = false;
            for (int t = latest.firstToken(); t <= latest.lastToken() && !joined; t++) {
                // "Sudanese army and RSF delegations": the conjunction may join words inside the two phrases
                joined = s.governorsOf(t).stream()
                        .anyMatch(d -> d.relation().startsWith("conj") && other.covers(d.governor()));
            }
            Actor a = other.actors().get(0);
            Actor b = latest.actors().get(0);
            if (joined && a.country() != null && b.country() != null && !a.code().equals(b.code())) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /** Nouns that, after "the", stand for the organisation or armed group named last: "the bloc", "the group". */
    private static final Map<String, Actor.ActorKind> BODY_NOUNS = Map.of("bloc", Actor.ActorKind.ORGANISATION,
            "alliance", Actor.ActorKind.ORGANISATION, "group", Actor.ActorKind.GROUP, "militia", Actor.ActorKind.GROUP,
            "movement", Actor.ActorKind.GROUP);

    /**
     * "ECOWAS ... accusing the bloc of", "Hezbollah said ... The group said": "the" + bloc/alliance is the
     * international organisation named last, "the" + group/militia/movement the armed or political group named
     * last, in this sentence or the two before; nothing when none was named.
     */
    private static void resolveDefiniteBodies(Sentence s, String text, List<ActorMention> earlier,
                                              List<ActorMention> current) {
        for (int i = 0; i + 1 < s.size(); i++) {
            int n = i + 1;
            Actor.ActorKind kind = BODY_NOUNS.get(s.token(n).word().toLowerCase(Locale.ROOT));
            if (!s.token(i).word().equalsIgnoreCase("the") || kind == null) {
                continue;
            }
            int first = i;
            if (current.stream().anyMatch(m -> m.firstToken() <= n && m.lastToken() >= first)) {
                continue; // "the armed group", "the Kachin group": already an actor
            }
            Actor found = null;
            if (kind == Actor.ActorKind.GROUP) {
                // an armed group is taken up again as the subject of a later sentence ("Hezbollah fired ... The
                // group said it had hit"); in a sentence that names a group already, or as an object, "the group"
                // is as often another one
                boolean subject = s.governorsOf(n).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
                boolean groupBefore = current.stream().anyMatch(m -> m.lastToken() < first
                        && bodyOf(m, kind, null) != null);
                if (!subject || groupBefore) {
                    continue;
                }
            }
            for (ActorMention m : current) {
                if (m.lastToken() < first) {
                    found = bodyOf(m, kind, found);
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && found == null; k--) {
                ActorMention m = earlier.get(k);
                if (m.sentence() < s.index() - 2) {
                    break;
                }
                found = bodyOf(m, kind, null);
            }
            if (found != null) {
                current.add(mention(s, text, first, n, List.of(found), "coreference"));
                current.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
            }
        }
    }

    /** Bodies of a government that "the" + the noun alone takes up again: "the ministry", "the embassy". */
    private static final Set<String> TAKEN_UP_BODIES = Set.of("ministry", "department", "embassy");

    /**
     * "Kenya's health ministry said ... A spokesman for the ministry said": a title or body with no country whose
     * words end in "the ministry" (no modifier: "the foreign ministry" may be another country's) is of the
     * government whose ministry was named last, in this sentence or the two before ("the embassy", "the department"
     * likewise); the title keeps its own sector.
     */
    private static void resolveTakenUpBodies(Sentence s, List<ActorMention> earlier, List<ActorMention> current) {
        for (int idx = 0; idx < current.size(); idx++) {
            ActorMention m = current.get(idx);
            if (m.actors().size() != 1 || m.actors().get(0).country() != null || m.actors().get(0).sector() == null
                    || m.lastToken() < 1) {
                continue;
            }
            int n = m.lastToken();
            String noun = s.token(n).lemma().toLowerCase(Locale.ROOT);
            if (!TAKEN_UP_BODIES.contains(noun) || !s.token(n - 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            ActorMention body = null;
            for (ActorMention o : current) {
                if (o != m && o.lastToken() < m.firstToken() && namesBody(o, noun)) {
                    body = o;
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && body == null; k--) {
                ActorMention o = earlier.get(k);
                if (o.sentence() < s.index() - 2) {
                    break;
                }
                body = namesBody(o, noun) ? o : null;
            }
            if (body != null) {
                String country = body.actors().get(0).country();
                String sector = m.actors().get(0).sector();
                current.set(idx, new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(),
                        m.end(), m.text(), List.of(new Actor(country + sector, country + " " + sectorLabel(sector),
                        country, sector, Actor.ActorKind.COMPOSED, null)), "coreference"));
            }
        }
    }

    /**
     * Common nouns that, after "the", take up a body named before by a proper name ending in one of the heads:
     * "the commission" the "National Broadcasting Commission", "the regulator" a commission, authority, agency or
     * board, "the company" or "the firm" a company or corporation.
     */
    private static final Map<String, Set<String>> BODY_NOUN_HEADS = Map.ofEntries(
            Map.entry("commission", Set.of("commission")),
            Map.entry("regulator", Set.of("commission", "authority", "agency", "board", "regulator")),
            Map.entry("agency", Set.of("agency")),
            Map.entry("authority", Set.of("authority")),
            Map.entry("board", Set.of("board")),
            Map.entry("council", Set.of("council")),
            Map.entry("tribunal", Set.of("tribunal")),
            Map.entry("court", Set.of("court", "tribunal")),
            Map.entry("party", Set.of("party")),
            Map.entry("company", Set.of("company", "corporation", "airlines", "airways")),
            Map.entry("firm", Set.of("company", "corporation", "airlines", "airways")),
            Map.entry("corporation", Set.of("corporation", "company")));

    /**
     * "The Broadcasting Standards Commission (BSC) fined the station. ... The commission refused to renew its
     * licence": "the" + a body's common noun with no other modifier ({@link #BODY_NOUN_HEADS}) is the body of that
     * kind named last by its name, earlier in the sentence or in the article before (the nearest), when that body
     * has a country or is an international one; else it is left as it was.
     */
    private static void resolveNamedBodyNouns(Sentence s, String text, List<ActorMention> earlier,
                                              List<ActorMention> current) {
        for (int i = 1; i < s.size(); i++) {
            Token t = s.token(i);
            String noun = t.word().toLowerCase(Locale.ROOT);
            Set<String> heads = BODY_NOUN_HEADS.get(noun);
            if (heads == null || t.isCapitalised() || !t.tag().equals("NN")
                    || !s.token(i - 1).word().equalsIgnoreCase("the")
                    || i + 1 < s.size() && s.token(i + 1).tag().startsWith("NN")) {
                continue;
            }
            ActorMention own = coveringOne(current, i);
            if (own != null && (own.firstToken() != i || own.lastToken() != i || own.actors().size() != 1
                    || own.actors().get(0).country() != null)) {
                continue;
            }
            ActorMention body = null;
            for (ActorMention o : current) {
                if (o != own && o.lastToken() < i && namesBodyOf(o, heads)) {
                    body = o;
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && body == null; k--) {
                if (namesBodyOf(earlier.get(k), heads)) {
                    body = earlier.get(k);
                }
            }
            if (body == null || body.actors().get(0).country() == null) {
                continue;
            }
            ActorMention taken = mention(s, text, i, i, List.of(body.actors().get(0)), "coreference");
            if (own != null) {
                current.set(current.indexOf(own), taken);
            } else {
                int at = 0;
                while (at < current.size() && current.get(at).firstToken() < i) {
                    at++;
                }
                current.add(at, taken);
            }
        }
    }

    /** Nouns that, after "the", take up a broadcaster, publisher or firm named before: "the network", "the paper". */
    private static final Set<String> OUTLET_NOUNS = Set.of("network", "broadcaster", "station", "channel",
            "newspaper", "paper", "publisher", "carrier", "airline", "automaker", "carmaker", "manufacturer");

    /**
     * "Broadcast corporation ABS-CBN's franchise expired ... the regulator refused to give the network a licence":
     * "the" + an outlet's or firm's common noun with no other modifier ({@link #OUTLET_NOUNS}), in no mention of
     * its own, is the business or media body named last by its name (in this sentence before it or earlier in the
     * article), when that body has a country; else it is left as it was.
     */
    private static void resolveTakenUpOutlets(Sentence s, String text, List<ActorMention> earlier,
                                              List<ActorMention> current) {
        for (int i = 1; i < s.size(); i++) {
            Token t = s.token(i);
            if (!OUTLET_NOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || t.isCapitalised()
                    || !t.tag().equals("NN") || !s.token(i - 1).word().equalsIgnoreCase("the")
                    || i + 1 < s.size() && s.token(i + 1).tag().startsWith("NN") || coveringOne(current, i) != null) {
                continue;
            }
            ActorMention body = null;
            for (ActorMention o : current) {
                if (o.lastToken() < i && namedOutlet(o)) {
                    body = o;
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && body == null; k--) {
                if (namedOutlet(earlier.get(k))) {
                    body = earlier.get(k);
                }
            }
            if (body == null) {
                continue;
            }
            ActorMention taken = mention(s, text, i, i, List.of(body.actors().get(0)), "coreference");
            int at = 0;
            while (at < current.size() && current.get(at).firstToken() < i) {
                at++;
            }
            current.add(at, taken);
        }
    }

    /** Whether the mention is one business or media body called by a name ("ABS-CBN", "broadcaster NTV"). */
    private static boolean namedOutlet(ActorMention o) {
        if (o.actors().size() != 1 || o.via().equals("coreference") || o.actors().get(0).country() == null) {
            return false;
        }
        Actor a = o.actors().get(0);
        boolean named = java.util.Arrays.stream(o.text().split("[^\\p{L}]+"))
                .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        return ("BUS".equals(a.sector()) || "MED".equals(a.sector())) && named
                && a.kind() != Actor.ActorKind.COUNTRY;
    }

    /** Nouns of a measure a body issues: "the new policy", "the rules". */
    private static final Set<String> MEASURE_NOUNS = Set.of("policy", "rule", "regulation", "restriction", "measure",
            "ban", "decree", "directive", "guideline");
    /** Verbs by which a body issues a measure: "announced new restrictions", "imposed a ban". */
    private static final Set<String> ISSUING_VERBS = Set.of("announce", "impose", "introduce", "adopt", "issue",
            "unveil", "approve", "enact", "publish", "release", "order");

    /**
     * Whether the mention, a body with a country, is the subject of a verb issuing a measure ("the Department of
     * Transportation announced new restrictions on flights").
     */
    private static boolean makesMeasure(Sentence s, ActorMention m) {
        if (!s.isParsed() || m.actors().size() != 1 || m.actors().get(0).country() == null) {
            return false;
        }
        List<Dependency> governors = new ArrayList<>();
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            governors.addAll(s.governorsOf(k));
        }
        for (Dependency d : governors) {
            if (d.governor() < 0 || !d.relation().equals("nsubj") || m.covers(d.governor())
                    || !ISSUING_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency o : s.dependentsOf(d.governor())) {
                if (o.relation().equals("obj")
                        && MEASURE_NOUNS.contains(s.token(o.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The Department of Transportation announced new restrictions on flights to Cuba. The new policy bans all
     * flights to ...": "the" (or "these") + a measure noun ({@link #MEASURE_NOUNS}) that is the subject of a verb and
     * names no owner acts for the body that issued a measure last, in the two sentences before.
     */
    private static void resolveTakenUpMeasures(Sentence s, String text, List<ActorMention> current,
                                               List<ActorMention> makers) {
        if (!s.isParsed() || makers.isEmpty()) {
            return;
        }
        ActorMention maker = makers.get(makers.size() - 1);
        if (maker.sentence() < s.index() - 2) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            final int noun = i;
            Token t = s.token(i);
            if (!MEASURE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) || !t.tag().startsWith("NN")
                    || coveringOne(current, i) != null
                    || s.governorsOf(i).stream().noneMatch(d -> d.governor() >= 0 && d.relation().equals("nsubj"))) {
                continue;
            }
            List<Dependency> modifiers = s.dependentsOf(i);
            boolean definite = modifiers.stream().anyMatch(d -> d.relation().equals("det")
                    && Set.of("the", "these", "this").contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
            boolean owned = modifiers.stream().anyMatch(d -> d.relation().equals("nmod:poss")
                    || d.relation().startsWith("nmod:of") || (d.relation().equals("amod") || d.relation().equals("compound"))
                    && current.stream().anyMatch(m -> m.covers(d.dependent())));
            if (!definite || owned) {
                continue;
            }
            ActorMention taken = mention(s, text, noun, noun, maker.actors(), "coreference");
            int at = 0;
            while (at < current.size() && current.get(at).firstToken() < noun) {
                at++;
            }
            current.add(at, taken);
        }
    }

    /** Whether the mention is one body whose written name ends in one of these heads ("... Commission"). */
    private static boolean namesBodyOf(ActorMention o, Set<String> heads) {
        if (o.actors().size() != 1 || o.via().equals("coreference")) {
            return false;
        }
        Actor.ActorKind kind = o.actors().get(0).kind();
        if (kind != Actor.ActorKind.ORGANISATION && kind != Actor.ActorKind.COMPOSED) {
            return false;
        }
        String[] words = o.text().split("[^\\p{L}]+");
        return words.length > 1 && Character.isUpperCase(words[words.length - 1].charAt(0))
                && heads.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether the mention names one country's body of this kind: "Kenya's health ministry", "the US embassy". */
    private static boolean namesBody(ActorMention o, String noun) {
        if (o.actors().size() != 1 || o.actors().get(0).country() == null || isInternational(o.actors().get(0).country())) {
            return false;
        }
        String[] words = o.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length > 1 && (words[words.length - 1].equals(noun)
                || words[words.length - 1].equals(noun.equals("ministry") ? "ministries" : noun + "s"));
    }

    /** Nouns that, after "the", stand for the country in focus: "the country", "the kingdom", "the island nation". */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic", "emirate",
            "sultanate", "principality");
    /** Verbs of speaking and acting whose subject "the capital" stands for a government ("the capital responded"). */
    private static final Set<String> CAPITAL_VERBS = Set.of("say", "respond", "reply", "retort", "reject", "accuse",
            "announce", "warn", "deny", "condemn", "insist", "protest", "demand", "welcome", "dismiss", "urge",
            "threaten", "retaliate", "vow", "claim", "argue", "confirm", "criticise", "criticize", "refuse", "agree",
            "pledge", "promise", "summon", "expel", "recall", "object", "complain", "declare", "blame", "denounce",
            "hit", "counter");

    /**
     * "Ghana has signed ... The country will receive ...": "the country", "the nation", "the kingdom", "the
     * republic" or "the island nation", as a subject or a possessor, is the one country in focus: named (as an
     * actor or a place) earlier in its own sentence, else in the sentence before, else the one before that;
     * bare country names count first, then the countries of the people and bodies named. "The capital" is that
     * country's government, only as the subject of a verb of speaking or acting ("the capital responded"). Nothing
     * when two countries are in focus ("Uruguay and Brazil signed ... the country"), nor in a place phrase ("across
     * the country").
     */
    private void resolveDefiniteCountry(Sentence s, String text, List<ActorMention> earlier,
                                               List<ActorMention> current, List<PlaceMention> places,
                                               List<PlaceMention> sentencePlaces) {
        if (!s.isParsed()) {
            return;
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.token(i).word().equalsIgnoreCase("the")) {
                continue;
            }
            int n = i + 1;
            String noun = s.token(n).word().toLowerCase(Locale.ROOT);
            if (noun.equals("island") && n + 1 < s.size()
                    && s.token(n + 1).word().toLowerCase(Locale.ROOT).equals("nation")) {
                n++;
                noun = "nation";
            }
            boolean capital = noun.equals("capital");
            if (!COUNTRY_NOUNS.contains(noun) && !capital || !s.token(n).tag().equals("NN")) {
                continue; // "the Republic of Congo", "the countries": a name or a plural
            }
            int head = n;
            int first = i;
            if (head + 1 < s.size() && s.token(head + 1).word().equalsIgnoreCase("of")) {
                continue; // "the capital of Mali", "the nation of Israel"
            }
            if (current.stream().anyMatch(m -> m.firstToken() <= head && m.lastToken() >= first)) {
                continue;
            }
            boolean subject = false;
            boolean possessor = false;
            for (var d : s.governorsOf(head)) {
                if (d.relation().startsWith("nsubj") && d.governor() >= 0) {
                    String verb = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
                    subject = !capital || CAPITAL_VERBS.contains(verb);
                }
                possessor |= d.relation().equals("nmod:poss");
                // "The kingdom hosts 650,000 refugees", parsed as a compound noun "kingdom hosts" that is the root: a
                // present-tense verb that is also a plural noun (hosts, exports, plans) right after the noun
                if (!capital && d.relation().equals("compound") && d.governor() == head + 1 && first == 0
                        && s.token(head + 1).word().endsWith("s") && s.governorsOf(head + 1).stream()
                        .anyMatch(g -> g.relation().equals("root"))) {
                    subject = true;
                }
            }
            if (!subject && !(possessor && !capital)) {
                continue;
            }
            String country = countryInFocus(s.index(), first, earlier, current, places, sentencePlaces,
                    FORM_NOUNS.contains(noun) ? noun : null);
            if (country == null) {
                continue;
            }
            Actor found = capital ? new Actor(country + "GOV", country, country, "GOV", Actor.ActorKind.COMPOSED, null)
                    : new Actor(country, country, country, null, Actor.ActorKind.COUNTRY, null);
            current.add(mention(s, text, first, head, List.of(found), "coreference"));
            current.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
        }
    }

    /**
     * The one country named in the nearest window (this sentence before {@code before}, then the two before). A
     * noun of a form of state ("the kingdom", "the emirate") takes the one country of the window known to be of
     * that form ("Saudi Arabia cut ties with Qatar. The emirate said ..."), and never one known to be of another.
     */
    private String countryInFocus(int sentence, int before, List<ActorMention> earlier,
                                  List<ActorMention> current, List<PlaceMention> places,
                                  List<PlaceMention> sentencePlaces, String form) {
        for (int back = 0; back <= 2; back++) {
            int index = sentence - back;
            List<ActorMention> window = new ArrayList<>();
            List<PlaceMention> where = new ArrayList<>();
            if (back == 0) {
                current.stream().filter(m -> m.lastToken() < before).forEach(window::add);
                sentencePlaces.stream().filter(p -> p.lastToken() < before).forEach(where::add);
            } else {
                earlier.stream().filter(m -> m.sentence() == index).forEach(window::add);
                places.stream().filter(p -> p.sentence() == index).forEach(where::add);
            }
            Set<String> named = new LinkedHashSet<>();
            Set<String> others = new LinkedHashSet<>();
            for (ActorMention m : window) {
                for (Actor a : m.actors()) {
                    if (a.country() == null || isInternational(a.country())) {
                        continue;
                    }
                    (a.kind() == Actor.ActorKind.COUNTRY ? named : others).add(a.country());
                }
            }
            Set<String> bare = new LinkedHashSet<>(named);
            Set<String> placed = new LinkedHashSet<>();
            for (PlaceMention p : where) {
                if (p.place().country() != null) {
                    named.add(p.place().country());
                    placed.add(p.place().country());
                }
            }
            if (form != null) {
                // bare country names first, then places, then the people and bodies: "Kuwait offered to mediate
                // between Riyadh and Doha. The emirate's ruler ..." is Kuwait's
                for (Set<String> candidates : List.of(bare, placed, others)) {
                    Set<String> fitting = new LinkedHashSet<>(candidates);
                    fitting.removeIf(c -> !forms.getOrDefault(c, Set.of()).contains(form));
                    if (fitting.size() == 1) {
                        return fitting.iterator().next();
                    }
                    if (fitting.size() > 1) {
                        return null;
                    }
                }
                // none known to be of the form: one country of no known form may be ("the kingdom" of a small
                // monarchy the dictionary has no long name for), one of another form may not
                named.removeIf(c -> forms.containsKey(c));
                others.removeIf(c -> forms.containsKey(c));
            }
            Set<String> focus = named.isEmpty() ? others : named;
            if (focus.size() == 1) {
                return focus.iterator().next();
            }
            if (!focus.isEmpty() || !window.isEmpty()) {
                return null; // two countries, or only organisations: no one country in focus
            }
        }
        return null;
    }

    /** The mention's one actor when it is of the kind wanted (an IGO for an organisation), else {@code fallback}. */
    private static Actor bodyOf(ActorMention m, Actor.ActorKind kind, Actor fallback) {
        if (m.actors().size() != 1) {
            return fallback;
        }
        Actor a = m.actors().get(0);
        boolean fits = kind == Actor.ActorKind.GROUP ? a.kind() == Actor.ActorKind.GROUP
                : a.kind() == Actor.ActorKind.ORGANISATION && a.code().startsWith("IGO");
        return fits ? a : fallback;
    }

    // ---- pieces -----------------------------------------------------------------------------------------------

    /** A part of a noun phrase: a dictionary hit, an unknown proper name, a rank or honorific. */
    private record Piece(Kind kind, Hit hit, int first, int last, String sector) {
        enum Kind { HIT, NAME, RANK, HONORIFIC }

        boolean isPerson() {
            return kind == Kind.HIT && hit.entry().type() == ActorEntry.Type.PERSON;
        }

        boolean isSector() {
            return kind == Kind.HIT && hit.use() == Use.SECTOR || kind == Kind.RANK;
        }

        boolean isCountry() {
            return kind == Kind.HIT && hit.entry().type() == ActorEntry.Type.COUNTRY && hit.use() != Use.METONYM;
        }

        boolean isModifierOnly() {
            return kind == Kind.HIT && (hit.use() == Use.ADJECTIVE
                    || hit.use() == Use.NAME && hit.entry().type() == ActorEntry.Type.COUNTRY);
        }
    }

    private List<Piece> pieces(Sentence s, List<Hit> hits) {
        List<Piece> out = new ArrayList<>();
        boolean[] covered = new boolean[s.size()];
        for (Hit h : hits) {
            for (int i = h.first(); i <= h.last(); i++) {
                covered[i] = true;
            }
        }
        int hitIndex = 0;
        int i = 0;
        while (i < s.size()) {
            if (hitIndex < hits.size() && hits.get(hitIndex).first() == i) {
                Hit h = hits.get(hitIndex++);
                out.add(new Piece(Piece.Kind.HIT, h, h.first(), h.last(), h.use() == Use.SECTOR ? h.code() : null));
                i = h.last() + 1;
                continue;
            }
            Token t = s.token(i);
            if (isRank(s, i)) {
                out.add(new Piece(Piece.Kind.RANK, null, i, i, RANKS.get(t.word())));
                i++;
                continue;
            }
            if (HONORIFICS.contains(t.word())) {
                out.add(new Piece(Piece.Kind.HONORIFIC, null, i, i, null));
                i++;
                continue;
            }
            if (isNameToken(s, i, covered)) {
                int j = i;
                while (j + 1 < s.size() && (isNameToken(s, j + 1, covered) || isNameParticle(s, j + 1, covered))) {
                    j++;
                }
                while (j > i && isNameParticle(s, j, covered)) {
                    j--;
                }
                while (j + 1 < s.size() && !covered[j + 1] && s.token(j + 1).tag().equals("JJ")
                        && s.token(j + 1).isCapitalised() && !gazetteer.lookup(textOf(s, i, j + 1)).isEmpty()) {
                    j++; // "Novi Sad": the tagger reads the place's last word as an adjective
                }
                j = afterGloss(s, j, covered);
                out.add(new Piece(Piece.Kind.NAME, null, i, j, null));
                i = j + 1;
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * A name followed by its translation in brackets ("the Azadliq (Freedom) opposition coalition", "the Umma
     * (Nation) party") is one name with its gloss, so that the words after the bracket still qualify it: the last
     * token of the gloss's closing bracket, else {@code last}. An acronym in brackets ("(NBC)") is no gloss: it names
     * the body later ({@link #acronymAfter}).
     */
    private static int afterGloss(Sentence s, int last, boolean[] covered) {
        int open = last + 1;
        if (open >= s.size() || !s.token(open).word().equals("(")) {
            return last;
        }
        boolean acronym = true;
        for (int k = open + 1; k < s.size() && k <= open + 4; k++) {
            Token t = s.token(k);
            if (t.word().equals(")")) {
                return k > open + 1 && !acronym ? k : last;
            }
            if (covered[k] || !t.isCapitalised() && !Set.of("of", "the", "and", "for").contains(t.word())) {
                return last;
            }
            acronym &= t.word().equals(t.word().toUpperCase(Locale.ROOT));
        }
        return last;
    }

    private static boolean isNameToken(Sentence s, int i, boolean[] covered) {
        Token t = s.token(i);
        return !covered[i] && t.isProperNoun() && t.isCapitalised() && !NOT_NAMES.contains(t.word())
                && !isRank(s, i) && !HONORIFICS.contains(t.word()) && t.word().length() > 1;
    }

    /**
     * A rank abbreviation stands before a name ("Gen. Ahmed", "Sen Marco Rubio"); written last in a name it is
     * part of the name ("Hun Sen said", "Amartya Sen").
     */
    private static boolean isRank(Sentence s, int i) {
        return RANKS.containsKey(s.token(i).word()) && i + 1 < s.size() && s.token(i + 1).isCapitalised();
    }

    private static boolean isNameParticle(Sentence s, int i, boolean[] covered) {
        String w = s.token(i).word();
        return !covered[i] && (w.equals("al") || w.equals("bin") || w.equals("ibn") || w.equals("de") || w.equals("es")
                || w.equals("van") || w.equals("von") || w.equals("-") || w.equals("abu") || w.equals("el"));
    }

    /** Splits pieces into noun-phrase segments: adjacent pieces joined only by modifiers, split at "and" and commas. */
    private static List<List<Piece>> segments(Sentence s, List<Piece> pieces) {
        List<List<Piece>> out = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece p : pieces) {
            if (!current.isEmpty()) {
                Piece previous = current.get(current.size() - 1);
                if (!onlyModifiersBetween(s, previous.last() + 1, p.first())
                        && !countedOwnedSector(s, previous, p) && !nounModifiersBetween(s, previous, p)
                        || previous.isCountry() && p.isPerson() && ofBetween(s, previous.last() + 1, p.first())) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Relations by which a word modifies the noun it stands before, inside one noun phrase. */
    private static final Set<String> NOUN_MODIFIER_RELATIONS = Set.of("compound", "amod");

    /**
     * A body's, country's or group's word and a sector noun with common nouns between them that all modify that
     * noun ("the U.N. war crimes tribunal", "NATO peacekeeping troops", "Ukrainian air defence forces")
     * are one noun phrase, as they are with nothing between them: the word before modifies the sector noun too
     * (compound or amod in the parse), and every word between hangs on the noun through such modifiers.
     */
    private static boolean nounModifiersBetween(Sentence s, Piece before, Piece sector) {
        int from = before.last() + 1;
        int to = sector.first();
        if (!sector.isSector() || sector.kind() != Piece.Kind.HIT || before.kind() != Piece.Kind.HIT
                || before.isSector() || before.isPerson() || from >= to || !s.isParsed()) {
            return false;
        }
        int head = sector.last();
        boolean attached = false;
        for (int i = before.first(); i <= before.last(); i++) {
            attached |= modifiesWithin(s, i, head, before.first(), head);
        }
        if (!attached) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String tag = s.token(i).tag();
            // nouns only: across an adjective the word before may not be the group's ("Irish nationalist
            // guerrillas" may be anyone's, "Russian civilian advisers" someone else's), as for a country's word
            if (!(tag.equals("NN") || tag.equals("NNS") || tag.equals("HYPH") || tag.equals("VBG"))
                    || !modifiesWithin(s, i, head, from, head)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} reaches {@code head} by compound or amod links through tokens of [from, to] only
     * (a hyphen counts as part of the word it joins).
     */
    private static boolean modifiesWithin(Sentence s, int i, int head, int from, int to) {
        int current = i;
        for (int steps = 0; steps < 8; steps++) {
            if (current == head) {
                return true;
            }
            Dependency up = null;
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == current) {
                    up = d;
                    break;
                }
            }
            if (up == null || up.governor() < from || up.governor() > to
                    || !(NOUN_MODIFIER_RELATIONS.contains(up.relation()) || up.relation().equals("punct")
                    && s.token(current).tag().equals("HYPH"))) {
                return false;
            }
            current = up.governor();
        }
        return false;
    }

    /** Words of an approximate count before a number or a quantity noun: "some 3,500", "about 200", "nearly 40". */
    private static final Set<String> APPROXIMATORS = Set.of("some", "about", "around", "nearly", "almost", "roughly",
            "approximately", "over", "more", "than", "up", "to", "at", "least", "an", "estimated", "only", "just",
            "fewer", "less", "several", "many", "the");
    /** Nouns that count people in round numbers: "thousands of", "hundreds of", "dozens of", "tens of thousands of". */
    private static final Set<String> QUANTITY_NOUNS = Set.of("thousands", "hundreds", "dozens", "tens", "scores",
            "millions");

    /**
     * A place or body in the possessive and a sector noun with a count between them ("Rio de Janeiro's 3,500
     * dockworkers", "Lagos's some 2,000 striking doctors", "the country's thousands of teachers") are one noun phrase,
     * as they are with no count ("Rio de Janeiro's dockworkers"): after the "'s" only numbers, words of an approximate
     * count, quantity nouns with their "of", and adjectives stand before the noun, and the parse (when there is
     * one) makes the possessor the noun's.
     */
    private static boolean countedOwnedSector(Sentence s, Piece owner, Piece owned) {
        int from = owner.last() + 1;
        int to = owned.first();
        if (!owned.isSector() || from >= to || !s.token(from).tag().equals("POS")) {
            return false;
        }
        boolean counted = false;
        for (int i = from + 1; i < to; i++) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            String tag = t.tag();
            if (tag.equals("CD") || QUANTITY_NOUNS.contains(w)) {
                counted = true;
            } else if (w.equals("of") && i > from + 1 && QUANTITY_NOUNS.contains(
                    s.token(i - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            } else if (APPROXIMATORS.contains(w) || w.equals(",") && i > from + 1 && s.token(i - 1).tag().equals("CD")) {
                continue;
            } else if (!(tag.startsWith("JJ") || tag.equals("HYPH")
                    || (tag.equals("VBG") || tag.equals("VBN")) && !headsAClause(s, i))) {
                return false;
            }
        }
        if (!counted) {
            return false;
        }
        if (!s.isParsed()) {
            return true;
        }
        for (Dependency d : s.dependencies()) {
            // the possessor of the noun, or of the count that stands for it ("Kenya's [tens] of thousands of")
            if (d.relation().equals("nmod:poss") && d.dependent() >= owner.first() && d.dependent() <= owner.last()
                    && (d.governor() >= owned.first() && d.governor() <= owned.last() || d.governor() > from
                    && d.governor() < to && QUANTITY_NOUNS.contains(s.token(d.governor()).word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "of" stands between two pieces: a country "of" a named person are two actors ("the people of Gondor
     * of the Prince of X" is no title), where a title "of" a country is one ("the President of Ukraine").
     */
    private static boolean ofBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).word().equalsIgnoreCase("of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyModifiersBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            String tag = s.token(i).tag();
            boolean finiteVerb = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB")
                    || tag.equals("VBG") || tag.equals("MD") || tag.startsWith("VB") && headsAClause(s, i);
            if (!MODIFIERS.contains(w) || finiteVerb) {
                return false;
            }
        }
        return true;
    }

    /** A verb with a subject or object, or the root: "detained" in "Police detained protesters" (tagged VBN). */
    private static boolean headsAClause(Sentence s, int i) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == i && (d.relation().startsWith("nsubj") || d.relation().equals("obj"))
                    || d.dependent() == i && d.governor() == Dependency.ROOT) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCoordinationBetween(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean sawCoordinator = false;
        for (int i = from; i < to; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (COORDINATORS.contains(w)) {
                sawCoordinator = true;
            } else if (!w.equals("the")) {
                return false;
            }
        }
        return sawCoordinator;
    }

    // ---- composition ------------------------------------------------------------------------------------------

    private Optional<ActorMention> compose(Sentence s, String text, List<Piece> segment, LocalDate date,
                                           Map<String, Actor> people, List<String> contextCountries) {
        Optional<Actor> actor = composeActor(s, segment, date, people, contextCountries);
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        int first = segment.get(0).first();
        int last = segment.get(segment.size() - 1).last();
        String via = segment.stream().anyMatch(p -> p.kind() == Piece.Kind.NAME)
                ? actor.get().kind() == Actor.ActorKind.ORGANISATION ? "named-body" : "title" : "dictionary";
        if (actor.get().kind() == Actor.ActorKind.PERSON && segment.stream().noneMatch(Piece::isPerson)
                && segment.stream().noneMatch(Piece::isSector)) {
            via = "coreference";
        }
        return Optional.of(mention(s, text, first, last, parts(segment, actor.get()), via));
    }

    /**
     * An entry naming several actors at once ("the Shire", PETRARCH's {@code [FRO/BIL/SAM]}) stands for each of
     * them, with the sector the segment adds; any other actor stands for itself.
     */
    private static List<Actor> parts(List<Piece> segment, Actor actor) {
        for (Piece p : segment) {
            if (p.kind() != Piece.Kind.HIT || p.hit().entry().parts().isEmpty()) {
                continue;
            }
            String joint = p.hit().entry().code();
            if (joint == null || !actor.code().startsWith(joint)) {
                continue;
            }
            String suffix = actor.code().substring(joint.length());
            List<Actor> out = new ArrayList<>();
            for (String part : p.hit().entry().parts()) {
                out.add(new Actor(part + suffix, actor.name(), part.substring(0, 3), actor.sector(), actor.kind(),
                        actor.wikidata()));
            }
            return out;
        }
        return List.of(actor);
    }

    private Optional<Actor> composeActor(Sentence s, List<Piece> segment, LocalDate date, Map<String, Actor> people) {
        return composeActor(s, segment, date, people, List.of());
    }

    private Optional<Actor> composeActor(Sentence s, List<Piece> segment, LocalDate date, Map<String, Actor> people,
                                         List<String> contextCountries) {
        boolean former = formerBefore(s, segment);
        Piece person = last(segment, Piece::isPerson);
        if (person != null) {
            Optional<Actor> dated = person.hit().entry().actorOn(date);
            Optional<Actor> a = dated;
            String title = strongSector(segment, person.first());
            Piece body = former ? null : titleBody(s, segment, person);
            if (body != null) {
                // "NATO Secretary-General X", "UN envoy Y": the body the title names, whatever the dated role says
                String bodyCode = body.hit().code();
                if (a.isEmpty() || !a.get().code().startsWith(bodyCode)) {
                    a = Optional.of(person.hit().entry().actorOfBody(bodyCode, date));
                }
            } else if (!former && title != null && !"ELI".equals(title)
                    && (a.isEmpty() || !title.equals(a.get().sector()))) {
                // "President Mitterrand" in a story dated outside his term, "President Gbagbo" dated while he led
                // the opposition: the title the writer gives is the office held when the story was written
                a = person.hit().entry().actorTitled(title, date).or(() -> dated);
            }
            if (a.isPresent()) {
                Actor actor = former ? asFormer(a.get()) : a.get();
                remember(people, s, person, actor);
                return Optional.of(actor);
            }
        }
        Piece org = last(segment, p -> p.kind() == Piece.Kind.HIT && p.hit().use() != Use.SECTOR
                && (p.hit().entry().type() == ActorEntry.Type.ORGANISATION
                || p.hit().entry().type() == ActorEntry.Type.GROUP || p.hit().entry().type() == ActorEntry.Type.SEAT
                || p.hit().use() == Use.METONYM));
        String sector = sector(segment);
        Piece name = last(segment, p -> p.kind() == Piece.Kind.NAME);
        Piece lastPiece = segment.get(segment.size() - 1);
        // "NATO-member Norway", "EU member Hungary", "NATO ally Turkey": an organisation before a country's name
        // says what the country belongs to
        boolean countryNamed = org != null && lastPiece.isCountry() && lastPiece.hit().use() == Use.NAME
                && lastPiece.first() > org.last() && org.hit().use() != Use.METONYM
                && org.hit().entry().type() == ActorEntry.Type.ORGANISATION;
        if (countryNamed) {
            ActorEntry e = lastPiece.hit().entry();
            String iso = lastPiece.hit().code().substring(0, 3);
            return Optional.of(new Actor(iso, e.name(), iso, null, Actor.ActorKind.COUNTRY, e.wikidata()));
        }
        if (org != null && org.hit().entry().type() == ActorEntry.Type.GROUP && org.hit().code().length() >= 3
                && (org.hit().use() == Use.ADJECTIVE || org.hit().use() == Use.DEMONYM) && name == null) {
            // a group's adjective ("Tigrayan") names the group only with its armed men or spokesmen ("Tigrayan
            // forces", "a Tigrayan commander"); its other people are its country's ("Tigrayan refugees", "two
            // Tigrayans" are civilians)
            String iso = org.hit().code().substring(0, 3);
            boolean armed = sector != null && (sector.equals("MIL") || sector.equals("REB") || weakSector(segment));
            if (!armed) {
                if (sector == null && !isPeopleNoun(s, org)) {
                    return Optional.empty();
                }
                String sec = sector == null ? "CVL" : sector;
                return Optional.of(new Actor(iso + sec, iso + " " + sectorLabel(sec), iso, sec,
                        Actor.ActorKind.COMPOSED, null));
            }
        }
        if (org != null && (name == null || name.first() < org.first())) {
            ActorEntry e = org.hit().entry();
            String code = org.hit().code();
            if (org.hit().use() != Use.METONYM && !e.roles().isEmpty() && date != null) {
                // a body whose standing changed: the Taliban governing, a rebel movement turned party
                code = e.codeOn(date).orElse(code);
            }
            if (org.hit().use() == Use.METONYM && sector != null && code.length() >= 3) {
                code = code.substring(0, 3) + sector;
            } else if (("MIL".equals(sector) || "JUD".equals(sector)) && code.length() == 6
                    && Set.of("IGO", "NGO").contains(code.substring(0, 3))
                    && e.type() == ActorEntry.Type.ORGANISATION && org.first() < last(segment, Piece::isSector).first()) {
                code = code + sector; // "UN peacekeepers", "NATO troops", "the U.N. war crimes court": its forces, court
            }
            String display = org.hit().use() == Use.METONYM ? e.name() + " (" + text(s, org) + ")" : e.name();
            return Optional.of(new Actor(code, display, code.substring(0, 3), code.length() >= 6 ? code.substring(3, 6) : null,
                    org.hit().use() == Use.METONYM ? Actor.ActorKind.SEAT : e.kind(), e.wikidata()));
        }
        if (org != null && name != null && org.last() < name.first() && org.hit().use() == Use.NAME
                && org.hit().entry().type() == ActorEntry.Type.ORGANISATION && org.hit().code().length() == 6
                && isInternational(org.hit().code().substring(0, 3)) && !former) {
            // "UN envoy Hans Berg", "U.N. mediator Diego Cordovez": an international body's title makes its person
            String code = org.hit().code();
            Actor actor = new Actor(code, text(s, name), code.substring(0, 3), null, Actor.ActorKind.PERSON, null);
            remember(people, s, name, actor);
            return Optional.of(actor);
        }
        Piece country = countryOf(s, segment);
        Actor body = former ? null : namedBody(s, segment, name, country, contextCountries);
        if (body != null) {
            // "Thames Valley Police", "the National Broadcasting Commission (NBC)": a body no dictionary lists,
            // named by a proper name ending in an institution's noun, is that body, not a titled person
            people.put(body.name(), body);
            if ("BUS".equals(body.sector()) && name.first() < name.last() && s.token(name.first()).word().length() > 2) {
                // "Ford Motor Company" is later "Ford"
                people.putIfAbsent(s.token(name.first()).word(), body);
            }
            String acronym = acronymAfter(s, segment.get(segment.size() - 1).last());
            if (acronym != null) {
                people.putIfAbsent(acronym, body);
            }
            return Optional.of(body);
        }
        if (name != null && sector == null && country != null && country.last() < name.first()
                && name.first() == name.last() && s.token(name.last()).tag().equals("NNPS")) {
            // "Iraqi Kurds", "Bosnian Muslims": a country's adjective before a plural proper noun is a people of
            // that country, its civilians, not a person
            String iso = country.hit().code().substring(0, 3);
            return Optional.of(new Actor(iso + "CVL", text(s, country) + " " + text(s, name), iso, "CVL",
                    Actor.ActorKind.COMPOSED, null));
        }
        Piece sectorPiece = last(segment, Piece::isSector);
        boolean placeBefore = name != null && lastPiece.isSector() && lastPiece.kind() == Piece.Kind.HIT
                && name.last() < lastPiece.first() && s.token(lastPiece.last()).tag().equals("NNS");
        boolean placeAfter = name != null && name == lastPiece && sectorPiece != null
                && sectorPiece.kind() == Piece.Kind.HIT && sectorPiece.last() < name.first()
                && ofTheBetween(s, sectorPiece.last() + 1, name.first());
        if (sector != null && country == null && !former && (placeBefore || placeAfter)) {
            // "Darfur rebels", "residents of Kharkiv", "the mayor of Kano": a place's name before a plural sector
            // noun, or after a sector noun and "of", says where the group or office is (its country), and names
            // no person
            String iso = placeCountry(s, name, contextCountries);
            if (iso != null && iso.length() == 3) {
                return Optional.of(new Actor(iso + sector, text(s, name) + " " + sectorLabel(sector), iso, sector,
                        Actor.ActorKind.COMPOSED, null));
            }
        }
        if (name != null && (sector != null || country != null)) {
            // A titled person who is not in the dictionary: "Russian envoy Kirill Dmitriev".
            String code = (country != null ? country.hit().code().substring(0, 3) : "") + (sector == null ? "" : sector);
            if (former) {
                code = country != null ? code.substring(0, 3) + "ELI" : "ELI";
                sector = "ELI";
            }
            // "Pedro Alvarado, Lopez's chief of staff": a name in the possessive before the title is the
            // title-holder's superior, not the title-holder, so the name is not remembered as this actor; when the
            // article named the superior, a generic title ("chief of staff", "commander") takes the superior's
            // sector (a governor's chief of staff is no soldier) and, with no country word, the superior's country
            boolean possessor = !former && sector != null && possessorOfTitle(s, segment, name);
            Actor boss = null;
            if (possessor) {
                boss = people.get(text(s, name));
                if (boss == null) {
                    boss = people.get(s.token(name.last()).word());
                }
            }
            String iso = country == null ? null : country.hit().code().substring(0, 3);
            if (boss != null) {
                if (weakSector(segment) && boss.sector() != null && !"ELI".equals(boss.sector())) {
                    sector = boss.sector();
                }
                iso = iso != null ? iso : boss.country();
                code = (iso == null ? "" : iso) + sector;
            }
            if (code.length() < 3) {
                return Optional.empty();
            }
            Actor actor = new Actor(code, text(s, name), iso, sector, Actor.ActorKind.PERSON, null);
            if (boss == null) {
                remember(people, s, name, actor);
            }
            return Optional.of(actor);
        }
        if (name != null) {
            Actor known = people.get(text(s, name));
            if (known == null) {
                known = people.get(s.token(name.last()).word());
            }
            return Optional.ofNullable(known);
        }
        if (country != null && country.hit().use() == Use.DEMONYM && sector == null
                && hasWordBefore(s, segment, "ethnic")) {
            // "ethnic Albanians in Serbia", "ethnic Turks": a people, not the state of that name; civilians of the
            // country where they are (given from the sentence's place or the article's country)
            return Optional.of(new Actor("CVL", text(s, country), null, "CVL", Actor.ActorKind.SECTOR, null));
        }
        if (country != null && sector == null && country == lastPiece && isPeopleNoun(s, country)) {
            // "two Britons", "Ukrainians queued", "a Frenchman": a demonym written as a noun names people of the
            // country, its civilians; "the Palestinians" (the people as a party) stays the country
            String iso = country.hit().code().substring(0, 3);
            return Optional.of(new Actor(iso + "CVL", country.hit().entry().name() + " " + sectorLabel("CVL"), iso,
                    "CVL", Actor.ActorKind.COMPOSED, null));
        }
        if (country != null && sector == null && segment.size() == 1 && country.hit().use() == Use.NAME
                && country.first() == country.last() && prepositionBefore(s, country.first()) == null) {
            // "Portuguese Prime Minister Luis Montenegro said ... Montenegro added": a country's name that is the
            // surname of a person the article named is that person, outside a place phrase
            String word = s.token(country.first()).word();
            Actor named = people.get(word);
            // the surname only: "Israel" of "Israel Katz" is his first name, and the country stays the country
            if (named != null && named.kind() == Actor.ActorKind.PERSON && named.name() != null
                    && named.name().endsWith(" " + word)) {
                return Optional.of(named);
            }
        }
        if (country != null) {
            String iso = country.hit().code().substring(0, 3);
            if (former && sector != null && !sector.equals("ELI") && DOMESTIC.contains(sector)) {
                sector = "ELI"; // "a former Russian diplomat"
            }
            String code = iso + (sector == null ? "" : sector);
            String label = country.hit().entry().name() + (sector == null ? "" : " " + sectorLabel(sector));
            return Optional.of(new Actor(code, label, iso, sector,
                    sector == null ? Actor.ActorKind.COUNTRY : Actor.ActorKind.COMPOSED, sector == null
                    ? country.hit().entry().wikidata() : null));
        }
        if (sector != null) {
            return Optional.of(new Actor(sector, sectorName(segment), null, sector, Actor.ActorKind.SECTOR, null));
        }
        return Optional.empty();
    }

    /**
     * Head nouns that end the proper name of a body ("Thames Valley Police", "Lahore High Court", "National
     * Telecommunications Commission", "Ford Motor Company") and the sector they give it.
     */
    private static final Map<String, String> BODY_HEADS = Map.ofEntries(Map.entry("Police", "COP"),
            Map.entry("Constabulary", "COP"), Map.entry("Court", "JUD"), Map.entry("Tribunal", "JUD"),
            Map.entry("Ministry", "GOV"), Map.entry("Department", "GOV"), Map.entry("Commission", "GOV"),
            Map.entry("Agency", "GOV"), Map.entry("Authority", "GOV"), Map.entry("Bureau", "GOV"),
            Map.entry("Administration", "GOV"), Map.entry("Directorate", "GOV"), Map.entry("Council", "GOV"),
            Map.entry("Board", "GOV"), Map.entry("Army", "MIL"), Map.entry("Navy", "MIL"), Map.entry("Party", "PTY"),
            Map.entry("University", "EDU"), Map.entry("College", "EDU"), Map.entry("Company", "BUS"),
            Map.entry("Corporation", "BUS"), Map.entry("Airlines", "BUS"), Map.entry("Airways", "BUS"),
            Map.entry("Church", "REL"), Map.entry("Hospital", "HLH"));

    /**
     * Legal forms and other last words of a firm's name ("Corp", "Inc"), read as such only after a title word that
     * would otherwise make the name a person's ("General Motors Corp"): a firm named alone stays no party, as before.
     */
    private static final Set<String> FIRM_ENDINGS = Set.of("Corp", "Corp.", "Co", "Co.", "Inc", "Inc.", "Ltd",
            "Ltd.", "Plc", "PLC", "Industries", "Holdings");

    /** Words of a body's name that name no place: "National", "Metropolitan", "County" in "Kenosha County". */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("National", "Metropolitan", "Federal", "State",
            "Regional", "County", "City", "Municipal", "Provincial", "District", "Supreme", "High", "Royal", "Central",
            "General", "Civil", "Criminal", "Public", "Special", "Joint", "Democratic", "Republican",
            "People", "Peoples", "Liberal", "Labour", "Labor", "Conservative", "Progressive", "Socialist", "Communist",
            "Green", "Independent", "Popular", "United", "Union", "Motor", "Motors", "Air", "Home", "Security",
            "Defence", "Defense", "Justice", "Health", "Education", "Environmental", "Protection", "Electoral",
            "Election", "Communications", "Telecommunications", "Broadcasting", "Standards", "Trade", "Commerce",
            "Transport", "Transportation", "Energy", "Finance", "Financial", "Investigation", "Investigations",
            "Intelligence", "Emergency", "Management", "Services", "Service", "Affairs", "Human", "Rights", "Court",
            "Appeals", "Appeal", "Superior", "Magistrates", "Crown", "Family", "Constitutional", "Administrative");

    /**
     * The body a segment names by a proper name ending in an institution's noun ({@link #BODY_HEADS}): a name whose
     * last word is the noun ("National Telecommunications Commission", "Ford Motor Company") or a name written right
     * before a capitalised sector noun ("Thames Valley Police", "Lahore High Court"); at least two words, or a
     * country's word before it ("the Philippine National Police"). Its country is that word's, else the one of a
     * place its name contains ("Thames Valley", "Kenosha County", "New South Wales": the gazetteer), else none here
     * (the sentence's or article's, as for a sector noun); its sector the noun's.
     */
    private Actor namedBody(Sentence s, List<Piece> segment, Piece name, Piece country, List<String> contextCountries) {
        if (name == null || segment.stream().anyMatch(p -> p.isPerson() || p.kind() == Piece.Kind.RANK
                || p.kind() == Piece.Kind.HONORIFIC)) {
            return null;
        }
        Piece lastPiece = segment.get(segment.size() - 1);
        int head;
        if (lastPiece == name) {
            head = name.last();
        } else if (lastPiece.isSector() && lastPiece.kind() == Piece.Kind.HIT && lastPiece.first() == name.last() + 1
                && allCapitalisedNames(s, lastPiece.first(), lastPiece.last())) {
            head = lastPiece.last();
        } else {
            return null;
        }
        String sector = BODY_HEADS.get(s.token(head).word());
        Piece title = segment.get(0);
        // "General Motors Corp", "General Motors": a capitalised title right before a name that ends in a firm's
        // legal form, or is a plural proper noun (a person's name is singular), names no person but a firm
        boolean titledPlural = sector == null && lastPiece == name && title.isSector()
                && title.kind() == Piece.Kind.HIT && title.last() + 1 == name.first()
                && allCapitalisedNames(s, title.first(), title.last())
                && (s.token(head).tag().equals("NNPS") || FIRM_ENDINGS.contains(s.token(head).word()));
        if (titledPlural) {
            sector = "BUS";
        }
        if (sector == null || s.token(head).tag().equals("NNS") || !s.token(head).tag().startsWith("NNP")) {
            return null;
        }
        int words = head - name.first() + 1 + (titledPlural ? 1 : 0);
        boolean countryBefore = country != null && country.last() < name.first();
        if (words < 2 && !countryBefore) {
            return null;
        }
        if (country != null && !countryBefore) {
            return null; // "the Commission of Kenya" and the like: left to the rules of titles
        }
        String iso = countryBefore ? country.hit().code().substring(0, 3) : placeInName(s, name.first(), head - 1,
                contextCountries);
        int start = countryBefore ? country.first() : name.first();
        Piece first = segment.get(0);
        if (!countryBefore && first.first() < start && allCapitalisedNames(s, first.first(), start - 1)) {
            start = first.first(); // "National" (a sector noun) in "the National Telecommunications Commission"
        }
        String bodyName = textOf(s, start, head);
        return new Actor(iso == null ? sector : iso + sector, bodyName, iso, sector, Actor.ActorKind.ORGANISATION, null);
    }

    /** Only "of" and an optional "the" between two pieces: "residents of Kharkiv", "the mayor of the Hague". */
    private static boolean ofTheBetween(Sentence s, int from, int to) {
        if (from >= to || !s.token(from).word().equalsIgnoreCase("of")) {
            return false;
        }
        return to == from + 1 || to == from + 2 && s.token(from + 1).word().equalsIgnoreCase("the");
    }

    /**
     * The country of a place the whole name is called (a division, district or town, chosen as for a body's name,
     * else a region no division is called: "Darfur"); null when the name is no place or names places of several
     * countries.
     */
    private String placeCountry(Sentence s, Piece name, List<String> contextCountries) {
        String words = text(s, name);
        Optional<Place> region = gazetteer.feature(words);
        if (gazetteer.lookup(words).isEmpty() && region.isEmpty()) {
            return null;
        }
        String iso = placeInName(s, name.first(), name.last(), contextCountries);
        return iso != null ? iso : region.map(Place::country).orElse(null);
    }

    private static boolean allCapitalisedNames(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!s.token(i).isCapitalised() || !s.token(i).tag().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The country of a place named by the first words of a body's name (after generic ones such as "Royal"), longest
     * run first: a division, district, county or town of some size in a country the article names, else a name of
     * one country only; null when they name none, or places of several countries none of which the article is
     * about.
     */
    private String placeInName(Sentence s, int from, int to, List<String> contextCountries) {
        int i = from;
        while (i <= to && GENERIC_NAME_WORDS.contains(s.token(i).word())) {
            i++; // "Royal Ulster Constabulary": the place comes after a generic word
        }
        for (int end = to; end >= i; end--) {
            int last = end;
            while (last > i && GENERIC_NAME_WORDS.contains(s.token(last).word())) {
                last--; // "Kenosha County", "Lagos State": the county or state of that name
            }
            if (last < end && end < to) {
                continue;
            }
            List<Place> candidates = gazetteer.lookup(textOf(s, i, last));
            if (candidates.isEmpty()) {
                continue;
            }
            // in a country the article names: a division, a district or county (kept only for such names), a town of
            // some size ("Kenosha County" in a story about the United States)
            for (String c : contextCountries) {
                for (Place p : candidates) {
                    if (p.country().equals(c) && (p.kind() != Place.PlaceKind.CITY || p.population() == 0
                            || p.population() >= 50_000)) {
                        return c;
                    }
                }
            }
            // elsewhere only a name no other country has a division, district or town of some size of ("Thames
            // Valley", "Lahore"; "Saint Louis University" is no body of Senegal's, whose region has a namesake in
            // the United States)
            Set<String> countries = new java.util.HashSet<>();
            for (Place p : candidates) {
                if (p.kind() != Place.PlaceKind.CITY || p.population() == 0 || p.population() >= 50_000) {
                    countries.add(p.country());
                }
            }
            if (countries.size() == 1) {
                return countries.iterator().next();
            }
            if (countries.isEmpty()) {
                continue;
            }
            return null; // places of several countries, none the article's: no guess from shorter words
        }
        return null;
    }

    /** An acronym in brackets right after a name: "the National Broadcasting Commission (NBC)". */
    private static String acronymAfter(Sentence s, int last) {
        if (last + 3 < s.size() && Set.of("(", "[").contains(s.token(last + 1).word())
                && Set.of(")", "]").contains(s.token(last + 3).word())
                && s.token(last + 2).word().matches("[A-Z][A-Z&]{1,7}")) {
            return s.token(last + 2).word();
        }
        return null;
    }

    /** Nouns of a country's delegate to a body: "UN ambassador X" is a country's diplomat, not the UN's. */
    private static final Set<String> DELEGATE_NOUNS = Set.of("ambassador", "representative", "delegate",
            "permanent");

    /**
     * The international organisation a person's title names before the name ("NATO Secretary-General Mark Rutte",
     * "UN envoy Hanna Tetteh", "IAEA chief Rafael Grossi"), or null; not a country's delegate to it ("UN ambassador
     * X") nor a title that names a country too ("the UN's Syrian envoy").
     */
    private static Piece titleBody(Sentence s, List<Piece> segment, Piece person) {
        Piece body = last(segment, p -> p.kind() == Piece.Kind.HIT && p.last() < person.first()
                && (p.hit().use() == Use.NAME || p.hit().use() == Use.ADJECTIVE)
                && p.hit().entry().type() == ActorEntry.Type.ORGANISATION && p.hit().code().length() >= 6
                && isInternational(p.hit().code().substring(0, 3)));
        if (body == null || segment.stream().anyMatch(p -> p.first() > body.last() && p.last() < person.first()
                && p.isCountry())) {
            return null;
        }
        for (int i = body.last() + 1; i < person.first(); i++) {
            if (DELEGATE_NOUNS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return body;
    }

    /** The name is written in the possessive before the segment's title: "Lopez's chief of staff", "Ruiz' aide". */
    private static boolean possessorOfTitle(Sentence s, List<Piece> segment, Piece name) {
        int after = name.last() + 1;
        if (after >= s.size() || !s.token(after).tag().equals("POS")) {
            return false;
        }
        return segment.stream().anyMatch(p -> p.isSector() && p.first() > after);
    }

    /** Whether the segment's sector comes from generic nouns only ("leader", "spokesman", "commander"). */
    private static boolean weakSector(List<Piece> segment) {
        return segment.stream().filter(Piece::isSector)
                .allMatch(p -> p.kind() == Piece.Kind.HIT && p.hit().entry().weak());
    }

    /**
     * The country piece that owns a segment: the last one, except after a diplomat's "for"/"to" ("the US special
     * envoy for Sudan", "Chile's ambassador to Peru"), which names the post: then the one before the diplomat, or none.
     */
    private static Piece countryOf(Sentence s, List<Piece> segment) {
        Piece country = last(segment, Piece::isCountry);
        if (country == null) {
            return null;
        }
        Piece diplomat = null;
        for (Piece p : segment) {
            if (p.isSector() && p.last() < country.first()
                    && DIPLOMAT_NOUNS.contains(s.token(p.last()).lemma().toLowerCase(Locale.ROOT))) {
                diplomat = p;
            }
        }
        if (diplomat == null) {
            return country;
        }
        for (int i = diplomat.last() + 1; i < country.first(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("for") || w.equals("to")) {
                Piece d = diplomat;
                return last(segment, p -> p.isCountry() && p.last() < d.first());
            }
        }
        return country;
    }

    /**
     * True when a country's adjective or demonym is written as a noun for people: a plural ("Britons", "two
     * Ukrainians") or a singular after "a", "an" or "one" ("a Briton"), with no noun after it, and not after "the".
     */
    private static boolean isPeopleNoun(Sentence s, Piece country) {
        Use use = country.hit().use();
        if (use != Use.DEMONYM && use != Use.ADJECTIVE) {
            return false;
        }
        Token head = s.token(country.last());
        if (!head.isNoun() || country.last() + 1 < s.size() && s.token(country.last() + 1).isNoun()) {
            return false;
        }
        String before = country.first() > 0 ? s.token(country.first() - 1).word().toLowerCase(Locale.ROOT) : "";
        if (before.equals("the")) {
            return false;
        }
        boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS") || use == Use.DEMONYM;
        return plural || before.equals("a") || before.equals("an") || before.equals("one");
    }

    private static Actor asFormer(Actor a) {
        if (a.code().length() < 3 || "ELI".equals(a.sector())) {
            return a;
        }
        String code = a.code().substring(0, 3) + "ELI";
        return new Actor(code, a.name(), a.country(), "ELI", a.kind(), a.wikidata());
    }

    /** Words that make a title a past one: "former", "ex-"; "ousted", "deposed", "toppled" as adjectives. */
    private static final Set<String> DEPOSED = Set.of("ousted", "deposed", "toppled", "overthrown");

    /**
     * True when token {@code i} makes a title a past one: "former", "ex", "ex-chancellor", or an adjective of removal
     * ("ousted president X", "the deposed prime minister"; not the verb of "the army ousted President X").
     */
    private static boolean isFormerWord(Sentence s, int i) {
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        if (w.equals("former") || w.equals("ex") || w.startsWith("ex-")) {
            return true;
        }
        if (!DEPOSED.contains(w)) {
            return false;
        }
        if (s.isParsed()) {
            return s.governorsOf(i).stream().anyMatch(d -> d.relation().equals("amod"));
        }
        String tag = s.token(i).tag();
        String before = i > 0 ? s.token(i - 1).tag() : "";
        return tag.equals("JJ") || tag.equals("VBN") && (i == 0 || before.equals("DT") || before.equals("PRP$"));
    }

    /** True when a former-word ({@link #isFormerWord}) is in the segment or up to three words before it. */
    private static boolean formerBefore(Sentence s, List<Piece> segment) {
        int first = segment.get(0).first();
        for (int i = Math.max(0, first - 3); i <= segment.get(segment.size() - 1).last(); i++) {
            if (isFormerWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWordBefore(Sentence s, List<Piece> segment, String word) {
        int first = segment.get(0).first();
        for (int i = Math.max(0, first - 3); i <= segment.get(segment.size() - 1).last(); i++) {
            String w = s.token(i).word();
            if (w.equalsIgnoreCase(word) || word.equals("ex") && w.toLowerCase(Locale.ROOT).startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    /** The segment's sector: the last strong sector noun or rank, else the last weak one. */
    private static String sector(List<Piece> segment) {
        String weak = null;
        String strong = null;
        for (Piece p : segment) {
            if (p.kind() == Piece.Kind.RANK) {
                strong = p.sector();
            } else if (p.isSector()) {
                if (p.hit().entry().weak()) {
                    weak = p.hit().code();
                } else {
                    strong = p.hit().code();
                }
            }
        }
        if ("LAB".equals(weak) && "BUS".equals(strong)) {
            return weak; // "workers of the bus company": a business's workers are labour, not the business
        }
        return strong != null ? strong : weak;
    }

    /** The sector of a title (not a generic noun like "leader") written before the token {@code before}. */
    private static String strongSector(List<Piece> segment, int before) {
        String strong = null;
        for (Piece p : segment) {
            if (p.first() >= before) {
                break;
            }
            if (p.kind() == Piece.Kind.RANK) {
                strong = p.sector();
            } else if (p.isSector() && !p.hit().entry().weak()) {
                strong = p.hit().code();
            }
        }
        return strong;
    }

    private static String sectorName(List<Piece> segment) {
        return sectorLabel(sector(segment));
    }

    private static final Map<String, String> SECTOR_LABELS = Map.ofEntries(Map.entry("GOV", "government"),
            Map.entry("MIL", "military"), Map.entry("COP", "police"), Map.entry("JUD", "judiciary"),
            Map.entry("LEG", "legislature"), Map.entry("OPP", "opposition"), Map.entry("REB", "rebels"),
            Map.entry("CVL", "civilians"), Map.entry("MED", "media"), Map.entry("BUS", "business"),
            Map.entry("EDU", "education"), Map.entry("REL", "religious"), Map.entry("HLH", "health"),
            Map.entry("LAB", "labour"), Map.entry("REF", "refugees"), Map.entry("SPY", "intelligence"),
            Map.entry("PTY", "party"), Map.entry("ELI", "former officials"), Map.entry("CRM", "criminals"),
            Map.entry("NGO", "non-governmental organisation"), Map.entry("INS", "insurgents"));

    static String sectorLabel(String sector) {
        return sector == null ? "" : SECTOR_LABELS.getOrDefault(sector, sector);
    }

    private static void remember(Map<String, Actor> people, Sentence s, Piece piece, Actor actor) {
        String full = text(s, piece);
        people.put(full, actor);
        people.put(s.token(piece.last()).word(), actor);
        for (int i = piece.first(); i < piece.last(); i++) {
            // a surname written first ("Liang Wen" is later "Liang"), or a compound surname's first part
            if (s.token(i).isCapitalised() && s.token(i).word().length() > 2) {
                people.putIfAbsent(s.token(i).word(), actor);
            }
        }
    }

    private static Piece last(List<Piece> pieces, java.util.function.Predicate<Piece> p) {
        Piece found = null;
        for (Piece piece : pieces) {
            if (p.test(piece)) {
                found = piece;
            }
        }
        return found;
    }

    private static String text(Sentence s, Piece p) {
        StringBuilder b = new StringBuilder();
        for (int i = p.first(); i <= p.last(); i++) {
            Token t = s.token(i);
            if (b.length() > 0 && i > p.first() && s.token(i - 1).end() < t.start()) {
                b.append(' ');
            }
            b.append(t.word());
        }
        return b.toString();
    }

    private static ActorMention mention(Sentence s, String text, int first, int last, List<Actor> actors, String via) {
        int start = s.token(first).start();
        int end = s.token(last).end();
        return new ActorMention(s.index(), first, last, last, start, end, text.substring(start, end), actors, via);
    }

    /**
     * "Russian and Ukrainian officials": modifier-only segments joined by "and"/commas to a segment that ends in
     * a sector noun share that noun. The mentions of the parts are replaced by one mention naming every actor.
     */
    private void distributeSharedHeads(Sentence s, String text, List<Piece> pieces, LocalDate date,
                                       List<ActorMention> mentions) {
        for (int end = 0; end < pieces.size(); end++) {
            Piece head = pieces.get(end);
            if (!head.isSector()) {
                continue;
            }
            int firstModifier = end - 1;
            if (firstModifier < 0 || !pieces.get(firstModifier).isModifierOnly()
                    || !onlyModifiersBetween(s, pieces.get(firstModifier).last() + 1, head.first())) {
                continue;
            }
            List<Piece> modifiers = new ArrayList<>();
            modifiers.add(pieces.get(firstModifier));
            int k = firstModifier - 1;
            while (k >= 0 && pieces.get(k).isModifierOnly()
                    && onlyCoordinationBetween(s, pieces.get(k).last() + 1, modifiers.get(0).first())) {
                modifiers.add(0, pieces.get(k));
                k--;
            }
            if (modifiers.size() < 2) {
                continue;
            }
            // "between Syria and Palestinian leader Yasser Arafat": a title written right before a person's name is
            // that person's, not a head the coordinated countries share
            if (end + 1 < pieces.size() && pieces.get(end + 1).first() == head.last() + 1
                    && (pieces.get(end + 1).isPerson() || pieces.get(end + 1).kind() == Piece.Kind.NAME)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>();
            for (Piece m : modifiers) {
                composeActor(s, List.of(m, head), date, new HashMap<>()).ifPresent(a -> {
                    if (!actors.contains(a)) {
                        actors.add(a);
                    }
                });
            }
            int first = modifiers.get(0).first();
            int last = head.last();
            mentions.removeIf(m -> m.firstToken() >= first && m.lastToken() <= last);
            mentions.add(mention(s, text, first, last, actors, "dictionary"));
        }
        mentions.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
    }

    /**
     * A sector or a country carried across coordinated actors: "the ambassadors of Arnor, Osgiliath and Gondor"
     * are the three countries' governments, "Danish media and government" the Danish government too. A bare
     * country coordinated with the country of a composed "SECTOR of COUNTRY" takes its sector; a bare sector
     * coordinated with a composed actor takes its country.
     */
    private static void shareAcrossCoordination(Sentence s, List<ActorMention> mentions) {
        if (!s.isParsed()) {
            return;
        }
        for (Dependency d : s.dependencies()) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) {
                continue;
            }
            ActorMention first = coveringOne(mentions, d.governor());
            ActorMention other = coveringOne(mentions, d.dependent());
            if (first == null || other == null || first == other || first.actors().size() != 1
                    || other.actors().size() != 1) {
                continue;
            }
            Actor a = first.actors().get(0);
            Actor o = other.actors().get(0);
            if (a.kind() != Actor.ActorKind.COMPOSED || a.country() == null || a.sector() == null) {
                continue;
            }
            Actor shared = null;
            boolean countryOfSector = s.dependencies().stream()
                    .anyMatch(x -> first.covers(x.governor()) && x.governor() != d.governor()
                            && x.dependent() == d.governor() && x.relation().equals("nmod:of"));
            if (o.kind() == Actor.ActorKind.COUNTRY && o.sector() == null && countryOfSector) {
                shared = new Actor(o.code() + a.sector(), o.name() + " " + sectorLabel(a.sector()), o.code(),
                        a.sector(), Actor.ActorKind.COMPOSED, null);
            } else if (o.kind() == Actor.ActorKind.SECTOR && o.country() == null && d.governor() == first.head()
                    && !countryOfSector) {
                shared = new Actor(a.country() + o.sector(), a.country() + " " + sectorLabel(o.sector()),
                        a.country(), o.sector(), Actor.ActorKind.COMPOSED, null);
            }
            if (shared != null) {
                mentions.set(mentions.indexOf(other), new ActorMention(other.sentence(), other.firstToken(),
                        other.lastToken(), other.head(), other.start(), other.end(), other.text(), List.of(shared),
                        other.via()));
            }
        }
    }

    /**
     * "Donald Trump, the former president,", "Oleksandr Syrskyi, the new commander-in-chief,": the apposition of
     * a person names the same person. The apposition's mention takes the person's actor; "former" in either makes
     * the person a former official (ELI), and a person with no country takes the apposition's.
     */
    private static void absorbAppositions(Sentence s, List<ActorMention> mentions, Map<String, Actor> people) {
        if (!s.isParsed()) {
            return;
        }
        for (Dependency d : s.dependencies()) {
            if (!d.relation().equals("appos") || d.governor() < 0) {
                continue;
            }
            ActorMention a = coveringOne(mentions, d.governor());
            ActorMention b = coveringOne(mentions, d.dependent());
            if (a == null || b == null || a == b) {
                continue;
            }
            ActorMention person = isPerson(a) ? a : isPerson(b) ? b : null;
            ActorMention other = person == a ? b : a;
            if (person == null || other.actors().size() != 1 || isPerson(other) && other.via().equals("apposition")) {
                continue;
            }
            Actor p = person.actors().get(0);
            Actor o = other.actors().get(0);
            if (o.kind() == Actor.ActorKind.COUNTRY || o.kind() == Actor.ActorKind.ORGANISATION
                    || o.kind() == Actor.ActorKind.GROUP) {
                continue; // "Rafael Grossi, IAEA chief" is handled by composition; a bare country is no title
            }
            Actor merged = p;
            boolean former = "ELI".equals(o.sector()) || containsFormerWord(s, other);
            if (!former && p.country() != null && o.country() != null && o.country().length() == 3
                    && !o.country().equals(p.country()) && !o.country().startsWith("IGO") && !o.country().startsWith("NGO")
                    && (o.kind() == Actor.ActorKind.PERSON || o.kind() == Actor.ActorKind.SECTOR)) {
                // "Colombia's defence minister, Pedro Sanchez": a title naming another country than the dictionary
                // person's is a namesake, and the title says who this is
                merged = new Actor(o.code(), person.text(), o.country(), o.sector(), Actor.ActorKind.PERSON, null);
            } else if (p.country() == null && o.country() != null) {
                String sector = p.sector() != null ? p.sector() : o.sector();
                merged = new Actor(o.country() + (sector == null ? "" : sector), p.name(), o.country(), sector,
                        Actor.ActorKind.PERSON, p.wikidata());
            }
            if (former) {
                merged = asFormer(merged);
            }
            replace(mentions, person, merged, person.via());
            List<Actor> group = groupOfPeople(s, mentions, other, person, merged);
            if (group.size() > 1) {
                int i = mentions.indexOf(other);
                mentions.set(i, new ActorMention(other.sentence(), other.firstToken(), other.lastToken(), other.head(),
                        other.start(), other.end(), other.text(), group, "apposition"));
            } else {
                replace(mentions, other, merged, "apposition");
            }
            people.put(person.text(), merged);
            String[] words = person.text().split("\\s+");
            people.put(words[words.length - 1], merged);
        }
    }

    /**
     * "Two senior US Army officials, Army Secretary Dan Driscoll and Army chief of staff Gen. Randy George,": a plural
     * noun whose apposition names several people joined by "and" or commas stands for all of them (the parser makes
     * the last name the apposition's head); the people in the order written, or only the one when it names one.
     */
    private static List<Actor> groupOfPeople(Sentence s, List<ActorMention> mentions, ActorMention group,
                                             ActorMention last, Actor lastActor) {
        List<Actor> out = new ArrayList<>();
        if (!s.token(group.head()).tag().equals("NNS") || last.firstToken() <= group.lastToken()) {
            return List.of(lastActor);
        }
        boolean joined = false;
        for (int i = group.lastToken() + 1; i < last.firstToken(); i++) {
            joined |= COORDINATORS.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && i > group.lastToken() + 1;
        }
        if (!joined) {
            return List.of(lastActor);
        }
        for (ActorMention m : mentions) {
            if (m != last && isPerson(m) && m.firstToken() > group.lastToken() && m.lastToken() < last.firstToken()
                    && !out.contains(m.actors().get(0))) {
                out.add(m.actors().get(0));
            }
        }
        if (!out.contains(lastActor)) {
            out.add(lastActor);
        }
        return out;
    }

    private static boolean covers(Sentence s, PlaceMention p, int token) {
        return p.sentence() == s.index() && token >= p.firstToken() && token <= p.lastToken();
    }

    private static ActorMention coveringOne(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    private static boolean containsFormerWord(Sentence s, ActorMention m) {
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            if (isFormerWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The sector entry of weapons that act for their crews ("Israeli tanks fired"): sectors.actors. */
    static final String WEAPONS_ENTRY = "military: weapons acting for their crews";

    /**
     * A weapon's noun names the armed forces only as the one who acts, the subject of a clause ("Syrian tanks
     * shelled the town", "British aircraft struck"); elsewhere it is a thing ("will deliver 18 tanks to Ukraine",
     * "shot down a Ukrainian aircraft"), and its hit is dropped so that the phrase reads as before.
     */
    private static boolean isIdleWeapon(Sentence s, Hit hit) {
        if (hit.entry().type() != ActorEntry.Type.SECTOR || !WEAPONS_ENTRY.equals(hit.entry().name())) {
            return false;
        }
        if (!s.isParsed()) {
            return true;
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == hit.last() && d.relation().equals("nsubj")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of handing over or gathering information: their object "intelligence" is information. */
    private static final Set<String> INFORMATION_VERBS = Set.of("provide", "share", "give", "supply", "pass",
            "gather", "collect", "exchange", "offer", "receive", "obtain", "leak", "hand", "feed", "send", "sell");

    /**
     * "Military intelligence" handed over or gathered ("is providing aerial photographs and other military
     * intelligence to Macedonia") is information, not the intelligence service: its hit is dropped. As a subject
     * ("military intelligence said") it stays the service.
     */
    private static boolean intelligenceGiven(Sentence s, Hit hit) {
        if (hit.use() != Use.SECTOR || !"SPY".equals(hit.code()) || !s.isParsed()
                || !s.token(hit.last()).word().equalsIgnoreCase("intelligence")) {
            return false;
        }
        int head = hit.last();
        for (int round = 0; round < 3; round++) {
            int governor = -1;
            String relation = null;
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == head && d.governor() >= 0) {
                    governor = d.governor();
                    relation = d.relation();
                }
            }
            if (governor < 0) {
                return false;
            }
            if (relation.equals("obj") || relation.equals("iobj")) {
                return INFORMATION_VERBS.contains(s.token(governor).lemma().toLowerCase(Locale.ROOT));
            }
            if (!relation.startsWith("conj")) {
                return false;
            }
            head = governor; // "photographs and other military intelligence": the first conjunct's verb
        }
        return false;
    }

    /** Nouns of a language or a script: "the Russian language", "Kurdish-language broadcasts". */
    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "tongue", "dialect", "script", "alphabet");

    /**
     * A country's adjective or name before a language noun names the language, not a party: "restrictions on the
     * use of the Russian language", "a ban on Kurdish-language schools" ("Russian" alone is still Russia).
     */
    private static boolean namesALanguage(Sentence s, Hit hit) {
        if (hit.entry().type() != ActorEntry.Type.COUNTRY && hit.entry().type() != ActorEntry.Type.GROUP
                || hit.use() == Use.METONYM) {
            return false;
        }
        int next = hit.last() + 1;
        if (next < s.size() && s.token(next).word().equals("-")) {
            next++;
        }
        return next < s.size() && LANGUAGE_NOUNS.contains(s.token(next).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Nouns of a force that fights for another: "Israel's militia ally", "Iran's proxy militias". */
    private static final Set<String> ALLY_NOUNS = Set.of("ally", "proxy", "surrogate", "client");

    /**
     * A country named as the patron of an armed or political body it backs, by an ally noun next to the body's
     * sector noun ("the deputy chief of Israel's militia ally in southern Lebanon", "Iran's proxy militias"), is
     * not that body's country: its hit is dropped, and the body takes its country as a sector noun with none does
     * (its place: "in southern Lebanon"). "Russia's allies" with no sector noun keeps Russia.
     */
    private static boolean patronOfAlly(Sentence s, Hit hit, List<Hit> sectors) {
        if (hit.entry().type() != ActorEntry.Type.COUNTRY || hit.use() == Use.METONYM || hit.use() == Use.SECTOR) {
            return false;
        }
        int next = hit.last() + 1;
        if (next < s.size() && (s.token(next).word().equals("'s") || s.token(next).word().equals("'"))) {
            next++;
        }
        for (Hit sector : sectors) {
            if (sector.first() < next || sector.first() > next + 1) {
                continue;
            }
            boolean allyBefore = sector.first() == next + 1 && isAllyNoun(s, next);
            boolean allyAfter = sector.last() + 1 < s.size() && isAllyNoun(s, sector.last() + 1);
            if (allyBefore || allyAfter) {
                return true;
            }
        }
        return false;
    }

    /**
     * The participle of occupying a place: "the Israeli-occupied West Bank". Not "-administered", "-held" or
     * "-controlled": "Indian-administered Kashmir" is where the place lies for the story, and the holder's word
     * gives it its country.
     */
    private static final Set<String> HOLDING_PARTICIPLES = Set.of("occupied");
    private static final Set<String> HELD_PLACE_NOUNS = Set.of("territory", "territories", "land", "lands", "area",
            "areas", "zone", "zones", "region", "regions", "city", "town", "towns", "village", "villages", "heights",
            "province", "district", "part", "parts", "enclave");

    /**
     * A country written with a hyphen before a participle of occupying a place ("Palestinians of the
     * Israeli-occupied West Bank", "Israeli-occupied territories") says who occupies the place: it is no party of
     * the sentence and gives no country to the people of the place. Before a sector noun ("Russian-occupied
     * militias") it is a backer, read by {@link #backerOf}, and stays.
     */
    private static boolean occupierOfPlace(Sentence s, Hit hit, List<Hit> sectors) {
        if (hit.entry().type() != ActorEntry.Type.COUNTRY || hit.use() == Use.METONYM || hit.use() == Use.SECTOR) {
            return false;
        }
        int p = hit.last() + 2;
        if (p + 1 >= s.size() || !s.token(hit.last() + 1).word().equals("-")
                || !HOLDING_PARTICIPLES.contains(s.token(p).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = p + 1;
        while (k + 1 < s.size() && s.token(k).tag().startsWith("JJ")) {
            k++;
        }
        final int noun = k;
        if (sectors.stream().anyMatch(x -> x.first() <= noun && noun <= x.last())) {
            return false;
        }
        Token t = s.token(noun);
        return t.tag().startsWith("NNP") && t.isCapitalised()
                || HELD_PLACE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isAllyNoun(Sentence s, int i) {
        return ALLY_NOUNS.contains(s.token(i).lemma().toLowerCase(java.util.Locale.ROOT))
                && s.token(i).tag().startsWith("N") || s.token(i).word().equalsIgnoreCase("proxy");
    }

    /** Participles that tell who an unnamed person turned out to be: "the man, later identified as X". */
    private static final Set<String> IDENTIFYING_VERBS = Set.of("identify", "name");

    /**
     * "Police detained the man, later identified as Ahmed Warsame", "a suspect, named as X": an unnamed person's
     * noun followed by a participle of identifying and "as" a person's name is that person (the parser often hangs
     * the participle on the clause's verb, so the words are read in order). The person's actor, its country from
     * what the article told of it, replaces the noun's, which had only a sector and the story's country.
     */
    private static void identifiedAs(Sentence s, List<ActorMention> mentions) {
        for (ActorMention m : List.copyOf(mentions)) {
            if (m.actors().size() != 1 || m.actors().get(0).kind() == Actor.ActorKind.PERSON
                    || m.actors().get(0).kind() == Actor.ActorKind.COUNTRY
                    || m.actors().get(0).kind() == Actor.ActorKind.ORGANISATION) {
                continue;
            }
            int i = m.lastToken() + 1;
            if (i < s.size() && s.token(i).word().equals(",")) {
                i++;
            }
            while (i < s.size() && s.token(i).tag().startsWith("RB")) {
                i++; // "later", "subsequently", "since"
            }
            if (i + 2 >= s.size() || !s.token(i).tag().equals("VBN")
                    || !IDENTIFYING_VERBS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
                    || !s.token(i + 1).word().equalsIgnoreCase("as")) {
                continue;
            }
            ActorMention person = coveringOne(mentions, i + 2);
            if (person == null || person == m || person.firstToken() != i + 2 || !isPerson(person)
                    || person.actors().get(0).country() == null
                    || person.actors().get(0).country().equals(m.actors().get(0).country())) {
                continue; // the same country: the noun already says as much as the name (its sector is kept)
            }
            replace(mentions, m, person.actors().get(0), "identified-as");
        }
    }

    private static void replace(List<ActorMention> mentions, ActorMention old, Actor actor, String via) {
        int i = mentions.indexOf(old);
        if (i >= 0) {
            mentions.set(i, new ActorMention(old.sentence(), old.firstToken(), old.lastToken(), old.head(), old.start(),
                    old.end(), old.text(), List.of(actor), via));
        }
    }

    /** Sector-only mentions take the country of a "from"/"of"/"in" modifier (an actor or a place) or a possessive. */
    private static List<ActorMention> completeSectorOnly(Sentence s, List<ActorMention> mentions,
                                                         List<PlaceMention> places) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            boolean sectorOnly = m.actors().stream().allMatch(a -> a.country() == null);
            if (!sectorOnly || !s.isParsed()) {
                out.add(m);
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            for (Dependency d : s.dependentsOf(m.head())) {
                String rel = d.relation();
                if (rel.equals("nmod:from") || rel.equals("nmod:of") || rel.equals("nmod:in") || rel.equals("nmod:poss")
                        || rel.equals("nmod:at")) {
                    for (ActorMention other : mentions) {
                        if (other != m && other.covers(d.dependent())) {
                            other.actors().forEach(a -> {
                                if (a.country() != null) {
                                    countries.add(a.country());
                                }
                            });
                        }
                    }
                    if (!rel.equals("nmod:poss")) {
                        for (PlaceMention pm : places) {
                            if (pm.place().country() != null && covers(s, pm, d.dependent())) {
                                countries.add(pm.place().country()); // "the governor of Sumy region"
                            }
                        }
                    }
                    for (Dependency c : s.dependentsOf(d.dependent())) {
                        if (c.relation().startsWith("conj") || !rel.equals("nmod:poss") && c.relation().equals("amod")) {
                            for (ActorMention other : mentions) {
                                if (other != m && other.covers(c.dependent())) {
                                    other.actors().forEach(a -> {
                                        if (a.country() != null) {
                                            countries.add(a.country());
                                        }
                                    });
                                }
                            }
                        }
                    }
                }
            }
            if (countries.isEmpty()) {
                out.add(m);
                continue;
            }
            List<Actor> actors = new ArrayList<>();
            for (String c : countries) {
                for (Actor a : m.actors()) {
                    actors.add(new Actor(c + a.code(), a.kind() == Actor.ActorKind.PERSON ? a.name()
                            : c + " " + sectorLabel(a.sector()), c, a.sector(), Actor.ActorKind.COMPOSED, null));
                }
            }
            out.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                    m.text(), actors, "modifier"));
        }
        return out;
    }

    /**
     * "he"/"she": the latest person that was a subject in this sentence (before the pronoun) or the two before,
     * else the latest person at all.
     */
    private static void addPronouns(Sentence s, String text, List<ActorMention> earlier, List<ActorMention> current,
                                    Set<ActorMention> subjects, Set<ActorMention> plurals, Set<ActorMention> speakers) {
        List<ActorMention> added = new ArrayList<>();
        for (Token t : s.tokens()) {
            String lower = t.word().toLowerCase(Locale.ROOT);
            if (IT.contains(lower) || THEY.contains(lower)) {
                // "It said it had deployed ...": a pronoun resolved before in this sentence is an antecedent too
                List<ActorMention> before = new ArrayList<>(current);
                before.addAll(added);
                before.sort(java.util.Comparator.comparingInt(ActorMention::start));
                ActorMention body = IT.contains(lower) ? latestBody(s, t, earlier, before, subjects, speakers)
                        : latestGroup(s, t, earlier, current, subjects, plurals);
                // a plural pronoun only with the noun it owns ("their troops"): the coder reads a bare "they" itself
                if (body != null && !possess(s, text, t, body, current) && !THEY.contains(lower)) {
                    added.add(new ActorMention(s.index(), t.index(), t.index(), t.index(), t.start(), t.end(), t.word(),
                            body.actors(), "coreference"));
                } else if (body == null && lower.equals("they") && s.isParsed()
                        && s.governorsOf(t.index()).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
                    // "Moscow and Kyiv held talks in July, when they agreed to ...": a subject "they" after two
                    // parties joined by "and" in its sentence is that pair
                    List<Actor> pair = joinedPair(s, current, t.index(), List.of(), List.of());
                    if (pair.size() == 2) {
                        added.add(new ActorMention(s.index(), t.index(), t.index(), t.index(), t.start(), t.end(),
                                t.word(), pair, "coreference"));
                    }
                }
                continue;
            }
            boolean possessive = lower.equals("his") || lower.equals("her") && t.tag().equals("PRP$");
            if (!PRONOUNS.contains(lower) && !possessive) {
                continue;
            }
            ActorMention antecedent = null;
            ActorMention anyPerson = null;
            // "The Uzbek leader invited him": an object pronoun is not the subject of its own clause
            boolean object = (lower.equals("him") || lower.equals("her") && !t.tag().equals("PRP$")) && s.isParsed();
            int clause = object ? clauseVerb(s, t.index()) : -2;
            for (ActorMention m : current) {
                if (object && clause >= 0 && clauseVerb(s, m.head()) == clause && isSubject(s, m)) {
                    continue;
                }
                if (m.end() <= t.start() && (isPerson(m) || isTitledOne(m))) {
                    anyPerson = m;
                    if (subjects.contains(m)) {
                        antecedent = m;
                    }
                }
            }
            for (int k = earlier.size() - 1; k >= 0 && antecedent == null; k--) {
                ActorMention m = earlier.get(k);
                if (m.sentence() < s.index() - 2) {
                    break;
                }
                if (isPerson(m) || isTitledOne(m)) {
                    if (anyPerson == null) {
                        anyPerson = m;
                    }
                    if (subjects.contains(m)) {
                        antecedent = m;
                    }
                }
            }
            if (antecedent == null) {
                antecedent = anyPerson;
            }
            if (antecedent != null && possessive && ownCountry(s, text, t, antecedent, current)) {
                continue;
            }
            if (antecedent != null && !possessive) { // "his"/"her" + a noun: the noun is the actor, not the owner
                added.add(new ActorMention(s.index(), t.index(), t.index(), t.index(), t.start(), t.end(), t.word(),
                        antecedent.actors(), "coreference"));
            }
        }
        current.addAll(added);
        current.sort(java.util.Comparator.comparingInt(ActorMention::firstToken));
    }

    /** Nouns that, owned by a person ("his country", "her government"), stand for the person's country. */
    private static final Set<String> HOMELAND = Set.of("country", "nation", "homeland");
    private static final Set<String> OWN_GOVERNMENT = Set.of("government", "administration", "cabinet");

    /**
     * "Algeria's foreign minister said his country was severing ties", "the president said her government would":
     * a person's "country" is the person's country, and "government" its government: one mention from the pronoun to
     * the noun, replacing the noun's own sector-only mention. True when done.
     */
    private static boolean ownCountry(Sentence s, String text, Token pronoun, ActorMention owner,
                                      List<ActorMention> current) {
        String country = owner.actors().stream().map(Actor::country).filter(c -> c != null && !isInternational(c))
                .findFirst().orElse(null);
        if (country == null) {
            return false;
        }
        for (Dependency d : s.governorsOf(pronoun.index())) {
            if (!d.relation().equals("nmod:poss") || d.governor() <= pronoun.index()) {
                continue;
            }
            String noun = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean homeland = HOMELAND.contains(noun);
            if (!homeland && !OWN_GOVERNMENT.contains(noun)) {
                return false;
            }
            ActorMention owned = coveringOne(current, d.governor());
            if (owned != null && (owned.firstToken() < pronoun.index()
                    || owned.actors().stream().anyMatch(a -> a.country() != null))) {
                return false;
            }
            if (owned != null) {
                current.remove(owned);
            }
            Actor actor = homeland
                    ? new Actor(country, country, country, null, Actor.ActorKind.COMPOSED, null)
                    : new Actor(country + "GOV", country + " " + sectorLabel("GOV"), country, "GOV",
                    Actor.ActorKind.COMPOSED, null);
            int end = s.token(d.governor()).end();
            current.add(new ActorMention(s.index(), pronoun.index(), d.governor(), d.governor(), pronoun.start(), end,
                    text.substring(pronoun.start(), end), List.of(actor), "coreference"));
            return true;
        }
        return false;
    }

    private static final Set<String> THEY = Set.of("they", "their");
    /** Nouns for the people of a body that carry no sector of their own: "its staff", "their members". */
    private static final Set<String> STAFF = Set.of("staff", "personnel", "member", "employee", "leadership", "team",
            "rank", "cadre");

    /**
     * "its forces", "their police", "its staff": a possessive pronoun and the noun it owns are one mention of the
     * owner's country with the noun's sector (an organisation's people are the organisation). True when done.
     */
    private static boolean possess(Sentence s, String text, Token pronoun, ActorMention owner, List<ActorMention> current) {
        if (owner.actors().stream().anyMatch(a -> a.country() == null)) {
            return false;
        }
        List<Dependency> governors = s.governorsOf(pronoun.index());
        if (!s.isParsed() && pronoun.tag().equals("PRP$")) {
            // unparsed: the noun the possessive stands before, past its adjectives
            int n = pronoun.index() + 1;
            while (n + 1 < s.size() && s.token(n).tag().startsWith("JJ")) {
                n++;
            }
            while (n + 1 < s.size() && s.token(n).tag().startsWith("NN") && s.token(n + 1).tag().startsWith("NN")) {
                n++;
            }
            if (n < s.size() && s.token(n).isNoun()) {
                governors = List.of(new Dependency(n, pronoun.index(), "nmod:poss"));
            }
        }
        for (Dependency d : governors) {
            if (!d.relation().equals("nmod:poss") || d.governor() < 0 || d.governor() <= pronoun.index()) {
                continue;
            }
            ActorMention owned = coveringOne(current, d.governor());
            boolean staff = owned == null && STAFF.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT));
            if (owned != null && (owned.firstToken() <= pronoun.index()
                    || owned.actors().stream().anyMatch(a -> a.country() != null))) {
                return false;
            }
            if (owned == null && !staff) {
                return false;
            }
            List<Actor> actors = new ArrayList<>();
            for (Actor a : owner.actors()) {
                String sector = owned == null ? null : owned.actors().get(0).sector();
                if (sector == null || isInternational(a.country())) {
                    actors.add(a);
                } else {
                    actors.add(new Actor(a.country() + sector, a.country() + " " + sectorLabel(sector), a.country(),
                            sector, Actor.ActorKind.COMPOSED, null));
                }
            }
            int last = owned == null ? d.governor() : owned.lastToken();
            int head = owned == null ? d.governor() : owned.head();
            if (owned != null) {
                current.remove(owned);
            }
            int start = pronoun.start();
            int end = s.token(last).end();
            current.add(new ActorMention(s.index(), pronoun.index(), last, head, start, end, text.substring(start, end), actors,
                    "coreference"));
            return true;
        }
        return false;
    }

    /** "they": the latest plural actor (or several actors) that was a subject here (before it) or in the sentence before. */
    private static ActorMention latestGroup(Sentence s, Token pronoun, List<ActorMention> earlier,
                                            List<ActorMention> current, Set<ActorMention> subjects,
                                            Set<ActorMention> plurals) {
        java.util.function.Predicate<ActorMention> group = m -> plurals.contains(m)
                && m.actors().stream().allMatch(a -> a.country() != null);
        return latestSubject(s, pronoun, earlier, current, subjects, group, group);
    }

    /**
     * "it": the latest country, organisation or group that was a subject here (before it) or in the sentence before;
     * the subject of a verb of saying ("It said ...") first takes such a speaker of the sentence before, though the
     * subject of what was said came later ("Estonia's defence ministry said Russian aircraft had violated its
     * airspace. It said it had ...": the ministry, not the aircraft).
     */
    private static ActorMention latestBody(Sentence s, Token pronoun, List<ActorMention> earlier,
                                           List<ActorMention> current, Set<ActorMention> subjects,
                                           Set<ActorMention> speakers) {
        if (says(s, pronoun.index(), null) && current.stream().noneMatch(m -> m.end() <= pronoun.start() && subjects.contains(m) && isBody(m))) {
            for (int k = earlier.size() - 1; k >= 0; k--) {
                ActorMention m = earlier.get(k);
                if (m.sentence() < s.index() - 1) {
                    break;
                }
                if (speakers.contains(m) && isBody(m)) {
                    return m;
                }
            }
        }
        return latestSubject(s, pronoun, earlier, current, subjects, m -> isBody(m) && !isPlural(s, m),
                DictionaryActorResolver::isBody);
    }

    /** Verbs of saying whose subject speaks for a body ("the ministry said", "it added"). */
    private static final Set<String> SAYING = Set.of("say", "add", "tell", "state", "announce", "report", "claim",
            "warn", "write", "note", "insist", "stress", "deny", "confirm");

    /** Whether the mention is the subject of a verb of saying. */
    private static boolean isSpeaker(Sentence s, ActorMention m) {
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
            if (says(s, i, m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is the subject of a verb of saying (outside {@code within}, when one is given). */
    private static boolean says(Sentence s, int token, ActorMention within) {
        return s.isParsed() && s.governorsOf(token).stream().anyMatch(d -> d.relation().equals("nsubj")
                && (within == null || !within.covers(d.governor()))
                && SAYING.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The latest subject mention for a pronoun: one of this sentence before the pronoun that {@code here} accepts and
     * that is not the subject of the pronoun's own clause (in "troops seized it", "it" is not the troops), else one
     * of the sentence before that {@code before} accepts.
     */
    private static ActorMention latestSubject(Sentence s, Token pronoun, List<ActorMention> earlier,
                                              List<ActorMention> current, Set<ActorMention> subjects,
                                              java.util.function.Predicate<ActorMention> here,
                                              java.util.function.Predicate<ActorMention> before) {
        ActorMention found = null;
        int pronounVerb = clauseVerb(s, pronoun.index());
        for (ActorMention m : current) {
            boolean subject = subjects.contains(m) || m.via().equals("coreference") && isSubject(s, m);
            if (m.end() <= pronoun.start() && subject && here.test(m)
                    && (pronounVerb < 0 || clauseVerb(s, m.head()) != pronounVerb)) {
                found = m;
            }
        }
        // a sentence before with no party as its subject ("The plan drew criticism.", a fragment split off at a
        // quoted question) does not end the topic: the subject of the one before it is still in focus
        int previous = s.index() - 1;
        boolean subjectBefore = earlier.stream().anyMatch(m -> m.sentence() == previous && subjects.contains(m));
        int oldest = subjectBefore ? previous : previous - 1;
        for (int k = earlier.size() - 1; k >= 0 && found == null; k--) {
            ActorMention m = earlier.get(k);
            if (m.sentence() < oldest) {
                break;
            }
            if (subjects.contains(m) && before.test(m)) {
                found = m;
            }
        }
        return found;
    }

    private static boolean isPlural(Sentence s, ActorMention m) {
        int head = m.head();
        for (int i = m.firstToken(); i <= m.lastToken() && s.isParsed(); i++) {
            // the word that heads the phrase: "agency" of "the UN agency for Palestinian refugees"
            int token = i;
            if (s.governorsOf(i).stream().anyMatch(d -> !m.covers(d.governor()))) {
                head = token;
                break;
            }
        }
        String tag = s.token(head).tag();
        return tag.equals("NNS") || tag.equals("NNPS");
    }

    private static boolean isBody(ActorMention m) {
        if (m.actors().size() != 1) {
            return false;
        }
        String[] words = m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length > 1 && OWN_GOVERNMENT.contains(words[words.length - 1])
                && m.actors().get(0).country() != null) {
            return true; // "the Trump administration": a government named by its leader is a body
        }
        Actor.ActorKind k = m.actors().get(0).kind();
        return (k == Actor.ActorKind.COUNTRY || k == Actor.ActorKind.ORGANISATION || k == Actor.ActorKind.GROUP
                || k == Actor.ActorKind.SEAT || k == Actor.ActorKind.COMPOSED) && m.actors().get(0).country() != null;
    }

    private static boolean isPerson(ActorMention m) {
        return m.actors().size() == 1 && m.actors().get(0).kind() == Actor.ActorKind.PERSON;
    }

    /** Singular titles that name one person: "Sudan's army chief said he ...", "the police commander ... she". */
    private static final Set<String> ONE_PERSON_TITLES = Set.of("chief", "minister", "president", "spokesman",
            "spokeswoman", "spokesperson", "commander", "governor", "mayor", "ambassador", "envoy", "premier",
            "chancellor", "king", "queen", "emir", "general", "secretary", "adviser", "advisor", "judge",
            "prosecutor", "lawmaker", "senator", "leader", "head", "director", "chairman", "chairwoman");

    /** A mention headed by a singular title of one person, with no name ("the defence minister", "Iran's envoy"). */
    private static boolean isTitledOne(ActorMention m) {
        if (m.actors().size() != 1 || m.actors().get(0).country() == null
                || m.actors().get(0).kind() == Actor.ActorKind.COUNTRY) {
            return false;
        }
        String[] words = m.text().split("\\s+");
        return ONE_PERSON_TITLES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    // ---- places -----------------------------------------------------------------------------------------------

    private List<PlaceMention> places(Sentence s, String text, List<Hit> hits, List<Piece> pieces,
                                      List<String> contextCountries) {
        List<PlaceMention> out = new ArrayList<>();
        if (gazetteer.isEmpty()) {
            return out;
        }
        boolean[] feature = features(s, text, hits, out);
        for (Hit h : hits) {
            if (feature[h.first()]) {
                continue; // "China" in "the South China Sea"
            }
            String prep = modifierOnly(s, h.first(), h.last()) ? null : prepositionBefore(s, h.first());
            if (isPossessive(s, h.last()) && !possessesPlace(s, h.last())) {
                continue; // "Sudan's warring parties" is no place; "Nigeria's Benue state", "Iran's coast" are
            }
            if (h.entry().type() == ActorEntry.Type.COUNTRY && h.use() == Use.NAME) {
                String iso = h.code().substring(0, 3);
                if (h.last() + 1 < s.size() && s.token(h.last() + 1).word().equals("City")) {
                    // "Gaza City": the city, where "Gaza" alone is the territory
                    Optional<Place> city = gazetteer.choose(textOf(s, h.first(), h.last() + 1), List.of(iso),
                            Place.PlaceKind.CITY).filter(p -> p.country().equals(iso) && p.kind() == Place.PlaceKind.CITY);
                    if (city.isPresent()) {
                        out.add(placeMention(s, text, h.first(), h.last() + 1, city.get(), prep));
                        continue;
                    }
                }
                Optional<Place> inside = gazetteer.choose(textOf(s, h.first(), h.last()), List.of(iso), null)
                        .filter(p -> p.country().equals(iso) && p.kind() != Place.PlaceKind.COUNTRY);
                Optional<Place> place = inside.isPresent() ? inside : gazetteer.country(iso);
                place.ifPresent(p -> out.add(placeMention(s, text, h.first(), h.last(), p, prep)));
            } else if (h.use() == Use.METONYM && (prep != null || hitOrVisited(s, h.last()))) {
                // possessive only of a place: "at Nairobi's airport"; "struck Kyiv": the capital as a target,
                // "visited Warsaw": as a destination
                String name = textOf(s, h.first(), h.last());
                String owner = h.code().substring(0, 3);
                // "in Brussels" is in Belgium though "Brussels" stands for the EU: a body's seat keeps its own country
                boolean body = owner.equals("IGO") || owner.equals("NGO");
                gazetteer.choose(name, body ? contextCountries : List.of(owner), Place.PlaceKind.CITY)
                        .filter(p -> body || p.country().equals(owner))
                        .ifPresent(p -> out.add(placeMention(s, text, h.first(), h.last(), p, prep)));
            }
        }
        List<int[]> unknown = new ArrayList<>(); // names a place noun vouches for that the gazetteer lacks
        Set<Integer> pairedDivisions = new java.util.HashSet<>();
        for (int pi = 0; pi < pieces.size(); pi++) {
            Piece p = pieces.get(pi);
            if (p.kind() != Piece.Kind.NAME || feature[p.first()] || feature[p.last()]
                    || pairedDivisions.contains(p.first())) {
                continue;
            }
            String prep = modifierOnly(s, p.first(), p.last()) ? null : prepositionBefore(s, p.first());
            if (isPossessive(s, p.last()) && !possessesPlace(s, p.last())) {
                continue;
            }
            int last = p.last();
            Place.PlaceKind wanted = null;
            if (last + 1 < s.size() && PLACE_SUFFIXES.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))) {
                String suffix = s.token(last + 1).word().toLowerCase(Locale.ROOT);
                wanted = suffix.equals("city") ? Place.PlaceKind.CITY : Place.PlaceKind.ADMIN1;
                last++;
            }
            if (wanted == null && p.first() >= 2 && s.token(p.first() - 1).word().equalsIgnoreCase("of")) {
                String noun = s.token(p.first() - 2).lemma().toLowerCase(Locale.ROOT);
                wanted = Set.of("city", "town", "village", "port", "capital", "settlement", "island", "hamlet",
                        "township", "municipality", "commune", "suburb", "neighbourhood", "neighborhood").contains(noun)
                        ? Place.PlaceKind.CITY
                        : Set.of("region", "province", "state", "governorate", "oblast").contains(noun) ? Place.PlaceKind.ADMIN1 : null;
            }
            Optional<Place> slug = slugPlace(s, p, contextCountries);
            if (slug.isPresent()) {
                int from = p.first();
                int to = p.last();
                slug.ifPresent(pl -> out.add(placeMention(s, text, from, to, pl, "in"))); // where the report is from
                continue;
            }
            int site = siteNoun(s, p.last());
            if (prep == null && wanted == null && !objectOfVerb(s, p.last()) && site < 0) {
                continue; // "struck Kharkiv", "captured Pokrovsk": a name that is a verb's object is a place
            }
            String name = textOf(s, p.first(), p.last());
            Optional<Place> place = gazetteer.choose(textOf(s, p.first(), last), contextCountries, wanted);
            if (place.isEmpty()) {
                place = gazetteer.choose(name, contextCountries, wanted);
            }
            Piece division = pi + 1 < pieces.size() ? pieces.get(pi + 1) : null;
            if (place.isEmpty() && wanted == null && prep != null && division != null
                    && division.kind() == Piece.Kind.NAME && division.first() == p.last() + 2
                    && s.token(p.last() + 1).word().equals(",")) {
                // "in Kenosha, Wisconsin", "in Oxfordshire, England": a town or county written with the division it
                // lies in is that place, whatever country the article names, and so is the division
                Optional<Place> inside = Optional.empty();
                Place namedDivision = null;
                for (Place d : gazetteer.lookup(textOf(s, division.first(), division.last()))) {
                    if (d.kind() == Place.PlaceKind.ADMIN1 && inside.isEmpty()) {
                        inside = gazetteer.within(name, d.country(), d.name());
                        namedDivision = d;
                    }
                }
                if (inside.isPresent()) {
                    place = inside;
                    out.add(placeMention(s, text, division.first(), division.last(), namedDivision, prep));
                    pairedDivisions.add(division.first());
                }
            }
            String unit = s.token(p.last()).word().toLowerCase(Locale.ROOT);
            if (place.isEmpty() && wanted == null && p.last() > p.first() && PLACE_SUFFIXES.contains(unit)) {
                // the unit written as part of the name: "In Kandahar City,", "Paktika Province"
                place = gazetteer.choose(textOf(s, p.first(), p.last() - 1), contextCountries,
                        unit.equals("city") ? Place.PlaceKind.CITY : Place.PlaceKind.ADMIN1);
            }
            int first = p.first();
            String before = prep;
            if (place.isEmpty() && last > p.last()) {
                // a name the tagger split before its unit: "in Shigal wa Sheltan district" (Shigal/JJ wa/NN)
                int from = first;
                while (from > 0 && namePart(s, from - 1)) {
                    from--;
                }
                if (from < first) {
                    place = gazetteer.choose(textOf(s, from, p.last()), contextCountries, wanted);
                    if (place.isPresent()) {
                        first = from;
                        before = prepositionBefore(s, from);
                    }
                }
            }
            int start = first;
            int end = last;
            String preposition = before;
            if (place.isPresent() && COUNTY_UNITS.contains(s.token(last).word().toLowerCase(Locale.ROOT))
                    && place.get().kind() == Place.PlaceKind.ADMIN1 && "USA".equals(place.get().country())) {
                // "in Wyoming County", "Iowa County": a county named after a state is not that state
                place = Optional.empty();
            }
            place.ifPresent(pl -> out.add(placeMention(s, text, start, end, pl, preposition)));
            if (place.isEmpty() && !isPossessive(s, p.last())) {
                // "the village of Yelwata", "Kharg Island"; "the Abu Shouk displacement camp" spans its noun, which
                // a verb may govern ("shelled the ... camp")
                if (wanted != null) {
                    unknown.add(new int[] {p.first(), p.last(), last, wanted.ordinal()});
                } else if (site >= 0 || ownPlaceNoun(s, p.first(), p.last())) {
                    unknown.add(new int[] {p.first(), p.last(), Math.max(site, last), Place.PlaceKind.CITY.ordinal()});
                } else if (prep != null && Set.of("in", "near", "outside", "at").contains(prep)
                        && last + 2 < s.size() && Set.of("in", ",").contains(s.token(last + 1).word())) {
                    // "near Pahalgam in Indian-administered Kashmir": a name placed inside a known place
                    unknown.add(new int[] {p.first(), p.last(), last, -1});
                }
            }
        }
        // the known places settled first ("Khugyani district, Nangarhar province" is Nangarhar's): a name known only
        // from the text takes its country and division from them
        List<PlaceMention> settled = namesakesOfDivisions(s, text, withinNamedDivisions(s, text, out));
        for (int[] u : unknown) {
            textOnlyPlace(s, text, u[0], u[1], u[2], u[3] < 0 ? null : Place.PlaceKind.values()[u[3]], hits, settled,
                    contextCountries).ifPresent(settled::add);
        }
        settled.sort(java.util.Comparator.comparingInt(PlaceMention::firstToken));
        return settled;
    }

    /**
     * Seas, straits, shoals and regions of the gazetteer's feature list written whole ("in the Gulf of Aden", "near
     * Scarborough Shoal"), longest first; returns the tokens they cover, which name no other place ("Aden").
     * Followed by a division's unit ("Red Sea state") the words name the division instead.
     */
    private boolean[] features(Sentence s, String text, List<Hit> hits, List<PlaceMention> out) {
        boolean[] covered = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isCapitalised()) {
                continue;
            }
            for (int last = Math.min(s.size() - 1, i + 4); last >= i; last--) {
                if (!s.token(last).isCapitalised()) {
                    continue;
                }
                Optional<Place> f = gazetteer.feature(textOf(s, i, last));
                if (f.isEmpty() || last + 1 < s.size()
                        && PLACE_SUFFIXES.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Place place = f.get();
                int from = i;
                Hit governor = administeredBy(s, i, hits);
                if (governor != null) { // "in Indian-administered Kashmir"
                    from = governor.first();
                    if (place.country() == null) {
                        place = new Place(place.name(), governor.code().substring(0, 3), null, place.lat(),
                                place.lon(), place.kind(), 0);
                    }
                }
                out.add(placeMention(s, text, i, last, place, prepositionBefore(s, from)));
                for (int k = i; k <= last; k++) {
                    covered[k] = true;
                }
                i = last;
                break;
            }
        }
        return covered;
    }

    /** The country of "Indian-administered", "Pakistan-controlled", "Israeli-occupied" right before a region. */
    private static Hit administeredBy(Sentence s, int first, List<Hit> hits) {
        int i = first - 1;
        if (i < 0 || !s.token(i).word().matches("(?i)administered|controlled|held|occupied|annexed")) {
            return null;
        }
        i--;
        if (i >= 0 && s.token(i).word().equals("-")) {
            i--;
        }
        for (Hit h : hits) {
            if (h.last() == i && h.entry().type() == ActorEntry.Type.COUNTRY && h.code().length() >= 3) {
                return h;
            }
        }
        return null;
    }

    /** A name whose own last word makes it a place: "Kharg Island", "Zamzam Camp", "Mischief Reef". */
    private static boolean ownPlaceNoun(Sentence s, int first, int last) {
        return last > first && OWN_PLACE_NOUNS.contains(s.token(last).word().toLowerCase(Locale.ROOT));
    }

    /** Last words of names that are places themselves (an airport's name is not: it stands in its city). */
    private static final Set<String> OWN_PLACE_NOUNS = Set.of("island", "islands", "camp", "peninsula", "atoll",
            "shoal", "reef", "oasis");

    /**
     * The noun after a name that makes it a site, behind at most one other noun: "the Zikim crossing", "the Fordow
     * enrichment site", "Abu Shouk displacement camp"; -1 if none.
     */
    private static int siteNoun(Sentence s, int last) {
        for (int k = last + 1; k < s.size() && k <= last + 2 && s.token(k).tag().startsWith("NN")
                && !s.token(k).isProperNoun(); k++) {
            if (NAMED_PLACE_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    /** Nouns that make the name before them a place: "Abu Shouk camp", "Bagram airbase", "the Zikim crossing". */
    private static final Set<String> NAMED_PLACE_NOUNS = Set.of("island", "camp", "airport", "airbase",
            "crossing", "refinery", "site", "oilfield", "dam", "peninsula", "atoll", "shoal", "reef");

    /** Nouns of a place or a site that a possessive place is where: "Manila's airport", "Iran's coast". */
    private static final Set<String> POSSESSED_PLACES = Set.of("airport", "airbase", "port", "harbour", "harbor",
            "hospital", "site", "facility", "plant", "terminal", "base", "camp", "prison", "embassy", "consulate",
            "border", "crossing", "station", "market", "square", "refinery", "capital", "coast", "coastline",
            "waters", "airspace", "territory", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "region", "state",
            "province", "district", "city", "town", "village", "outskirts", "suburb", "suburbs", "centre", "center",
            "neighbourhood", "neighborhood", "frontier", "island", "oilfield", "dam", "bridge", "palace", "streets",
            "street", "countryside", "heartland", "governorate", "county", "oblast", "area");

    /**
     * Whether a name ending at {@code last} only modifies what follows, so that a preposition before it is not its
     * own: "the Russia-led alliance", "a US-owned ship", "the Ukraine peace summit in Switzerland" (a noun after the
     * name that is not a place's unit or site, the name after an article: the parser's "in France plan to strike" is
     * no compound).
     */
    private static boolean modifierOnly(Sentence s, int first, int last) {
        if (last + 2 < s.size() && s.token(last + 1).word().equals("-")
                && Character.isLowerCase(s.token(last + 2).word().charAt(0))) {
            return true;
        }
        for (org.sitrep.model.Dependency d : s.dependencies()) {
            // "the northern Gaza town of Beit Lahiya": the place is the one named after the noun
            if (d.dependent() == last && d.relation().equals("compound") && d.governor() > last
                    && d.governor() + 2 < s.size() && s.token(d.governor() + 1).word().equals("of")
                    && PLACE_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                    && s.token(d.governor() + 2).isProperNoun()) {
                return true;
            }
            if (d.dependent() == last && d.relation().equals("compound") && d.governor() > last && first > 0
                    && (s.token(first - 1).tag().equals("DT") || s.token(first - 1).tag().startsWith("JJ"))) {
                Token head = s.token(d.governor());
                String lemma = head.lemma().toLowerCase(Locale.ROOT);
                return head.tag().startsWith("NN") && !head.isProperNoun() && !PLACE_SUFFIXES.contains(lemma)
                        && !PLACE_NOUNS.contains(lemma) && !POSSESSED_PLACES.contains(lemma)
                        && !NAMED_PLACE_NOUNS.contains(lemma) && !PLACE_SUFFIXES.contains(head.word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether the name ending at {@code last}, followed by "'s", owns a place: "at Manila's international airport". */
    private static boolean possessesPlace(Sentence s, int last) {
        for (org.sitrep.model.Dependency d : s.dependencies()) {
            if (d.dependent() == last && d.relation().equals("nmod:poss") && d.governor() >= 0) {
                int owned = d.governor();
                if (POSSESSED_PLACES.contains(s.token(owned).lemma().toLowerCase(Locale.ROOT))
                        || POSSESSED_PLACES.contains(s.token(owned).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                // "Kyiv's Okhmatdyt children's hospital": the possessed noun owning a site in its turn
                for (org.sitrep.model.Dependency up : s.dependencies()) {
                    if (up.dependent() == owned && up.relation().equals("nmod:poss") && up.governor() >= 0
                            && POSSESSED_PLACES.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A place the gazetteer lacks that the text vouches for ("the village of Yelwata", "Kharg Island", "in Sudan's
     * Gezira state"): named as written, with the country the text gives it: a possessive ("Nigeria's"), a country
     * adjective ("the Indian town of"), a known place before ("the northern Gaza town of") or after it ("in
     * Sagaing region", "near Donetsk"), else the article's first country. Its coordinates are unknown. With no
     * kind, only the place after the name vouches for it ("near Pahalgam in Indian-administered Kashmir"): a city.
     */
    private Optional<PlaceMention> textOnlyPlace(Sentence s, String text, int first, int nameLast, int last,
                                                 Place.PlaceKind kind, List<Hit> hits, List<PlaceMention> known,
                                                 List<String> contextCountries) {
        String name = textOf(s, first, nameLast);
        if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))) {
            return Optional.empty();
        }
        String country = null;
        String admin1 = null;
        boolean placedAfter = false;
        // the phrase before the name: "the northern Israeli town of", "Sudan's", "the northern Gaza town of"
        int from = first - 1;
        while (from >= 0 && from >= first - 8) {
            Token t = s.token(from);
            String tag = t.tag();
            if (tag.startsWith("VB") || tag.equals(",") || tag.equals("IN") && !t.word().equalsIgnoreCase("of")
                    || t.word().equals("(")) {
                break;
            }
            from--;
        }
        from++;
        for (PlaceMention pm : known) {
            if (pm.firstToken() >= from && pm.lastToken() < first && pm.place().country() != null) {
                country = pm.place().country();
                admin1 = pm.place().kind() == Place.PlaceKind.ADMIN1 ? pm.place().name() : pm.place().admin1();
            }
        }
        if (country == null) {
            for (Hit h : hits) {
                if (h.first() >= from && h.last() < first && h.entry().type() == ActorEntry.Type.COUNTRY
                        && h.code().length() >= 3 && (h.use() == Use.ADJECTIVE || h.use() == Use.NAME)) {
                    country = h.code().substring(0, 3);
                }
            }
        }
        if (country == null) {
            // the place it lies in, after "in", "near" or a comma: "Yelwata in Nigeria's Benue state", "near Donetsk"
            PlaceMention after = null;
            int k = last + 1;
            while (k < s.size() && k <= last + 3 && (Set.of("in", "near", ",", "of", "outside").contains(
                    s.token(k).word().toLowerCase(Locale.ROOT)) || s.token(k).word().equalsIgnoreCase("the")
                    || s.token(k).tag().startsWith("JJ"))) {
                k++;
            }
            for (PlaceMention pm : known) {
                // the most precise of the places there: "in Nigeria's Benue state" is Benue's
                if (pm.firstToken() >= k && pm.firstToken() <= k + 3 && pm.place().country() != null
                        && (after == null || pm.place().kind().ordinal() > after.place().kind().ordinal())) {
                    after = pm;
                }
            }
            if (after != null) {
                placedAfter = true;
                country = after.place().country();
                admin1 = after.place().kind() == Place.PlaceKind.ADMIN1 ? after.place().name() : after.place().admin1();
            }
        }
        if (kind == null) {
            if (country == null || admin1 == null && !placedAfter) {
                return Optional.empty();
            }
            kind = Place.PlaceKind.CITY;
        }
        if (country == null) { // the article's first country (not a body: "IGO", "NGO")
            country = contextCountries.stream().filter(c -> gazetteer.country(c).isPresent()).findFirst().orElse(null);
        }
        String unit = s.token(last).word().toLowerCase(Locale.ROOT);
        if (kind == Place.PlaceKind.ADMIN1 && (admin1 != null || Set.of("district", "county", "valley", "strip")
                .contains(unit))) {
            kind = Place.PlaceKind.CITY; // "Wali Kot district, Kandahar province": a place inside a division
        }
        if (country == null) {
            return Optional.empty();
        }
        Place place = new Place(name, country, kind == Place.PlaceKind.ADMIN1 ? null : admin1, Double.NaN, Double.NaN,
                kind, 0);
        return Optional.of(placeMention(s, text, first, last, place, prepositionBefore(s, first)));
    }

    /**
     * Names shared by a country or a city and a first-level division, decided by the places next to them: "Paris,
     * Texas" (a city, a comma, a division that has a city of that name) is the Texan Paris and Texas the US state;
     * "police in Georgia ... a shooting in Savannah" is the US state when another place of the sentence lies in a
     * division of that name.
     */
    private List<PlaceMention> namesakesOfDivisions(Sentence s, String text, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places);
        for (int i = 0; i < out.size(); i++) {
            PlaceMention pm = out.get(i);
            if (pm.place().kind() != Place.PlaceKind.CITY || pm.place().population() == 0) {
                continue;
            }
            int comma = pm.lastToken() + 1;
            int last = comma;
            while (last + 1 < s.size() && last < comma + 3 && s.token(last + 1).isProperNoun()) {
                last++;
            }
            if (last == comma || !s.token(comma).word().equals(",")) {
                continue;
            }
            String division = textOf(s, comma + 1, last);
            String city = textOf(s, pm.firstToken(), pm.lastToken());
            for (Place d : gazetteer.lookup(division)) {
                Optional<Place> inside = d.kind() == Place.PlaceKind.ADMIN1
                        ? gazetteer.within(city, d.country(), d.name()) : Optional.empty();
                if (inside.isPresent()) {
                    out.set(i, placeMention(s, text, pm.firstToken(), pm.lastToken(), inside.get(), pm.preposition()));
                    int from = comma + 1;
                    int to = last;
                    out.removeIf(o -> o.firstToken() >= from && o.lastToken() <= to);
                    out.add(placeMention(s, text, from, to, d, pm.preposition()));
                    break;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            PlaceMention pm = out.get(i);
            if (pm.place().kind() == Place.PlaceKind.ADMIN1 || pm.place().kind() == Place.PlaceKind.REGION) {
                continue;
            }
            for (PlaceMention other : out) {
                Place o = other.place();
                if (other != pm && o.admin1() != null && o.country() != null && !o.country().equals(pm.place().country())
                        && Gazetteer.key(o.admin1()).equals(Gazetteer.key(pm.text()))) {
                    Optional<Place> division = gazetteer.lookup(pm.text()).stream()
                            .filter(p -> p.kind() == Place.PlaceKind.ADMIN1 && p.country().equals(o.country()))
                            .findFirst();
                    if (division.isPresent()) {
                        out.set(i, placeMention(s, text, pm.firstToken(), pm.lastToken(), division.get(),
                                pm.preposition()));
                        break;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(PlaceMention::firstToken));
        return out;
    }

    /**
     * A place slug heading a report, "District/Province" ("Sangin/Helmand In the same area, ..."): a name followed by
     * a slash and the first-level division the gazetteer has it in is that place.
     */
    private Optional<Place> slugPlace(Sentence s, Piece p, List<String> contextCountries) {
        int slash = p.last() + 1;
        if (slash + 1 >= s.size() || !s.token(slash).word().equals("/") || !s.token(slash + 1).tag().startsWith("NNP")) {
            return Optional.empty();
        }
        Optional<Place> division = gazetteer.choose(s.token(slash + 1).word(), contextCountries, Place.PlaceKind.ADMIN1)
                .filter(d -> d.kind() == Place.PlaceKind.ADMIN1);
        if (division.isEmpty()) {
            return Optional.empty();
        }
        String name = textOf(s, p.first(), p.last());
        Place d = division.get();
        Optional<Place> place = gazetteer.within(name, d.country(), d.name());
        // a district the gazetteer knows only with its unit ("Garmsir district")
        return place.isPresent() ? place : gazetteer.within(name + " district", d.country(), d.name());
    }

    /**
     * "In Arghandab district, Zabul province": a place followed by the division it lies in (next to it or after a
     * comma) is the namesake inside that division when the gazetteer has one.
     */
    private List<PlaceMention> withinNamedDivisions(Sentence s, String text, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places);
        for (int i = 0; i < out.size(); i++) {
            PlaceMention pm = out.get(i);
            if (pm.place().kind() != Place.PlaceKind.CITY) {
                continue;
            }
            for (PlaceMention division : places) {
                int gap = division.firstToken() - pm.lastToken();
                // the annotator may have dropped the comma ("Khugyani district Nangarhar province")
                boolean next = gap == 1 || gap == 2 && s.token(division.firstToken() - 1).word().equals(",");
                // the division decides the country too: "Ghaziabad district, Kunar province" is not India's
                String country = division.place().country();
                if (division.place().kind() != Place.PlaceKind.ADMIN1 || !next
                        || division.place().name().equals(pm.place().admin1()) && country.equals(pm.place().country())) {
                    continue;
                }
                Optional<Place> inside = gazetteer.within(textOf(s, pm.firstToken(), pm.lastToken()), country,
                        division.place().name());
                if (inside.isEmpty() && s.token(pm.lastToken()).word().matches("(?i)district|city")) {
                    inside = gazetteer.within(textOf(s, pm.firstToken(), pm.lastToken() - 1), country,
                            division.place().name());
                }
                if (inside.isPresent()) {
                    out.set(i, placeMention(s, text, pm.firstToken(), pm.lastToken(), inside.get(), pm.preposition()));
                }
            }
        }
        return out;
    }

    /**
     * A token of a place's name, read backwards from its unit: a proper noun, a capitalised word (the tagger
     * often calls "Nahr-e Saraj" common nouns), a hyphen or a short particle between hyphens ("-e-", "-i-"), or a
     * quote inside a name ("Nad \u2018Ali").
     */
    private static boolean namePart(Sentence s, int j) {
        Token t = s.token(j);
        String w = t.word();
        if (t.isProperNoun() || Character.isUpperCase(w.charAt(0)) && !t.tag().equals("DT") && !t.tag().equals("IN")) {
            return true;
        }
        if (j == 0) {
            return false;
        }
        Token before = s.token(j - 1);
        boolean inside = before.isProperNoun() || Character.isUpperCase(before.word().charAt(0))
                || before.word().equals("-") || NAME_PARTICLES.contains(before.word());
        return inside && (w.equals("-") || t.tag().equals("HYPH") || w.matches("['\u2018\u2019`]")
                || NAME_PARTICLES.contains(w));
    }

    /** Lower-case words inside place names: "Nahr-e Saraj", "Nawah-ye Barakzai", "Tarnak wa Jaldak". */
    private static final Set<String> NAME_PARTICLES = Set.of("e", "i", "ye", "wa", "al", "el", "ul", "de", "du", "da");

    /** Whether a name is the object of a verb of attack or capture: "missiles struck Kyiv", "rebels took Goma". */
    private static boolean hitOrVisited(Sentence s, int token) {
        for (org.sitrep.model.Dependency d : s.dependencies()) {
            if (d.dependent() == token && d.relation().equals("obj") && d.governor() >= 0
                    && s.token(d.governor()).tag().startsWith("VB")
                    && HIT_OR_VISITED.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HIT_OR_VISITED = Set.of("strike", "hit", "attack", "shell", "bomb", "pound",
            "target", "raid", "storm", "capture", "seize", "take", "retake", "recapture", "overrun", "besiege",
            "encircle", "enter", "liberate", "invade", "occupy", "rocket", "blitz", "visit", "tour");

    private static boolean objectOfVerb(Sentence s, int token) {
        for (org.sitrep.model.Dependency d : s.dependencies()) {
            if (d.dependent() == token && d.relation().equals("obj") && d.governor() >= 0
                    && s.token(d.governor()).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(Sentence s, int last) {
        return last + 1 < s.size() && s.token(last + 1).tag().equals("POS");
    }

    private static String prepositionBefore(Sentence s, int first) {
        int i = first - 1;
        // "in the south", "in eastern and southern Afghanistan": the article and coordinated adjectives between;
        // "in Nigeria's Benue state": the possessive place before the name
        while (i >= 0 && (s.token(i).word().equalsIgnoreCase("the") || s.token(i).tag().equals("JJ")
                || i > 0 && s.token(i - 1).tag().equals("JJ") && Set.of("and", "or", ",").contains(s.token(i).word())
                || s.token(i).tag().equals("POS") && i > 0 && s.token(i - 1).isProperNoun())) {
            if (s.token(i).tag().equals("POS")) {
                i--;
                while (i > 0 && s.token(i - 1).isProperNoun()) {
                    i--;
                }
            }
            i--;
        }
        if (i < 0) {
            return null;
        }
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        if (w.equals("of") && i > 0 && s.token(i - 1).word().equalsIgnoreCase("out")) {
            return "from"; // "drove the militants out of Raqqa": the place they left
        }
        if (w.equals("of") && i > 0 && DIRECTIONS.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))) {
            return "near"; // "west of Nad-e Ali", "north of the village"
        }
        if (w.equals("of") && i > 0 && PLACE_NOUNS.contains(s.token(i - 1).lemma().toLowerCase(Locale.ROOT))) {
            return prepositionBefore(s, i - 1 - leadingModifiers(s, i - 1)) == null ? "in" : prepositionBefore(s, i - 1);
        }
        boolean unitBefore = PLACE_SUFFIXES.contains(w) && !w.equals("province") && !w.equals("region");
        if ((w.equals(",") || unitBefore) && i > 0) {
            // "in Marjeh district, Helmand province", "in Kramatorsk, Donetsk region": the enclosing unit after a
            // comma (or right after the district's name) shares the preposition of the place before it
            int j = w.equals(",") ? i - 1 : i;
            String unitWord = s.token(j).word().toLowerCase(Locale.ROOT);
            boolean suffix = PLACE_SUFFIXES.contains(unitWord) || unitWord.equals("village") || unitWord.equals("town");
            if (suffix) {
                j--;
            }
            int nameEnd = j;
            while (j >= 0 && namePart(s, j)) {
                j--;
            }
            int named = j;
            while (j >= 0 && s.token(j).word().equalsIgnoreCase("the")) {
                j--; // "in the Chak district, Wardak province"
            }
            if (named < nameEnd && j >= 0 && LOCATION_PREPOSITIONS.contains(s.token(j).word().toLowerCase(Locale.ROOT))) {
                return s.token(j).word().toLowerCase(Locale.ROOT);
            }
            if (named < nameEnd && j > 0 && s.token(j).word().equalsIgnoreCase("of")
                    && (PLACE_NOUNS.contains(s.token(j - 1).lemma().toLowerCase(Locale.ROOT))
                    || DIRECTIONS.contains(s.token(j - 1).word().toLowerCase(Locale.ROOT)))) {
                return prepositionBefore(s, named + 1); // "in Nalsham village of Zharay district, Kandahar province"
            }
        }
        return LOCATION_PREPOSITIONS.contains(w) ? w : null;
    }

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /** "the city of Ternopil", "the town of Pokrovsk": the place noun before "of". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province", "district",
            "port", "capital", "area", "settlement", "outskirts", "suburb", "neighbourhood", "neighborhood", "state",
            "coast", "shores", "waters", "control", "island", "hamlet", "township", "municipality", "commune",
            // parts of a town: "shelled the centre of Kherson", "in the heart of Khartoum"
            "centre", "center", "heart", "suburbs", "downtown");

    private static int leadingModifiers(Sentence s, int noun) {
        int n = 0;
        for (int k = noun - 1; k >= 0 && (s.token(k).tag().startsWith("JJ") || s.token(k).tag().equals("DT")); k--) {
            n++;
        }
        return n;
    }

    private static String textOf(Sentence s, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (b.length() > 0 && s.token(i - 1).end() < s.token(i).start()) {
                b.append(' ');
            }
            b.append(s.token(i).word());
        }
        return b.toString();
    }

    private static PlaceMention placeMention(Sentence s, String text, int first, int last, Place place, String prep) {
        int start = s.token(first).start();
        int end = s.token(last).end();
        return new PlaceMention(s.index(), first, last, start, end, text.substring(start, end), place, prep);
    }
}
