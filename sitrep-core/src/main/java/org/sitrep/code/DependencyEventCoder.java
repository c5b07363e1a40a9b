package org.sitrep.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleRef;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.Participant;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Attribution;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Codes events from dependency graphs and Sitrep's pattern dictionary.
 *
 * <p>A trigger is a verb or event noun that matches a pattern (the pattern with the most words wins). The actor is
 * the subject (or the {@code by} agent of a passive, or, for a noun, its possessive, adjective or compound
 * modifier, else the subject of the verb that governs it: "held talks", "announced sanctions"); the recipient is
 * found where the pattern says (object, {@code with}, {@code on}, ...). Triggers inside a verbal event ("agreed to
 * meet", "threatened to strike", "called for talks") are part of that event, not events of their own. Attacks
 * joined in one sentence ("fired missiles, killing nine") are one event with the casualties attached.
 */
public final class DependencyEventCoder implements EventCoder {
    private static final Set<PloverType> VERBAL = java.util.EnumSet.of(PloverType.AGREE, PloverType.REQUEST,
            PloverType.REJECT,
            PloverType.THREATEN, PloverType.ACCUSE, PloverType.SUPPORT, PloverType.CONCEDE);
    /** Types whose passive subject with no agent is the moving party itself: forces put on alert or pulled back. */
    private static final Set<PloverType> SELF_MOVES = java.util.EnumSet.of(PloverType.MOBILIZE, PloverType.RETREAT);
    private static final Set<String> VICTIM_VERBS = Set.of("kill", "wound", "injure", "hit", "damage", "destroy");
    /** Subjects that count a crowd without naming it: "Thousands marched", "hundreds rallied". */
    private static final Set<String> CROWD_COUNTS = Set.of("thousands", "hundreds", "dozens", "scores", "crowds");
    /** Nouns for people who protest that no dictionary names: "several conservative groups rallied". */
    private static final Set<String> PROTESTING_PEOPLE = Set.of("group", "people", "crowd", "resident", "student",
            "worker", "farmer", "woman", "supporter", "activist", "citizen", "villager", "teacher", "doctor", "nurse",
            "driver", "youth", "voter", "family", "mother", "veteran", "employee", "member", "trader", "miner",
            "pensioner", "opponent", "critic", "union");
    /** Verbs that tell that an event noun happened: "protests erupted", "a rally took place". */
    private static final Set<String> HAPPEN = Set.of("take", "erupt", "break", "spread", "continue", "occur",
            "happen", "begin", "resume", "flare", "grow", "escalate", "hold", "report", "stage", "see");
    private static final Set<PloverType> ACTORLESS_OK = java.util.EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.AID);
    private static final Set<String> NOUN_ACTOR_RELATIONS = Set.of("nmod:poss", "amod", "compound", "nmod:by",
            "nmod:agent");
    private static final int HISTORICAL_DAYS = 60;
    /** Verbs whose subject is the party of an event noun they govern: "agreed to a ceasefire", "signed a deal". */
    private static final Set<String> SUBJECT_LENDERS = Set.of("agree", "declare", "reach", "accept", "sign",
            "observe", "respect", "implement", "honour", "honor", "break", "violate", "propose", "offer",
            // "arrived in Amman on a visit", "travelled to Beijing for talks"
            "arrive", "travel", "fly", "come", "return", "head");
    /**
     * Verbs whose past participle on an event noun names in its "by" phrase the one who did it ("an attack carried out
     * by X", "the raid conducted by police"): the light verbs that perform an act, not those that only report or
     * judge it ("the attack condemned by the UN").
     */
    private static final Set<String> PERPETRATING = Set.of("conduct", "carry", "launch", "stage", "mount", "perform",
            "execute", "organize", "organise", "lead", "perpetrate", "commit", "orchestrate", "mastermind", "plan",
            "undertake", "wage", "unleash", "initiate");
    /** Verbs that take an event noun as object and lend it their subject: "held talks", "launched an attack". */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "carry", "launch", "stage",
            "mount", "make", "pay", "begin", "start", "resume", "continue", "open", "undertake", "step", "intensify",
            "escalate", "order", "announce", "impose", "unleash", "wage", "perform", "execute", "organize",
            "organise", "lead", "join", "attend", "deliver", "provide", "send", "give", "extend", "expand", "renew",
            "finish", "complete", "end", "host", "pursue", "initiate", "commit", "press", "mark", "hold up",
            // "reimposed blockades", "speeded up the withdrawal", "accelerated the pullout"
            "reimpose", "re-impose", "speed", "accelerate",
            // "issued a warning to Kuwait", "issued an appeal for aid", "issued a denial"
            "issue",
            // "used water cannon on protesters", "used its veto"
            "use",
            // "took action against the protesters", "will take countermeasures against the United States"
            "take");

    private final PatternDictionary patterns;
    /** PETRARCH's coding options when a user asks for PETRARCH's reading of a sentence; null for news coding. */
    private final PetrarchOptions petrarch;
    /** The gazetteer's country places by ISO3 code. */
    private final java.util.function.Function<String, java.util.Optional<org.sitrep.model.Place>> countries;

    public DependencyEventCoder(PatternDictionary patterns) {
        this(patterns, null);
    }

    /**
     * A coder that reads sentences as PETRARCH does with {@code options}: comma-delimited clauses of the
     * configured lengths are left out, and events missing a source or target are kept or dropped as
     * {@code require_dyad} says. Null options code as for news.
     */
    public DependencyEventCoder(PatternDictionary patterns, PetrarchOptions options) {
        this(patterns, options, iso3 -> java.util.Optional.empty());
    }

    /**
     * As above, with the gazetteer's countries by ISO3 code, which place what happened on a country's own ground
     * when no place is named ("strikes on Iranian nuclear sites", "troops along its border", a protest by its own
     * people); with none such events keep the dateline's place or none.
     */
    public DependencyEventCoder(PatternDictionary patterns, PetrarchOptions options,
                                java.util.function.Function<String, java.util.Optional<org.sitrep.model.Place>> countries) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.petrarch = options;
        this.countries = Objects.requireNonNull(countries, "countries");
        Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();
        for (List<String> phrase : patterns.discards()) {
            if (!phrase.isEmpty()) {
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
            }
        }
        this.discardsByFirstWord = byFirst;
    }

    /** The discard phrases by their first word, so that a sentence is checked in one pass over its words. */
    private final Map<String, List<List<String>>> discardsByFirstWord;

    /** A matched trigger. */
    /**
     * A word that matches a pattern; {@code ties} are the other verb patterns of the same length it matches, of other
     * types, read when the first one codes nothing ("sent tanks and troops to its border": no aid to anyone, so
     * troops sent).
     */
    private record Trigger(int token, EventPattern pattern, List<EventPattern> ties) {
        Trigger(int token, EventPattern pattern) {
            this(token, pattern, List.of());
        }
    }

    /** An event under construction, before ids and in-article merging. */
    private static final class Draft {
        PloverType type;
        EventPattern pattern;
        String cameo;
        String mode;
        List<String> context;
        Sentence sentence;
        int trigger;
        int head;
        List<Participant> actor = new ArrayList<>();
        List<Participant> recipient = new ArrayList<>();
        List<Integer> actorTokens = new ArrayList<>();
        EventDate date;
        Location location;
        /** The location is the setting of an earlier sentence, not told with this event. */
        boolean carriedPlace;
        List<Quantity> quantities = new ArrayList<>();
        Casualties casualties = Casualties.NONE;
        org.sitrep.model.Attribution attribution;
        Factuality factuality;
        double confidence;
        List<Evidence> restatements = new ArrayList<>();
        Evidence evidence;
        /** Told as an addition ("The force also detained two suspects"): more of the same, not a retelling. */
        boolean also;
        /** A detention told with no party ("Two suspects were detained."): its actor is the story's force. */
        boolean unnamed;
        /** An agentless passive state act ("a man was arrested") whose state no place of its sentence tells. */
        boolean statePending;
        /** The arm of the state that does a pending state act ({@link #stateSector}): COP, GOV or JUD. */
        String stateSector;
        /** The protesters of a protest whose sentence names no place with a country: the story's place's people. */
        List<Integer> crowdPending = List.of();
        /** The people such an act is done to (the passive's subject). */
        List<Integer> heldTokens = List.of();
        /** A warning coded for what its clause says the speaker's side will do: the act itself, when coded, says more. */
        boolean yieldsToInner;
        /** A future time is given for the act ("next week", "on Monday", "from July 1"): a schedule, not a promise. */
        boolean scheduled;
        /** Told by a reciprocal pattern but recoded as one side's act (talks held on a visit: the guests visit). */
        boolean oneWay;

        /** The same happening seen from the recipient's side, with another code: a visit and a received visit. */
        Draft reversed(String code) {
            Draft r = new Draft();
            r.type = CameoTypes.typeOf(code).orElse(type);
            r.pattern = pattern;
            r.cameo = code;
            r.mode = null;
            r.context = context;
            r.sentence = sentence;
            r.trigger = trigger;
            r.head = head;
            r.actor = new ArrayList<>(recipient);
            r.recipient = new ArrayList<>(actor);
            r.date = date;
            r.location = location;
            r.quantities = new ArrayList<>(quantities);
            r.casualties = casualties;
            r.attribution = attribution;
            r.factuality = factuality;
            r.confidence = confidence;
            r.evidence = evidence;
            return r;
        }
    }

    @Override
    public List<EventMention> code(ResolvedArticle resolved) {
        Article article = resolved.article();
        String text = article.text();
        List<Draft> drafts = new ArrayList<>();
        java.util.TreeMap<Integer, EventDate> storyDates = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Location> storyPlaces = new java.util.TreeMap<>();
        List<Map.Entry<Integer, Count>> deaths = new ArrayList<>();
        List<Map.Entry<Integer, Count>> injuries = new ArrayList<>();
        java.util.TreeMap<Integer, EventDate> attackDays = new java.util.TreeMap<>();
        Set<String> companies = Companies.of(text); // "Mitsui and Co Ltd" makes a later "Mitsui" a company
        for (Sentence s : resolved.annotated().sentences()) {
            Graph g = new Graph(s); // once per sentence: it repairs the parse
            Locations.storyPlace(s.isParsed() ? g : null, resolved.placesIn(s.index()))
                    .ifPresent(l -> storyPlaces.put(s.start(), l));
            List<TimeExpression> times = timesIn(resolved, s);
            Optional<EventDate> toldDay = storyDate(g, times, article.published());
            if (ATTACK_HAPPENED.matcher(text.substring(s.start(), s.end())).find()) {
                toldDay.ifPresent(d -> attackDays.put(s.start(), d));
            }
            if (!s.isParsed()) {
                // no event here, but the day it tells of may date the story's next events
                toldDay.ifPresent(d -> storyDates.put(s.start(), d));
                continue;
            }
            boolean discarded = isDiscarded(s);
            if (discarded && (petrarch != null || !namesProtesters(g) && !namesArrest(g))) {
                continue;
            }
            List<ActorMention> mentions = resolved.partiesIn(s.index());
            boolean[] leftOut = petrarch == null ? null : CommaClauses.leftOut(g, petrarch);
            if (leftOut != null) {
                // PETRARCH knows bodies only from its actor dictionary: one the resolver read off a name ending
                // in an institution's noun ("the International Criminal Court") is no actor in its reading
                mentions = firstActorOfPhrase(g, mentions.stream().filter(m -> !leftOut[m.head()])
                        .filter(m -> !isNamedBody(m)).map(DependencyEventCoder::ownWords).toList());
            }
            List<PlaceMention> places = resolved.placesIn(s.index());
            Triggers found = triggers(g, mentions);
            List<Trigger> triggers = found.all();
            Map<Trigger, Integer> innerOf = found.innerOf();
            Numbers.Found casualties = Numbers.casualties(g, text);
            List<Draft> inSentence = new ArrayList<>();
            Set<Integer> coded = new java.util.HashSet<>();
            Map<Trigger, Draft> byTrigger = new LinkedHashMap<>();
            for (Trigger t : triggers) {
                if (leftOut != null && leftOut[t.token()]) {
                    continue;
                }
                Draft d = draft(g, text, t, mentions, places, times, article, casualties, resolved.dateline());
                for (int k = 0; d == null && k < t.ties().size(); k++) {
                    d = draft(g, text, new Trigger(t.token(), t.ties().get(k)), mentions, places, times, article,
                            casualties, resolved.dateline());
                }
                if (d != null && !typed(d) && d.cameo.startsWith("01")
                        && !g.dependents(t.token(), "ccomp").isEmpty()) {
                    // a statement code (CAMEO 01x, no PLOVER type) on a verb that reports a clause: "Ukraine says
                    // it has evidence that ...": the saying frames what is said, as in PETRARCH-2
                    d = null;
                }
                if (d != null) {
                    byTrigger.put(t, d);
                    coded.add(t.token());
                }
            }
            nest(g, triggers, innerOf, byTrigger, coded);
            for (Map.Entry<Trigger, Integer> e : innerOf.entrySet()) {
                Draft outer = byTrigger.entrySet().stream().filter(o -> o.getKey().token() == e.getValue())
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                Draft inner = byTrigger.get(e.getKey());
                if (outer != null && outer.yieldsToInner && inner != null && inner.type == PloverType.THREATEN) {
                    // "warned that Israel would strike Iran again if ...": the strike, recoded as the threat it is,
                    // says more
                    byTrigger.values().remove(outer);
                    coded.remove(e.getValue());
                }
            }
            for (Map.Entry<Trigger, Draft> e : byTrigger.entrySet()) {
                Integer governor = innerOf.get(e.getKey());
                if (governor != null && coded.contains(governor)) {
                    byTrigger.entrySet().stream().filter(o -> o.getKey().token() == governor).findFirst()
                            .ifPresent(o -> refineRequest(o.getValue(), e.getValue()));
                }
                int accusing = governor != null ? governor : accusingVerb(g, e.getKey().token());
                byTrigger.entrySet().stream().filter(o -> o.getKey().token() == accusing).findFirst()
                        .ifPresent(o -> refineAccusation(g, o.getValue(), e.getValue()));
                if ((governor == null || !coded.contains(governor)) && !isRequested(g, e.getKey().token())
                        && !isCharge(g, e.getKey().token()) && !describesSubject(g, e.getKey().token(), e.getValue())) {
                    inSentence.add(e.getValue());
                }
            }
            for (Draft d : inSentence) {
                accusationOfCrime(g, d);
            }
            Draft demand = demand(g, text, mentions, places, times, article, casualties, resolved.dateline());
            if (demand != null) {
                inSentence.removeIf(d -> d.head == demand.trigger || d.trigger == demand.trigger);
                inSentence.add(demand);
            }
            ConditionalThreat ultimatum = conditionalThreat(g, text, mentions, places, times, article,
                    resolved.dateline());
            if (ultimatum != null) {
                // what the other side must do is the condition, no event of its own
                inSentence.removeIf(d -> ultimatum.condition().contains(d.trigger)
                        || ultimatum.condition().contains(d.head) || d.trigger == ultimatum.threat().trigger);
                inSentence.add(ultimatum.threat());
            }
            Draft culprit = culprit(g, text, mentions, places, times, article, resolved.dateline());
            if (culprit != null && inSentence.stream().noneMatch(d -> d.type == PloverType.ACCUSE)) {
                inSentence.add(culprit);
            }
            if (weatherDiscarded(s)) {
                inSentence.removeIf(d -> WEATHER_LANGUAGE.contains(d.type));
            }
            if (discarded) {
                // a sports or business sentence keeps only a protest by people named as protesters, and an arrest:
                // no game or market arrests anyone ("a Georgian tennis player was arrested on a charge of ...")
                inSentence.removeIf(d -> !d.cameo.startsWith("173") && (d.type != PloverType.PROTEST
                        || d.actorTokens.stream().noneMatch(t -> PROTESTERS.contains(g.lemma(t)))));
            }
            if (petrarch == null) {
                List<ActorMention> parties = mentions;
                inSentence.removeIf(d -> betweenCompanies(g, d, parties, companies)
                        || withinOneGovernment(g, d, parties));
            }
            mergeJoinedAssaults(g, inSentence);
            attachCasualties(g, inSentence, casualties);
            if (petrarch == null && inSentence.stream().noneMatch(d -> d.type == PloverType.ASSAULT
                    && d.casualties.killed() != null)) {
                Count died = Numbers.death(g, text);
                if (died != null) {
                    deaths.add(Map.entry(s.start(), died));
                }
            }
            if (petrarch == null && inSentence.stream().noneMatch(d -> d.type == PloverType.ASSAULT
                    && (d.casualties.injured() != null || d.casualties.killed() != null))) {
                Count hurt = Numbers.woundsTreated(g, text);
                if (hurt != null) {
                    injuries.add(Map.entry(s.start(), hurt));
                }
            }
            if (petrarch != null) {
                inSentence.removeIf(d -> !dyadic(g, d, petrarch.requireDyad()));
            }
            for (Draft d : inSentence) {
                if (d.pattern.recipientRoles().contains(COMPOUND) && d.recipient.isEmpty()) {
                    drafts.addAll(compoundEvents(d)); // both directions already: no paired reverse event
                } else {
                    drafts.add(d);
                }
            }
            for (Draft d : inSentence) {
                if (d.pattern.recipientRoles().contains(COMPOUND) && d.recipient.isEmpty()) {
                    continue;
                }
                if (d.pattern.reverseCameo() != null && !d.recipient.isEmpty() && !d.actor.isEmpty()) {
                    drafts.add(d.reversed(d.pattern.reverseCameo()));
                }
            }
            toldDay.ifPresent(d -> storyDates.put(s.start(), d));
        }
        laterDeaths(drafts, deaths);
        laterInjuries(drafts, injuries);
        injuriesOfTheViolence(drafts);
        woundedWhoDied(drafts);
        borrowActors(drafts, storyForce(resolved));
        stateOfStory(drafts, storyPlaces);
        continuePlaces(drafts, article, storyPlaces);
        for (Draft d : drafts) {
            if (d.location == null && d.type == PloverType.PROTEST) {
                d.location = Locations.homeOfCrowd(d.actor, countries); // no setting in the story either
            }
        }
        nameSpeakingPronouns(drafts, resolved);
        recipientsFromEarlierEvents(drafts);
        furtherSanctions(drafts);
        leadsDatedByTheirStory(drafts, attackDays);
        return finish(drafts, article, storyDates);
    }

    /** The cooperative and diplomatic types that two companies' dealings take the words of. */
    private static final Set<PloverType> DEALING_LANGUAGE = java.util.EnumSet.of(PloverType.AGREE,
            PloverType.CONSULT, PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE);

    /**
     * A deal, offer, meeting, approval, loan or resignation told of companies alone ("the bank agreed with a broker
     * to exchange information", "the airline signed a contract", "the chairman resigned from the firm"): business,
     * no political event. Every actor is a business (a code ending in BUS, or MNC) and so is every recipient; with no
     * recipient found, every party the sentence names must be a business too (a government, a country or an
     * organisation the parser did not attach keeps the event: "a bank signed an agreement with the Belgian
     * government", "an Argentine mission is negotiating with creditor banks").
     */
    private static boolean betweenCompanies(Graph g, Draft d, List<ActorMention> mentions, Set<String> companies) {
        if (!DEALING_LANGUAGE.contains(d.type) || d.actor.isEmpty() && d.recipient.isEmpty()
                || !d.actor.stream().allMatch(p -> isCompany(p, companies))
                || !d.recipient.stream().allMatch(p -> isCompany(p, companies))) {
            return false;
        }
        if (d.actor.isEmpty() && !d.recipient.stream().allMatch(p -> namesACompany(p.text())
                || Companies.names(companies, p.text()))) {
            return false; // a sector partner keeps the meeting: "negotiations with 11 creditor banks"
        }
        // with no actor found, the partner alone is named: a firm's dealings when it is named as a firm and every
        // party the sentence names is one ("it has entered into discussions with Mitsui", after "Mitsui and Co Ltd")
        // a country named as where the business is done is no party to it: "its commercialization in Japan"
        return !d.recipient.isEmpty() && !d.actor.isEmpty() || mentions.stream().allMatch(m -> namesACompany(m.text())
                || Companies.names(companies, m.text()) || m.actors().stream().allMatch(a -> isCompanyCode(a.code()))
                || g.hasDependent(m.head(), "case", "in", "into", "throughout", "across"));
    }

    /** Nouns that make "ministers" or "officials" one government's own: "government ministers". */
    private static final Set<String> OWN_GOVERNMENT = Set.of("government", "cabinet", "administration");

    /**
     * A meeting of one government's own members ("French government ministers will meet next Tuesday to discuss the
     * deficit", "the finance, industry and telecommunications ministers met for an hour", "told an emergency cabinet
     * meeting") is the government at work, no interaction between political actors: a meeting (CONSULT, not a visit)
     * with no other party, whose actors all have one government's code and are several people (two or more actors,
     * the cabinet, or "government ministers"), in a sentence that names no party of another country or organisation
     * ("US and Chinese negotiators met", with only "negotiators" taken as the actor, is a meeting of two states;
     * "foreign ministers of the Gulf states" are several governments' ministers).
     */
    private static boolean withinOneGovernment(Graph g, Draft d, List<ActorMention> mentions) {
        if (d.type != PloverType.CONSULT || !d.recipient.isEmpty() || d.actor.isEmpty()
                || d.cameo.startsWith("042") || d.cameo.startsWith("043")) {
            return false;
        }
        String code = d.actor.get(0).code();
        if (!code.endsWith("GOV") || code.length() != 6
                || !d.actor.stream().allMatch(a -> a.code().equals(code))) {
            return false;
        }
        String country = code.substring(0, 3);
        return (d.actor.size() >= 2 || d.actorTokens.stream().anyMatch(t -> g.lemma(t).equalsIgnoreCase("cabinet")
                || g.token(t).tag().equals("NNS") && g.dependents(t, "compound").stream()
                .anyMatch(c -> OWN_GOVERNMENT.contains(g.lower(c)))))
                && mentions.stream().flatMap(m -> m.actors().stream()).allMatch(a -> a.code().startsWith(country));
    }

    private static boolean isCompany(Participant p, Set<String> companies) {
        return isCompanyCode(p.code()) || namesACompany(p.text()) || Companies.names(companies, p.text());
    }

    /** Words that end a company's name: "Corp", "Inc", "Ltd", "Plc", "AG", "Airlines" ("TDK Corp of Tokyo"). */
    private static final Set<String> CORPORATE = java.util.stream.Stream.concat(Companies.LEGAL_FORMS.stream(),
            java.util.stream.Stream.of("Airlines", "Airways")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A name told with a company's legal form after it ("Air U.K. Ltd", "TDK Corp of Tokyo", "West Germany's Siemens
     * AG") names a company, whatever country the resolver gave it from a place in the name: the form word is never
     * the mention's first word.
     */
    private static boolean namesACompany(String text) {
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (CORPORATE.contains(words[i].replaceAll("[.,;:]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCompanyCode(String code) {
        return code.endsWith("BUS") || code.startsWith("MNC");
    }

    /** Words that name an actor only by pointing back: pronouns and possessive determiners. */
    private static final Set<String> POINTING_WORDS = Set.of("it", "he", "she", "they", "we", "its", "his", "her",
            "their", "our", "him", "them", "us", "itself", "himself", "herself", "themselves", "ourselves");

    /**
     * A source or speaker told by a pronoun ("It said it had put its own forces on alert") is named by the words its
     * actor was last named with ("Taiwan's defence ministry"): a reader of one event record cannot follow "It".
     */
    private static void nameSpeakingPronouns(List<Draft> drafts, ResolvedArticle resolved) {
        for (Draft d : drafts) {
            Attribution a = d.attribution;
            if (a == null || a.speaker() == null || !PRONOUN_SUBJECTS.contains(a.speaker().toLowerCase(Locale.ROOT))
                    || a.source() == null || !a.source().startsWith(a.speaker())) {
                continue;
            }
            ActorMention pronoun = resolved.actorsIn(d.sentence.index()).stream()
                    .filter(m -> m.text().equals(a.speaker()) && m.via().equals("coreference")).findFirst().orElse(null);
            if (pronoun == null) {
                continue;
            }
            ActorMention named = null;
            for (ActorMention m : resolved.actors()) {
                if (m.start() < pronoun.start() && m.actors().equals(pronoun.actors())
                        && !POINTING_WORDS.contains(m.text().toLowerCase(Locale.ROOT))) {
                    named = m; // the last naming before the pronoun
                }
            }
            if (named != null) {
                d.attribution = new Attribution(a.reportedBy(), named.text() + a.source().substring(a.speaker().length()),
                        named.text(), a.verb());
            }
        }
    }

    /** How the resolver marks a sector noun given the country of its sentence's place or of the article. */
    private static final Set<String> CONTEXT_COUNTRY = Set.of("article-country", "sentence-place", "story-place");

    /**
     * The actor a mention's own words name: PETRARCH codes "a senior official" {@code ---GOV}, never giving a
     * sector noun the country of the story around it.
     */
    private static ActorMention ownWords(ActorMention m) {
        if (!CONTEXT_COUNTRY.contains(m.via()) || m.actors().size() != 1) {
            return m;
        }
        Actor a = m.actors().get(0);
        if (a.country() == null || a.sector() == null || !a.code().equals(a.country() + a.sector())) {
            return m;
        }
        Actor sector = new Actor(a.sector(), a.sector(), null, a.sector(), Actor.ActorKind.SECTOR, a.wikidata());
        return new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(), m.text(),
                List.of(sector), "dictionary");
    }

    /** Modifiers of a noun that stand before it inside its noun phrase. */
    private static final Set<String> PRENOMINAL = Set.of("compound", "amod", "nmod:poss");

    /**
     * The mentions as PETRARCH codes noun phrases: by the first actor named in the phrase, left to right, with the
     * phrase's own sector ("Ithilen's minister X" is ITHGOV even when X names another country, "the evil Arnor
     * awful Gondor" is ARN); a sector with no country takes that of its prepositional phrase ("soldiers from
     * Gondor"), else that of the sector it is joined to.
     */
    private static List<ActorMention> firstActorOfPhrase(Graph g, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.actors().size() != 1 || COREFERENCE.equals(m.via())) {
                out.add(m);
                continue;
            }
            Actor a = m.actors().get(0);
            boolean sectorOnly = a.country() == null && a.sector() != null;
            ActorMention first = firstModifierActor(g, m, mentions);
            if (first == null && sectorOnly) {
                first = prepositionalActor(g, m, mentions);
            }
            if (first == null && sectorOnly) {
                ActorMention shared = sharedPhraseCountries(g, m, mentions);
                out.add(shared != null ? shared : m);
                continue;
            }
            out.add(first == null || first.actors().get(0).code().equals(a.code()) ? m : withActorOf(m, first));
        }
        return out;
    }

    /** The first actor among the modifiers before a mention's words ("Ithilen's" in "Ithilen's minister X"). */
    private static ActorMention firstModifierActor(Graph g, ActorMention m, List<ActorMention> mentions) {
        ActorMention first = null;
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            for (Dependency d : g.children(t)) {
                int x = d.dependent();
                if (x >= m.firstToken() || !PRENOMINAL.contains(d.relation())) {
                    continue;
                }
                ActorMention o = countryMentionAt(x, m, mentions);
                if (o != null && (first == null || o.firstToken() < first.firstToken())) {
                    first = o;
                }
            }
        }
        return first;
    }

    /** The actor of a noun's prepositional phrase ("Gondor" in "soldiers from Gondor"), or null. */
    private static ActorMention prepositionalActor(Graph g, ActorMention m, List<ActorMention> mentions) {
        for (int x : g.dependents(m.head(), "nmod")) {
            List<Integer> words = new ArrayList<>(List.of(x));
            words.addAll(g.dependents(x, "compound"));
            for (int w : words) {
                ActorMention o = countryMentionAt(w, m, mentions);
                if (o != null) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Another mention with one actor of a known country over token {@code x}, or null. */
    private static ActorMention countryMentionAt(int x, ActorMention m, List<ActorMention> mentions) {
        for (ActorMention o : mentions) {
            if (o != m && o.firstToken() <= x && x <= o.lastToken() && o.actors().size() == 1
                    && o.actors().get(0).country() != null && !COREFERENCE.equals(o.via())) {
                return o;
            }
        }
        return null;
    }

    /** The mention coded with another's actor plus its own sector. */
    private static ActorMention withActorOf(ActorMention m, ActorMention first) {
        Actor f = first.actors().get(0);
        String sector = m.actors().get(0).sector();
        String code = sector == null || f.code().endsWith(sector) ? f.code() : f.code() + sector;
        Actor joined = new Actor(code, f.name(), f.country(), sector != null ? sector : f.sector(),
                sector != null ? Actor.ActorKind.COMPOSED : f.kind(), f.wikidata());
        return new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(), m.text(),
                List.of(joined), m.via());
    }

    /**
     * A sector noun joined to another whose prepositional phrase names its countries shares them, as the phrase
     * belongs to both in PETRARCH's tree: "lawmakers and officials in Fornost and Gondor" are FORGOV and GONGOV
     * too. Null when the noun is joined to no such sector.
     */
    private static ActorMention sharedPhraseCountries(Graph g, ActorMention m, List<ActorMention> mentions) {
        String sector = m.actors().get(0).sector();
        for (Dependency d : g.parents(m.head())) {
            if (!d.baseRelation().equals("conj") || d.governor() < 0) {
                continue;
            }
            for (ActorMention o : mentions) {
                if (o == m || o.firstToken() > d.governor() || d.governor() > o.lastToken()
                        || COREFERENCE.equals(o.via()) || o.actors().stream()
                        .anyMatch(x -> x.country() == null || x.sector() == null)) {
                    continue;
                }
                List<Actor> actors = new ArrayList<>();
                for (Actor x : o.actors()) {
                    actors.add(new Actor(x.country() + sector, x.country() + " " + sector, x.country(), sector,
                            Actor.ActorKind.COMPOSED, null));
                }
                return new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.head(), m.start(), m.end(),
                        m.text(), actors, m.via());
            }
        }
        return null;
    }

    /** Relations of the words of a noun phrase to the words they belong to. */
    private static final Set<String> NOUN_PHRASE = Set.of("det", "amod", "compound", "nmod", "nmod:poss", "flat",
            "nummod", "case", "dep", "appos");

    /**
     * PETRARCH's new actor ({@code new_actor_length}): the noun phrase headed by {@code head}, when it names no
     * actor and has at most that many words, coded by its words upper-cased and quoted ("the Ministry of Magic":
     * {@code "THE MINISTRY OF MAGIC"}; a possessive "'s" is no word).
     */
    private Optional<Participant> newActor(Graph g, String text, int head, List<ActorMention> mentions) {
        if (!g.token(head).tag().startsWith("NN")) {
            return Optional.empty();
        }
        TreeSet<Integer> phrase = new TreeSet<>(List.of(head));
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int t = todo.remove(todo.size() - 1);
            for (Dependency d : g.children(t)) {
                if (t == head && d.relation().equals("case")) {
                    continue; // the preposition that introduces the phrase ("for the Ministry")
                }
                if (NOUN_PHRASE.contains(d.relation()) || NOUN_PHRASE.contains(d.baseRelation())) {
                    if (phrase.add(d.dependent())) {
                        todo.add(d.dependent());
                    }
                }
            }
        }
        phrase.removeIf(t -> g.token(t).tag().equals("POS") || g.token(t).tag().length() == 1
                || !Character.isLetterOrDigit(g.token(t).word().charAt(0)));
        if (phrase.isEmpty() || phrase.size() > petrarch.newActorLength()
                || phrase.last() - phrase.first() + 1 > 2 * phrase.size()
                || phrase.stream().anyMatch(t -> !covering(mentions, t).isEmpty())) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder("\"");
        for (int t : phrase) {
            code.append(code.length() > 1 ? " " : "").append(g.token(t).word().toUpperCase(Locale.ROOT));
        }
        code.append('"');
        int start = g.token(phrase.first()).start();
        int end = g.token(phrase.last()).end();
        String words = text.substring(start, end);
        return Optional.of(new Participant(words, code.toString(), words, null, start, end));
    }

    /**
     * A party named by a proper name that no dictionary holds ("Barr", "Sirhan Sirhan", "al-Quaety"): a proper noun
     * heading the phrase, in no actor or place mention, with no title or possessor the resolver would have read. Its
     * code is CAMEO's unknown actor "---": the event is told, its party's country is not.
     */
    private static Optional<Participant> unlistedParty(Graph g, String text, int head, List<ActorMention> mentions,
                                                       List<PlaceMention> places) {
        String tag = g.token(head).tag();
        if (!(tag.equals("NNP") || tag.equals("NNPS")) || !covering(mentions, head).isEmpty()
                || places.stream().anyMatch(pm -> pm.covers(head))
                || !Character.isUpperCase(g.token(head).word().charAt(0))) {
            return Optional.empty();
        }
        if (sentenceInitial(g, head)) {
            // "Marchers waved flags": a common noun capitalised because it starts the sentence, the tagger's name
            String lower = g.token(head).word().toLowerCase(Locale.ROOT);
            String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            if (Numbers.PERSON_NOUNS.contains(singular) || UNNAMED_PEOPLE.contains(singular)
                    || PROTESTERS.contains(singular)
                    || java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(lower) + "\\b")
                            .matcher(text).find()) {
                return Optional.empty(); // a word the story writes in lower case elsewhere is no name either
            }
        }
        int first = head;
        int last = head;
        for (Dependency d : g.children(head)) {
            String r = d.baseRelation();
            if (r.equals("compound") || r.equals("flat")) {
                int x = d.dependent();
                if (!g.token(x).tag().startsWith("NNP") || !covering(mentions, x).isEmpty()
                        || places.stream().anyMatch(pm -> pm.covers(x))) {
                    return Optional.empty(); // "Ford's", "US": part of something the resolver knows
                }
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        int start = g.token(first).start();
        int end = g.token(last).end();
        String words = text.substring(start, end);
        return Optional.of(new Participant(words, UNLISTED, words, null, start, end));
    }

    /** The first word of its sentence, after any opening quotes or brackets. */
    private static boolean sentenceInitial(Graph g, int token) {
        for (int t = 0; t < token; t++) {
            if (Character.isLetterOrDigit(g.token(t).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** CAMEO's code for an actor it cannot identify. */
    private static final String UNLISTED = "---";

    /** The first noun phrase in a verb's target place: its object, else its first prepositional phrase. */
    private static Optional<Integer> targetPhrase(Graph g, int verb) {
        List<Integer> objects = g.dependents(verb, "obj");
        if (!objects.isEmpty()) {
            return Optional.of(objects.get(0));
        }
        return g.children(verb).stream()
                .filter(d -> d.baseRelation().equals("obl") && !d.relation().equals("obl:tmod")
                        && !d.relation().equals("obl:npmod") && d.dependent() > verb)
                .map(Dependency::dependent).min(Integer::compare);
    }

    /** Relations of a noun phrase that PETRARCH can take as a verb's target, even one that names no actor. */
    private static final Set<String> TARGET_PHRASES = Set.of("obj", "iobj", "obl", "nsubj:pass");

    /**
     * Whether PETRARCH codes this event under its {@code require_dyad} option: with it, an event needs a source and
     * a target actor (a compound actor is its own target); without it, one of them is enough, but an event without
     * a target still needs a noun phrase in the target's place ("said on Saturday" has one, "said today" none).
     */
    private static boolean dyadic(Graph g, Draft d, boolean requireDyad) {
        if (!d.actor.isEmpty() && !d.recipient.isEmpty()
                || d.pattern.recipientRoles().contains(COMPOUND) && d.actor.size() > 1) {
            return true;
        }
        if (requireDyad || d.actor.isEmpty() && d.recipient.isEmpty()) {
            return false;
        }
        if (!d.recipient.isEmpty()) {
            return true;
        }
        for (Dependency c : g.children(d.trigger)) {
            String tag = g.token(c.dependent()).tag();
            String r = c.relation();
            boolean phrase = TARGET_PHRASES.contains(r)
                    || c.baseRelation().equals("obl") && !r.equals("obl:tmod") && !r.equals("obl:npmod");
            if (phrase && (tag.startsWith("NN") || tag.equals("PRP"))) {
                return true;
            }
        }
        return false;
    }

    /** PETRARCH's compound actor ({@code %}): each member as the source, the other members as its targets. */
    private static List<Draft> compoundEvents(Draft d) {
        List<Draft> out = new ArrayList<>();
        for (Participant a : d.actor) {
            List<Participant> others = new ArrayList<>();
            for (Participant o : d.actor) {
                if (!o.code().equals(a.code())) {
                    others.add(o);
                }
            }
            Draft x = d.reversed(d.cameo);
            x.type = d.type;
            x.mode = d.mode;
            x.actor = new ArrayList<>(List.of(a));
            x.recipient = others;
            x.actorTokens = d.actorTokens;
            out.add(x);
        }
        return out;
    }

    /** A number on the trigger's object or on the trigger itself: "killing two insurgents", "detained 30 people". */
    private static boolean casualtyNear(Graph g, int trigger) {
        List<Integer> around = new ArrayList<>(g.dependents(trigger, "obj", "nsubj:pass"));
        around.add(trigger);
        for (int a : around) {
            if (Numbers.amount(g, a) != null) {
                return true;
            }
            for (Dependency d : g.children(a)) {
                if ((d.relation().equals("nummod") || d.relation().startsWith("det")) && Numbers.amount(g, d.dependent()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A bare demand (CAMEO 100) takes the code of what it demands (CAMEO2PLOVER-2021): aid (103x), military
     * protection (1034), talks (106), an end to an attack or a ceasefire (1056), a release (1053).
     */
    private static void refineRequest(Draft request, Draft demanded) {
        if (request.type != PloverType.REQUEST || !request.cameo.equals("100") || demanded.type == null) {
            return; // a demanded act with no PLOVER type (a PETRARCH-only code) refines nothing
        }
        String c = demanded.cameo;
        String code = switch (demanded.type) {
            case AID -> c.startsWith("071") ? "1031" : c.startsWith("072") ? "1032" : c.startsWith("073") ? "1033"
                    : c.startsWith("074") ? "1034" : "103";
            case CONSULT -> "106";
            case RETREAT -> c.startsWith("087") ? "1056" : null;
            case ASSAULT, MOBILIZE, THREATEN -> demanded.factuality == Factuality.NEGATED ? "1056" : null;
            case CONCEDE -> c.startsWith("0841") || c.startsWith("084") ? "1053" : null;
            case AGREE -> demanded.pattern.words().stream().anyMatch(w -> w.equals("ceasefire") || w.equals("truce"))
                    ? "1056" : null;
            default -> null;
        };
        if (code != null) {
            request.cameo = code;
            request.mode = switch (code.substring(0, 3)) {
                case "103" -> "assist";
                case "105" -> "yield";
                default -> "meet";
            };
            request.context = switch (code) {
                case "1031" -> List.of("economic");
                case "1032", "1056" -> List.of("military");
                case "1033" -> List.of("humanitarian");
                case "1034" -> List.of("peacekeeping");
                case "1053" -> List.of("legal");
                case "106" -> List.of("diplomatic");
                default -> request.context;
            };
        }
    }

    private static List<TimeExpression> timesIn(ResolvedArticle r, Sentence s) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : r.annotated().times()) {
            if (t.start() >= s.start() && t.end() <= s.end()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Verbs that report a match result when a score goes with them ("beat Ghana 2-1", "lost 3-0 to"). */
    private static final Set<String> RESULT_VERBS = Set.of("beat", "defeat", "thrash", "rout", "edge", "draw",
            "lose", "hammer", "crush", "trounce", "stun", "down", "overcome", "humble", "whip", "outclass");
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,2}[-\u2013]\\d{1,2}");
    private static final java.util.regex.Pattern GOALS = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-\u2013]");

    /** A match result: a score ("2-1") and a result verb in one sentence. */
    static boolean matchResult(Sentence s) {
        List<Token> ts = s.tokens();
        boolean score = ts.stream().anyMatch(t -> SCORE.matcher(t.word()).matches());
        for (int i = 0; i + 2 < ts.size() && !score; i++) { // "2-1" tokenized as 2 - 1
            score = GOALS.matcher(ts.get(i).word()).matches() && DASH.matcher(ts.get(i + 1).word()).matches()
                    && GOALS.matcher(ts.get(i + 2).word()).matches();
        }
        return score && s.tokens().stream().anyMatch(t -> t.isVerb() && RESULT_VERBS.contains(t.lemma()));
    }

    /**
     * Nouns that name people as protesters: "demonstrators marched ... ahead of the World Cup qualifier" is a
     * protest whatever sports words the sentence holds (sports crowds are fans and supporters).
     */
    private static final Set<String> PROTESTERS = Set.of("demonstrator", "protester", "protestor", "marcher");

    private static boolean namesProtesters(Graph g) {
        return hasLemma(g, PROTESTERS, false);
    }

    /** Whether a word of the sentence has one of the lemmas (as a verb only, with {@code verbs}). */
    private static boolean hasLemma(Graph g, Set<String> lemmas, boolean verbs) {
        for (int i = 0; i < g.sentence.size(); i++) {
            if (lemmas.contains(g.lemma(i)) && (!verbs || g.token(i).tag().startsWith("VB"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of arrest, which no game or market uses: a sports or business sentence with one is still coded. */
    private static final Set<String> ARREST_VERBS = Set.of("arrest", "detain");

    private static boolean namesArrest(Graph g) {
        return hasLemma(g, ARREST_VERBS, true);
    }

    private boolean isDiscarded(Sentence s) {
        return discarded(s, false);
    }

    /**
     * Whether a discard phrase of weather occurs in the sentence ("after the cyclone"): then only its conflict
     * events are weather language ("the storm battered the coast"); the help a storm brings about is news ("received
     * tents from Zambia after the cyclone"). PETRARCH discards the whole sentence.
     */
    private boolean weatherDiscarded(Sentence s) {
        return petrarch == null && discarded(s, true);
    }

    /** Weather words of the discard list, whose sentences keep their cooperative events. */
    private static final Set<String> WEATHER = Set.of("weather", "forecasters", "meteorologists", "met", "tropical",
            "hurricane", "typhoon", "cyclone", "tornado", "snowstorm", "blizzard", "thunderstorm", "heatwave", "heat",
            "cold", "hurricanes", "typhoons", "cyclones", "tornadoes", "snowstorms", "blizzards", "thunderstorms",
            "heatwaves", "bad", "severe", "freezing", "winter");

    /** Conflict types that, in a sentence about the weather, are weather language. */
    private static final Set<PloverType> WEATHER_LANGUAGE = java.util.EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.THREATEN, PloverType.PROTEST, PloverType.SANCTION, PloverType.REJECT,
            PloverType.ACCUSE);

    private boolean discarded(Sentence s, boolean weather) {
        if (!weather && petrarch == null && matchResult(s)) {
            return true;
        }
        List<String> words = s.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> phrases = discardsByFirstWord.get(words.get(i));
            if (phrases == null || petrarch == null && WEATHER.contains(words.get(i)) != weather) {
                continue;
            }
            for (List<String> phrase : phrases) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs whose complement is what is asked for, not something that happened: "urged Israel not to drop bombs". */
    private static final Set<String> REQUEST_VERBS = Set.of("urge", "ask", "call", "press", "demand", "tell", "push",
            "request", "appeal", "implore", "beg", "encourage", "advise", "invite", "plead");

    /** Verbs whose passive with "to" is a state of the subject: "is opposed to". */
    private static final Set<String> STATIVE_PASSIVES = Set.of("oppose");

    /** Verbs of punishment whose "for" complement is what the punished are accused of, not an event. */
    private static final Set<String> PUNISH_VERBS = Set.of("arrest", "detain", "jail", "imprison", "charge",
            "sentence", "convict", "indict", "prosecute", "punish", "execute", "fine", "expel", "deport");

    /** Verbs whose "of" gerund is what a party is accused of. */
    private static final Set<String> ACCUSING_VERBS = Set.of("accuse", "suspect", "convict");

    /**
     * The verb of accusing whose "of" gerund the trigger is ("accused Sudanese troops of shelling border villages",
     * even where the parser hung the gerund on the noun after it), or -1: what one is accused of is the
     * accusation's content, no event of the accuser's.
     */
    private static int accusingVerb(Graph g, int trigger) {
        if (trigger < 2 || !g.token(trigger).tag().equals("VBG") || !g.lower(trigger - 1).equals("of")) {
            return -1;
        }
        for (int k = trigger - 2; k >= 0; k--) {
            if (g.token(k).tag().startsWith("VB")) {
                return ACCUSING_VERBS.contains(g.lemma(k)) ? k : -1;
            }
        }
        return -1;
    }

    /** Heads of noun phrases that name unarmed people: violence against them is a human rights abuse. */
    private static final Set<String> UNARMED = Set.of("civilian", "community", "villager", "resident", "people",
            "protester", "protestor", "demonstrator", "woman", "child", "worshipper", "refugee", "family", "detainee",
            "prisoner", "minority", "journalist", "student", "farmer");

    /**
     * CAMEO 1122: an accusation of violence against unarmed people ("accused the militia of killing dozens of
     * civilians", "of attacking Tutsi communities") is an accusation of human rights abuses.
     */
    private static void refineAccusation(Graph g, Draft accusation, Draft alleged) {
        if (accusation.type != PloverType.ACCUSE || !accusation.cameo.equals("112")
                || alleged.type != PloverType.ASSAULT && alleged.type != PloverType.COERCE) {
            return;
        }
        List<Integer> objects = new ArrayList<>(g.dependents(alleged.trigger, "obj"));
        for (Dependency d : g.parents(alleged.trigger)) {
            if (d.relation().equals("amod") && d.governor() > alleged.trigger) {
                objects.add(d.governor()); // "of attacking [Tutsi] communities" read as an adjective of the noun
            }
        }
        for (int o : List.copyOf(objects)) {
            if (Numbers.amount(g, o) != null || g.lemma(o).equals("dozen") || g.lemma(o).equals("hundred")) {
                objects.addAll(g.prepositional(o, "of")); // "killing dozens of civilians"
            }
        }
        if (objects.stream().anyMatch(o -> UNARMED.contains(g.lemma(o)))) {
            accusation.cameo = "1122";
            accusation.context = List.of("human_rights");
        }
    }

    /** Words of ordinary crime and corruption in what a party is accused of (CAMEO 1121). */
    private static final Set<String> CRIMES = Set.of("steal", "theft", "loot", "looting", "smuggle", "smuggling",
            "embezzle", "embezzlement", "bribe", "bribery", "extort", "extortion", "launder", "laundering",
            "racketeering", "trafficking", "pilfer", "plunder");

    /**
     * "accused Hamas of seizing aid trucks and selling their contents on the black market", "accused the
     * governor's aides of looting relief stores": an accusation of theft, smuggling, bribery or black-market trade
     * is CAMEO 1121 (accuse of crime, corruption). The words looked at are those of the accusation's "of" phrase and
     * of the verbs joined to it.
     */
    private static void accusationOfCrime(Graph g, Draft d) {
        if (d.type != PloverType.ACCUSE || !"112".equals(d.cameo)) {
            return;
        }
        List<Integer> heads = new ArrayList<>();
        for (Dependency c : g.children(d.trigger)) {
            if (c.relation().endsWith(":of") || c.baseRelation().equals("conj") && g.token(c.dependent()).isVerb()
                    && g.token(c.dependent()).tag().equals("VBG")) {
                heads.add(c.dependent());
            }
        }
        for (int h : heads) {
            for (int x : g.subtree(h, 16)) {
                String lemma = g.lemma(x).toLowerCase(Locale.ROOT);
                if (CRIMES.contains(lemma) || lemma.equals("market") && x > 0 && g.lower(x - 1).equals("black")) {
                    d.cameo = "1121";
                    d.context = List.of("crime");
                    return;
                }
            }
        }
    }

    /** "was arrested for collaborating with Israel", "jailed for spying": the alleged act is no event. */
    private static boolean isCharge(Graph g, int trigger) {
        if (!g.token(trigger).tag().equals("VBG")) {
            return false;
        }
        if (accusingVerb(g, trigger) >= 0) {
            return true;
        }
        for (Dependency d : g.parents(trigger)) {
            String r = d.baseRelation();
            if (d.governor() >= 0 && (r.equals("advcl") || r.equals("obl") || r.equals("nmod") || r.equals("acl"))
                    && (g.hasDependent(trigger, "mark", "for") || g.hasDependent(trigger, "case", "for"))
                    && PUNISH_VERBS.contains(g.lemma(d.governor()))) {
                return true;
            }
        }
        return false;
    }

    /** Relations that keep a word inside its clause when climbing to the clause's head. */
    private static final Set<String> IN_CLAUSE = Set.of("obj", "iobj", "obl", "nmod", "conj", "xcomp", "compound",
            "amod", "nsubj", "nsubj:pass", "appos");

    /**
     * Whether a trigger lies in a description of the subject of the sentence's verb, set off by commas: a "who"
     * relative clause ("X, who will attend the talks, told reporters ...") or a passive participle phrase ("the government,
     * shaken by a string of resignations, has trailed ..."). Such a description is background, not the news the sentence
     * tells. Acts of force are kept: "the gunman, who killed three people, was arrested" reports the killing.
     */
    private static boolean describesSubject(Graph g, int trigger, Draft d) {
        if (CONFLICT.contains(d.type) || d.type == PloverType.THREATEN) {
            return false;
        }
        int current = trigger;
        for (int steps = 0; steps < 4; steps++) {
            int up = -1;
            for (Dependency p : g.parents(current)) {
                if (p.governor() < 0) {
                    continue;
                }
                String r = p.relation();
                if ((r.equals("acl") || r.equals("acl:relcl")) && g.token(p.governor()).tag().startsWith("NN")) {
                    return commaDescription(g, p.governor(), p.dependent(), r.equals("acl:relcl"));
                }
                if (IN_CLAUSE.contains(p.baseRelation()) && p.governor() != current) {
                    up = up < 0 ? p.governor() : up;
                }
            }
            if (up < 0) {
                return false;
            }
            current = up;
        }
        return false;
    }

    /** A clause on a noun set off by a comma, the noun being the subject of a verb after the clause. */
    private static boolean commaDescription(Graph g, int noun, int clause, boolean relative) {
        int first = clause;
        if (relative) {
            first = -1;
            for (int w : g.dependents(noun, "ref")) {
                if (Set.of("who", "whom", "whose").contains(g.lower(w))) {
                    first = w;
                }
            }
            if (first < 0) {
                // no "who": a bare clause may be restrictive, and a "which" clause the parser may have hung on
                // the wrong noun
                return false;
            }
        } else if (!g.token(clause).tag().equals("VBN")) {
            // a passive participle describes ("shaken by resignations"); an active one tells a concurrent act of
            // the subject's ("Modi, arriving by train from Poland, held talks ...")
            return false;
        }
        if (first <= noun || !g.lower(first - 1).equals(",")) {
            return false;
        }
        for (Dependency p : g.parents(noun)) {
            if (p.governor() > clause && p.baseRelation().startsWith("nsubj") && g.token(p.governor()).isVerb()
                    && p.governor() != clause) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRequested(Graph g, int trigger) {
        for (Dependency d : g.parents(trigger)) {
            if (d.governor() >= 0 && d.baseRelation().equals("xcomp") && REQUEST_VERBS.contains(g.lemma(d.governor()))) {
                return true;
            }
            if (d.governor() >= 0 && d.baseRelation().equals("advcl") && g.hasDependent(trigger, "mark", "to")
                    && REQUEST_VERBS.contains(g.lemma(d.governor()))) {
                return true; // "pleaded with NATO to strike", parsed as a clause with its own subject
            }
        }
        if (!g.token(trigger).isVerb()) {
            // "pleaded with NATO to launch air strikes": the noun's light verb is what is asked for
            for (Dependency d : g.parents(trigger)) {
                if (d.governor() >= 0 && d.baseRelation().equals("obj") && LIGHT_VERBS.contains(g.lemma(d.governor()))
                        && isRequested(g, d.governor())) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- triggers -------------------------------------------------------------------------------------------

    /** The triggers of a sentence, and for those inside another event the token of the governing trigger. */
    private record Triggers(List<Trigger> all, Map<Trigger, Integer> innerOf) {
    }

    private Triggers triggers(Graph g, List<ActorMention> mentions) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < g.sentence.size(); i++) {
            final int index = i;
            if (mentions.stream().anyMatch(m -> m.covers(index))) {
                continue;
            }
            Token t = g.token(i);
            EventPattern best = null;
            List<EventPattern> ties = new ArrayList<>();
            boolean gerundNoun = gerundSubject(g, i);
            if (actsAsVerb(g, i) && !gerundNoun) {
                EventPattern viaCompound = null;
                for (EventPattern p : candidates(patterns::verbs, g, i)) {
                    if (p.recipientRoles().contains(COMPOUND) && subjectActors(g, i, mentions).size() < 2) {
                        continue; // PETRARCH's % needs a compound subject
                    }
                    if (verbTailMatches(g, i, p, false) && wordsBeforeMatch(g, i, p) && (best == null
                            || p.length() > best.length() || p.length() == best.length() && !p.subjects().isEmpty()
                            && best.subjects().isEmpty() // "teachers strike" is a protest, not an attack
                            || p.length() == best.length() && bySurface(g, i, p) && !bySurface(g, i, best))) {
                        best = p;
                    } else if (verbTailMatches(g, i, p, true) && wordsBeforeMatch(g, i, p)
                            && (viaCompound == null || p.length() > viaCompound.length())) {
                        viaCompound = p;
                    }
                }
                // a word found only as a modifier of the object ("ended mediation efforts") counts less than the
                // object itself ("sent two aircraft carriers" is "send carrier" before "send aircraft")
                if (viaCompound != null && (best == null || viaCompound.length() > best.length())) {
                    best = viaCompound;
                } else if (best != null && best.length() > 1) {
                    for (EventPattern p : candidates(patterns::verbs, g, i)) {
                        if (p != best && p.length() == best.length() && p.type() != best.type() && !p.codesNothing()
                                && !isPetrarch(p) && !isPetrarch(best) && verbTailMatches(g, i, p, false)
                                && wordsBeforeMatch(g, i, p)) {
                            ties.add(p);
                        }
                    }
                }
            } else if (t.isNoun() || gerundNoun) {
                for (EventPattern p : candidates(patterns::nouns, g, i)) {
                    if (nounModifiersMatch(g, i, p) && (best == null || p.words().size() > best.words().size())) {
                        best = p;
                    }
                }
                if ((best == null || best.words().size() == 1) && g.lower(i).endsWith("ing")
                        && !g.prepositional(i, "of").isEmpty()) {
                    // "the signing of a defence pact", "the lifting of sanctions on Iran": a gerund noun with its
                    // object in an "of" phrase reads as its verb; only patterns that name the object count, so
                    // that "the opening of a film festival" stays no event
                    for (String stem : verbStems(g.lower(i))) {
                        for (EventPattern p : patterns.verbs(stem)) {
                            if (p.words().size() >= 2 && !isPetrarch(p) && !p.codesNothing()
                                    && p.subjects().isEmpty() && !p.recipientRoles().contains(RECEIVED)
                                    && verbTailMatches(g, i, p, false)
                                    && (best == null || p.words().size() > best.words().size())) {
                                best = p;
                            }
                        }
                    }
                }
                if (best == null || best.words().size() == 1 && !best.recipientRoles().contains("of")) {
                    // "the deployment of police" is a "police deployment", "the withdrawal of troops" a "troop
                    // withdrawal": the "of" noun stands for the compound's first word (not where "of" names the
                    // recipient: "the release of prisoners")
                    for (int of : g.prepositional(i, "of")) {
                        for (EventPattern p : candidates(patterns::nouns, g, i)) {
                            if (p.words().size() == 2 && !isPetrarch(p) && sameNoun(g, of, p.words().get(0))) {
                                best = p;
                            }
                        }
                    }
                }
            }
            if (best == null && Numbers.outcomeOf(g, i) >= 0) {
                best = outcomePattern(g.lemma(i));
            }
            if (best != null && !best.codesNothing()) { // a longer null-coded pattern keeps the verb from coding
                found.add(new Trigger(i, best, List.copyOf(ties)));
            }
        }
        return suppressInner(g, found);
    }

    /**
     * "Witkoff has been discussing a plan to end the war with Russian and Ukrainian officials": the parser hangs the
     * "with" phrase on the infinitive that describes what is discussed; when it names people by their role (a common
     * noun: officials, counterparts, negotiators) they are the ones the talks are with, as one does not end a war
     * or make peace with officials. A "with" naming a state or a person ("to make peace with Russia") stays with the
     * infinitive.
     */
    private static List<Integer> interlocutorsOfClause(Graph g, int verb, List<ActorMention> mentions) {
        List<Integer> out = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>(g.dependents(verb, "xcomp"));
        for (int o : g.dependents(verb, "obj")) {
            clauses.addAll(g.dependents(o, "acl", "acl:to"));
        }
        for (int c : clauses) {
            for (int w : g.prepositional(c, "with")) {
                Token t = g.token(w);
                if (t.isNoun() && !t.isProperNoun() && !covering(mentions, w).isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * "Moscow said the EU's sanctions were illegal": the party whose act a speaker denounces, the subject of the
     * adjective the speaker applies (when it is a party: "said Washington was reckless") or its possessor, modifier
     * or "by" phrase ("the EU's sanctions", "the EU sanctions", "the sanctions imposed by the EU").
     */
    private static List<Integer> ownersOfWhatIsDenounced(Graph g, int verb) {
        List<Integer> out = new ArrayList<>();
        if (ALLEGING.contains(g.lemma(verb))) {
            // "alleges the bank violated securities laws": the one said to have done the wrong
            for (int c : g.dependents(verb, "ccomp")) {
                if (c > verb && g.token(c).isVerb()) {
                    out.addAll(g.dependents(c, "nsubj"));
                }
            }
        }
        for (int c : g.dependents(verb, "ccomp")) {
            if (!verdict(g, c)) {
                continue;
            }
            for (int subject : g.dependents(c, "nsubj")) {
                out.add(subject);
                out.addAll(g.dependents(subject, "nmod:poss", "amod", "compound"));
                for (int by : g.dependents(subject, "acl")) {
                    out.addAll(g.prepositional(by, "by"));
                }
            }
        }
        return out;
    }

    /** Verbs by which a party alleges that another did a wrong ("alleges the bank violated ..."). */
    private static final Set<String> ALLEGING = Set.of("allege", "claim", "charge", "contend");

    /**
     * A reported clause that says what something is: an adjective or a noun with a copula ("said the sanctions were
     * illegal", "said the strike was an act of aggression").
     */
    private static boolean verdict(Graph g, int c) {
        String tag = g.token(c).tag();
        return (tag.startsWith("JJ") || tag.equals("NN") || tag.equals("NNS")) && !g.dependents(c, "cop").isEmpty();
    }

    /** Verbs of arriving: where help sent arrives is whom it is for. */
    private static final Set<String> ARRIVALS = Set.of("arrive", "land", "reach", "dock");

    /**
     * "Two planeloads of supplies sent by the UAE landed in Kabul", "aid flown in by Jordan reached Gaza": the place
     * where what a past participle modifies arrives (its subject's "in"/"at" phrase, or the object of "reached").
     */
    private static List<Integer> arrivalPlace(Graph g, int verb) {
        List<Integer> out = new ArrayList<>();
        if (!g.token(verb).tag().equals("VBN")) {
            return out;
        }
        if (!g.prepositional(verb, "by").isEmpty()) {
            // the same read as "supplies sent by the UAE" the root with the arrival hung on it ("dep")
            for (int a : g.dependents(verb, "dep")) {
                if (ARRIVALS.contains(g.lemma(a)) && g.dependents(a, "nsubj").isEmpty()) {
                    out.addAll(g.prepositional(a, "in"));
                    out.addAll(g.prepositional(a, "at"));
                }
            }
        }
        for (Dependency d : g.parents(verb)) {
            if (d.governor() < 0 || !d.relation().equals("acl") || d.governor() > verb) {
                continue;
            }
            List<Integer> nouns = new ArrayList<>(List.of(d.governor()));
            for (Dependency up : g.parents(d.governor())) {
                if (up.governor() >= 0 && up.relation().equals("nmod:of")) {
                    nouns.add(up.governor()); // "two planeloads of supplies sent by ..."
                }
            }
            for (int n : nouns) {
                for (Dependency s : g.parents(n)) {
                    if (s.governor() >= 0 && s.relation().equals("nsubj") && ARRIVALS.contains(g.lemma(s.governor()))) {
                        out.addAll(g.prepositional(s.governor(), "in"));
                        out.addAll(g.prepositional(s.governor(), "at"));
                        if (g.lemma(s.governor()).equals("reach")) {
                            out.addAll(g.dependents(s.governor(), "obj"));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The verbs a gerund may be of: "signing" sign, "closing" close, "stopping" stop, "freeing" free. */
    private static List<String> verbStems(String gerund) {
        String stem = gerund.substring(0, gerund.length() - 3);
        List<String> out = new ArrayList<>();
        if (stem.length() < 2) {
            return out;
        }
        out.add(stem);
        out.add(stem + "e");
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            out.add(stem.substring(0, n - 1));
        }
        return out;
    }

    /** Whether a word is this noun, singular or plural: "troops" for "troop". */
    private static boolean sameNoun(Graph g, int token, String word) {
        String lemma = g.lemma(token).toLowerCase(Locale.ROOT);
        String lower = g.lower(token);
        return lemma.equals(word) || lower.equals(word) || lower.equals(word + "s") || lemma.equals(word + "s");
    }

    /**
     * The event an outcome noun tells ("resulted in the death of X", "confirmed the capture of X"): a killing or an
     * arrest of the people named after "of".
     */
    private static EventPattern outcomePattern(String noun) {
        boolean death = noun.equals("death") || noun.equals("killing");
        return new EventPattern(death ? PloverType.ASSAULT : PloverType.COERCE, EventPattern.Kind.NOUN, List.of(noun),
                death ? "190" : "173", death ? null : "arrest", death ? List.of() : List.of("legal"), List.of("of"),
                true, false, "built-in: outcome noun");
    }

    /**
     * A verb, or a noun the tagger mistook for one that heads a clause with a subject and a modal or auxiliary:
     * "they would blockade Paris" tagged blockade/NN.
     */
    /**
     * A gerund that is the subject of a verb and has no object or subject of its own is a noun: "Fighting broke out
     * between ...", "Shelling resumed overnight", "The signing of the deal was postponed".
     */
    private static boolean gerundSubject(Graph g, int i) {
        return g.token(i).tag().equals("VBG") && g.parents(i).stream().anyMatch(d -> d.governor() >= 0
                && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && g.token(d.governor()).isVerb())
                && g.dependents(i, "obj", "nsubj", "nsubj:pass", "aux").isEmpty();
    }

    private static boolean actsAsVerb(Graph g, int i) {
        Token t = g.token(i);
        if (t.isVerb()) {
            return true;
        }
        return t.isNoun() && (!g.dependents(i, "aux").isEmpty() || Numbers.nounWithObject(g, i))
                && !g.dependents(i, "nsubj").isEmpty() && g.dependents(i, "cop").isEmpty();
    }

    /**
     * Whether a verb pattern is listed under the word as written where that differs from its lemma: a dictionary
     * that lists an irregular form as a verb of its own (PETRARCH's {@code LEFT [032:033]} beside
     * {@code LEAVE [012]}) means that form, so at equal length it beats the lemma's pattern.
     */
    private static boolean bySurface(Graph g, int i, EventPattern p) {
        return !g.lower(i).equals(g.lemma(i)) && p.anchor().equals(g.lower(i));
    }

    private static List<EventPattern> candidates(java.util.function.Function<String, List<EventPattern>> index,
                                                 Graph g, int i) {
        if (i >= 2 && (g.token(i - 1).word().equals("-") || g.token(i - 1).tag().equals("HYPH"))
                && g.token(i - 2).end() == g.token(i - 1).start() && g.token(i - 1).end() == g.token(i).start()) {
            // "test-fired" split by the tokenizer into "test", "-", "fired": patterns listed under the hyphenated
            // word ("test-fire") are that word's own, and beat those of its last part ("fire missile")
            List<EventPattern> joined = new ArrayList<>(index.apply(g.lower(i - 2) + "-" + g.lemma(i)));
            if (!g.lower(i).equals(g.lemma(i))) {
                joined.addAll(index.apply(g.lower(i - 2) + "-" + g.lower(i)));
            }
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        List<EventPattern> out = new ArrayList<>(index.apply(g.lemma(i)));
        if (!g.lower(i).equals(g.lemma(i))) {
            out.addAll(index.apply(g.lower(i)));
        }
        return out;
    }

    /** Heads of time phrases ("on Tuesday", "in March", "for a week"), whose prepositions are no pattern words. */
    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "day", "night", "morning", "afternoon", "evening",
            "week", "weekend", "month", "year", "hour", "minute", "eve", "today", "yesterday", "tomorrow");

    /** Extra verb words must appear, in order, among particles, prepositions and heads of the verb's arguments. */
    private static boolean verbTailMatches(Graph g, int verb, EventPattern p, boolean compounds) {
        if (!p.subjects().isEmpty() && g.dependents(verb, "nsubj").stream()
                .noneMatch(h -> p.subjects().contains(g.lemma(h)) || p.subjects().contains(g.lower(h)))) {
            return false;
        }
        if (p.words().size() == 1) {
            return true;
        }
        for (int w = 1; w < p.words().size(); w++) {
            // a word the sentence does not have cannot be placed: most of a verb's patterns end here, before its
            // arguments are gathered
            String word = p.words().get(w);
            if (!g.hasWord(word.startsWith(EventPattern.ADJACENT) && word.length() > 1 ? word.substring(1) : word)) {
                return false;
            }
        }
        TreeSet<Integer> positions = new TreeSet<>();
        Set<Integer> frontedVerdicts = new java.util.HashSet<>();
        for (Dependency d : g.children(verb)) {
            String r = d.baseRelation();
            if (r.equals("obl") && TIME_NOUNS.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
                continue; // "called Putin on Tuesday" is no "call on": a time phrase lends no pattern word
            }
            if (r.equals("dep") && !fromPetrarch(p) && g.token(d.dependent()).isVerb()
                    // a gerund is an act of its own: "denied diverting food aid" denies no aid
                    && !g.token(d.dependent()).tag().equals("VBG")) {
                // an idiom's noun the parser took for a second verb, with the object on it: "has put on hold
                // its budget support" parsed as put -dep-> hold -obj-> support, matching "put hold support"
                positions.add(d.dependent());
                positions.addAll(g.dependents(d.dependent(), "obj"));
            }
            if (r.equals("ccomp") && !fromPetrarch(p) && ALLEGING.contains(g.lemma(verb))
                    && g.token(d.dependent()).isVerb() && d.dependent() > verb) {
                // the wrong a party alleges: "alleges the bank violated securities laws" matches "allege violate"
                positions.add(d.dependent());
            }
            if (r.equals("ccomp") && !fromPetrarch(p) && verdict(g, d.dependent())) {
                // what a speaker says something is: "said the sanctions were illegal" matches "say illegal"; a
                // noun verdict lends its "of" too: "said the strike was an act of aggression" matches "say aggression"
                positions.add(d.dependent());
                if (d.dependent() < verb) {
                    // the words said, quoted before the verb: "'The sanctions are illegal,' the minister said"
                    frontedVerdicts.add(d.dependent());
                }
                if (g.token(d.dependent()).tag().startsWith("NN")) {
                    positions.addAll(g.prepositional(d.dependent(), "of"));
                }
            }
            if (r.equals("compound") && d.subtype().equals("prt") || r.equals("obj") || r.equals("obl")
                    || r.equals("nmod") || r.equals("xcomp") || r.equals("iobj") || r.equals("advmod")
                    || r.equals("nsubj") && d.relation().equals("nsubj:pass")) {
                positions.add(d.dependent());
                if (p.recipientRoles().contains(ANYWHERE)) {
                    // PETRARCH's nouns are heads with their modifiers ("* {DIPLOMATIC TIES}", "* ARTILLERY" for
                    // "fired artillery shells")
                    for (Dependency m : g.children(d.dependent())) {
                        if (m.baseRelation().equals("amod") || m.baseRelation().equals("compound")) {
                            positions.add(m.dependent());
                        }
                    }
                }
                if (r.equals("obj") || d.relation().equals("nsubj:pass")) {
                    positions.addAll(g.prepositional(d.dependent(), "of")); // "fired a barrage of missiles"
                    if (!fromPetrarch(p) && amount(g, d.dependent())) {
                        // a sum whose "in" names what it is: "withheld $9 million in aid" is withheld aid
                        positions.addAll(g.prepositional(d.dependent(), "in"));
                    }
                    if (!fromPetrarch(p)) {
                        // "declared an end to the war", "put an end to two decades of fighting"
                        for (int to : g.prepositional(d.dependent(), "to")) {
                            positions.add(to);
                            positions.addAll(g.prepositional(to, "of"));
                        }
                    }
                    if (compounds) {
                        positions.addAll(g.dependents(d.dependent(), "compound")); // "ended mediation efforts"
                    }
                    if (g.token(d.dependent()).tag().equals("DT")) {
                        // "evacuated the wounded" parsed with "the" as the object and "wounded" as its modifier
                        positions.addAll(g.dependents(d.dependent(), "amod"));
                    }
                }
                if (compounds && r.equals("obl") && !fromPetrarch(p)
                        && g.hasDependent(d.dependent(), "case", "on", "under", "in")) {
                    // an idiom's noun the parser made a modifier: "put on hold development aid" parsed as
                    // "on (hold development aid)"
                    positions.addAll(g.dependents(d.dependent(), "compound"));
                }
                for (Dependency c : g.children(d.dependent())) {
                    if (c.relation().equals("case") || c.relation().equals("mark")
                            || c.relation().equals("dep") && g.token(c.dependent()).tag().equals("RP")) {
                        positions.add(c.dependent()); // a particle the parser hung on the object: "walked off the job"
                    }
                }
                if (r.equals("xcomp") && !fromPetrarch(p) && !g.token(d.dependent()).tag().equals("VBG")) {
                    // the object of a "to" clause: "allowed the opposition to hold a rally" matches "allow rally"
                    // (a gerund's object is its own act's: "denied diverting aid" denies no aid)
                    positions.addAll(g.dependents(d.dependent(), "obj"));
                }
            }
        }
        Set<Integer> reducedPassive = new java.util.HashSet<>();
        for (Dependency d : g.parents(verb)) {
            if (d.governor() >= 0 && d.relation().equals("amod") && g.token(verb).tag().equals("VBG")) {
                positions.add(d.governor()); // "resorted to throwing stones" parsed with throwing/amod(stones)
            }
            if (d.governor() >= 0 && d.governor() < verb && d.relation().equals("acl")
                    && g.token(verb).tag().equals("VBN") && !fromPetrarch(p)) {
                // "intelligence passed on by Ugandan security services": the noun a past participle modifies is
                // its passive subject
                positions.add(d.governor());
                reducedPassive.add(d.governor());
            }
        }
        if (!fromPetrarch(p)) {
            // "committed to reopening the border": a gerund clause's "to" stands for the verb's preposition
            for (int c : g.dependents(verb, "advcl")) {
                for (int m : g.dependents(c, "case")) {
                    if (m < c && g.lower(m).equals("to")) {
                        positions.add(m);
                    }
                }
            }
            for (int c : g.dependents(verb, "advcl")) {
                // "appealed for food aid to help the victims" parsed as a for-to clause: its preposition and its
                // subject stand for the verb's oblique ("appeal for aid")
                for (int m : g.dependents(c, "mark")) {
                    if (m < c && !g.lower(m).equals("to") && !g.dependents(c, "nsubj").isEmpty()) {
                        positions.add(m);
                        positions.addAll(g.dependents(c, "nsubj"));
                    }
                }
            }
        }
        if (fromPetrarch(p)) {
            // PETRARCH reads a pattern's words after "*" in order through the verb phrase: every word after the
            // verb in the phrase it heads ("allowed that X isn't a REALLY_PLEASANT place", "memos FROM Bree")
            for (int t : g.subtree(verb, g.sentence.size())) {
                if (t > verb) {
                    positions.add(t);
                }
            }
        }
        // a passive's subject is the object the pattern names, though it stands before the verb: "23 diplomats
        // were expelled", "new sanctions were imposed on Russia"
        Set<Integer> passiveSubjects = fromPetrarch(p) ? Set.of() : new java.util.HashSet<>(
                g.dependents(verb, "nsubj:pass").stream().filter(x -> x < verb).toList());
        if (!fromPetrarch(p) && reducedPassiveSubject(g, verb) >= 0) {
            positions.add(reducedPassiveSubject(g, verb));
            reducedPassive.add(reducedPassiveSubject(g, verb));
            // "two planeloads of medical supplies sent by X": a measure's "of" is what was sent, as for objects
            for (int of : g.prepositional(reducedPassiveSubject(g, verb), "of")) {
                positions.add(of);
                reducedPassive.add(of);
            }
        }
        if (!reducedPassive.isEmpty()) {
            passiveSubjects.addAll(reducedPassive); // never a PETRARCH pattern's, whose set is immutable
        }
        int after = verb;
        for (int w = 1; w < p.words().size(); w++) {
            String word = p.words().get(w);
            Integer match = null;
            if (word.startsWith(EventPattern.ADJACENT) && word.length() > 1) { // PETRARCH's "*_OUT", "ECONOMIC_TIES"
                word = word.substring(1);
                if (after + 1 >= g.sentence.size()
                        || !g.lemma(after + 1).equals(word) && !g.lower(after + 1).equals(word)) {
                    return false;
                }
                after = after + 1;
                continue;
            }
            for (int pos : positions) {
                // PETRARCH matches a pattern's words as written ("* EFFORT" is not "efforts"; synsets list plurals)
                boolean placed = pos > after || w == 1 && (passiveSubjects.contains(pos) || frontedVerdicts.contains(pos));
                if (placed && (!fromPetrarch(p) && g.lemma(pos).equals(word) || g.lower(pos).equals(word))) {
                    match = pos;
                    break;
                }
            }
            if (match == null) {
                return false;
            }
            after = Math.max(after, match);
        }
        return true;
    }

    /**
     * A verb pattern's words before the verb (PETRARCH's "INDICATED WOULD * NOW", "HEAVILY *") must come, in order,
     * before it in the sentence, other words between them allowed.
     */
    private static boolean wordsBeforeMatch(Graph g, int verb, EventPattern p) {
        int k = verb - 1;
        for (int w = p.before().size() - 1; w >= 0; w--) {
            String word = p.before().get(w);
            boolean adjacent = word.endsWith(EventPattern.ADJACENT) && word.length() > 1; // "RECENTLY_*"
            if (adjacent) {
                word = word.substring(0, word.length() - 1);
            }
            while (k >= 0 && !g.lemma(k).equals(word) && !g.lower(k).equals(word)) {
                if (adjacent) {
                    return false;
                }
                k--;
            }
            if (k < 0) {
                return false;
            }
            k--;
        }
        return true;
    }

    /** Heads of a sum of money or a count: "$9 million", "10 million dollars", "20 million euros". */
    private static final Set<String> AMOUNTS = Set.of("$", "\u20ac", "\u00a3", "dollar", "dollars", "euro", "euros",
            "pound", "pounds", "yen", "yuan", "rupee", "rupees", "million", "billion", "sum", "amount");

    /** Whether a noun is a sum or a count: a money word or a number heads it. */
    private static boolean amount(Graph g, int noun) {
        return AMOUNTS.contains(g.lower(noun)) || g.token(noun).tag().equals("CD");
    }

    /**
     * A noun pattern's words before the head must be the tokens right before it (hyphens skipped); nouns that the
     * head's compound chain puts between them are skipped before a modifier that is no noun ("joint coast guard
     * drills" is a "joint drill", "joint border patrols" a "joint patrol"); nouns stay adjacent ("air strike").
     */
    private static boolean nounModifiersMatch(Graph g, int noun, EventPattern p) {
        Set<Integer> chain = new java.util.HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(noun));
        for (int i = 0; i < todo.size(); i++) {
            for (Dependency d : g.children(todo.get(i))) {
                if (d.relation().equals("compound") && d.dependent() < noun
                        && g.token(d.dependent()).tag().startsWith("NN") && chain.add(d.dependent())) {
                    todo.add(d.dependent());
                }
            }
        }
        int k = noun - 1;
        for (int w = p.words().size() - 2; w >= 0; w--) {
            while (k >= 0 && (g.token(k).word().equals("-") || g.token(k).tag().equals("HYPH"))) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            String word = p.words().get(w);
            if (!g.lemma(k).equals(word) && !g.lower(k).equals(word)) {
                int j = k;
                while (j >= 0 && chain.contains(j) && !g.lemma(j).equals(word) && !g.lower(j).equals(word)) {
                    j--; // the nouns of the head's compound chain: "joint [coast guard] drills"
                }
                if (j == k || j < 0 || !g.lemma(j).equals(word) && !g.lower(j).equals(word)
                        || g.token(j).tag().startsWith("NN") || isPetrarch(p)) {
                    return false; // a noun-noun pattern stays adjacent: "air strike"
                }
                k = j;
            }
            k--;
        }
        return true;
    }

    /**
     * Drops triggers that are part of another event: the complement of a verbal event ("agreed to meet"), a noun
     * used as a modifier ("attack drones"), and a noun that restates its verb ("launched an attack" when both match).
     */
    private static Triggers suppressInner(Graph g, List<Trigger> triggers) {
        Map<Integer, Trigger> byToken = new LinkedHashMap<>();
        triggers.forEach(t -> byToken.put(t.token(), t));
        Map<Trigger, Integer> innerOf = new LinkedHashMap<>();
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean modifier = !g.token(t.token()).isVerb()
                    && g.parents(t.token()).stream().anyMatch(d -> d.relation().equals("compound"));
            if (modifier) {
                continue;
            }
            for (Dependency d : g.parents(t.token())) {
                Trigger governor = byToken.get(d.governor());
                if (governor == null && d.governor() >= 0) {
                    // the object of an idiom's noun parsed as a verb hung on the trigger: "put on hold its support"
                    governor = g.parents(d.governor()).stream().filter(e -> e.relation().equals("dep"))
                            .map(e -> byToken.get(e.governor())).filter(java.util.Objects::nonNull).findFirst()
                            .orElse(null);
                }
                if (governor == null || governor == t) {
                    continue;
                }
                String r = d.baseRelation();
                boolean complement = r.equals("xcomp") || r.equals("ccomp") || r.equals("obj") || r.equals("obl")
                        || r.equals("nmod") || r.equals("advcl") || r.equals("acl");
                boolean inner = complement && VERBAL.contains(governor.pattern().type())
                        // "is due to travel to Kyiv to meet Zelensky": the meeting is the purpose of the visit
                        || (r.equals("advcl") || r.equals("xcomp")) && governor.pattern().type() == PloverType.CONSULT
                        && t.pattern().type() == PloverType.CONSULT && g.hasDependent(t.token(), "mark", "to")
                        // "struck to protest the refusal", "marched to denounce the law": what a strike or march
                        // protests is its purpose, no second, verbal protest
                        || (r.equals("advcl") || r.equals("xcomp")) && governor.pattern().type() == PloverType.PROTEST
                        && t.pattern().type() == PloverType.ACCUSE && g.hasDependent(t.token(), "mark", "to")
                        || r.equals("obj") && governor.pattern().type() == t.pattern().type()
                        || governor.pattern().kind() == EventPattern.Kind.VERB && governor.pattern().words().size() > 1
                        && (governor.pattern().words().contains(g.lemma(t.token()))
                        || governor.pattern().words().contains(g.lower(t.token())));
                if (inner) {
                    innerOf.put(t, governor.token()); // part of the governing event when that one is coded
                }
            }
            Trigger accusing = accusationOfAGerundReadAsAdjective(g, t, byToken);
            if (accusing != null && !innerOf.containsKey(t)) {
                innerOf.put(t, accusing.token());
            }
            Trigger container = containerGovernor(g, t, byToken);
            if (container != null && !innerOf.containsKey(t)) {
                innerOf.put(t, container.token());
            }
            Trigger outer = byToken.get(adverbialGovernor(g, t.token()));
            if (outer != null && outer != t && nestedClause(outer, t)) {
                innerOf.put(t, outer.token());
            }
            out.add(t);
        }
        return new Triggers(out, innerOf);
    }

    /**
     * The accusation whose alleged act the parser read as an adjective: "charged Japan with violating GATT rules"
     * parsed with "violating" an adjective of "rules", the object of the accusation's "with" or "of". The act alleged
     * is part of the accusation, not an event of its own (only the ACCUSE event is coded).
     */
    private static Trigger accusationOfAGerundReadAsAdjective(Graph g, Trigger t, Map<Integer, Trigger> byToken) {
        if (!g.token(t.token()).tag().equals("VBG")) {
            return null;
        }
        for (Dependency d : g.parents(t.token())) {
            if (!d.relation().equals("amod") || d.governor() <= t.token()) {
                continue;
            }
            for (Dependency e : g.parents(d.governor())) {
                Trigger governor = e.governor() >= 0 ? byToken.get(e.governor()) : null;
                if (governor != null && governor != t && governor.pattern().type() == PloverType.ACCUSE
                        && (e.baseRelation().equals("obl") || e.baseRelation().equals("nmod"))) {
                    return governor;
                }
            }
        }
        return null;
    }

    /**
     * The trigger whose object holds an event noun through a noun that only gathers or counts such acts: "approved
     * its 19th package of sanctions", "announced a new round of strikes", "imposed a raft of measures". The noun is
     * the governing event told again, not an event of its own, when both are of one type or the governor's pattern
     * names it; what the package includes is part of the same act ("..., including a ban on imports from 2027").
     */
    private static Trigger containerGovernor(Graph g, Trigger t, Map<Integer, Trigger> byToken) {
        if (g.token(t.token()).isVerb()) {
            return null;
        }
        for (Dependency d : g.parents(t.token())) {
            if (d.governor() < 0 || !d.relation().equals("nmod:of") || byToken.containsKey(d.governor())
                    || !g.token(d.governor()).tag().startsWith("NN")) {
                continue;
            }
            for (Dependency up : g.parents(d.governor())) {
                Trigger governor = up.governor() >= 0 ? byToken.get(up.governor()) : null;
                if (governor == null || governor == t || !up.baseRelation().equals("obj")
                        || governor.pattern().kind() != EventPattern.Kind.VERB) {
                    continue;
                }
                if (governor.pattern().type() == t.pattern().type()
                        || governor.pattern().words().contains(g.lemma(t.token()))
                        || governor.pattern().words().contains(g.lower(t.token()))) {
                    return governor;
                }
            }
        }
        return null;
    }

    /**
     * PETRARCH codes a verb in an adverbial clause of a coded verb ("restored ties with X after crowds burned its
     * embassy") as part of that verb's event, not as an event of its own.
     */
    private static boolean nestedClause(Trigger governor, Trigger inner) {
        return governor.pattern().kind() == EventPattern.Kind.VERB
                && inner.pattern().kind() == EventPattern.Kind.VERB && fromPetrarch(governor.pattern())
                && fromPetrarch(inner.pattern());
    }

    /**
     * PETRARCH's nested events with no transformation: a coded verb with an event verb in its adverbial clause
     * and no target of its own takes that event's source as its target; when that event has no source either,
     * PETRARCH cannot resolve the nesting and codes neither. A temporal clause only dates the event and lends no
     * party ("A is about to restore ties, years after B's crowds burned its embassy" has no target).
     */
    private static void nest(Graph g, List<Trigger> triggers, Map<Trigger, Integer> innerOf,
                             Map<Trigger, Draft> byTrigger, Set<Integer> coded) {
        for (Trigger t : triggers) {
            Integer governor = innerOf.get(t);
            if (governor == null || adverbialGovernor(g, t.token()) != governor || !fromPetrarch(t.pattern())) {
                continue;
            }
            Map.Entry<Trigger, Draft> outer = byTrigger.entrySet().stream()
                    .filter(o -> o.getKey().token() == governor).findFirst().orElse(null);
            if (outer == null || !fromPetrarch(outer.getValue().pattern) || !outer.getValue().recipient.isEmpty()) {
                continue;
            }
            Draft d = outer.getValue();
            Draft inner = byTrigger.get(t);
            if (temporalClause(g, t.token())) {
                continue; // "restore ties with X, years after Y's crowds burned its embassy": Y is not the target
            }
            if (inner == null || inner.actor.isEmpty()) {
                byTrigger.remove(outer.getKey());
                coded.remove(governor);
                continue;
            }
            for (Participant a : inner.actor) {
                if (d.actor.stream().noneMatch(s -> s.code().equals(a.code()))) {
                    d.recipient.add(a);
                }
            }
        }
        // a clause the verb reports ("spokesmen said 54 civilians were killed") whose event has no source: the
        // nesting is unresolvable as well, when the reporting verb found no target of its own
        for (Trigger t : triggers) {
            if (!fromPetrarch(t.pattern()) || t.pattern().kind() != EventPattern.Kind.VERB) {
                continue;
            }
            for (Dependency dep : g.parents(t.token())) {
                if (dep.governor() < 0 || !dep.baseRelation().equals("ccomp")) {
                    continue;
                }
                Map.Entry<Trigger, Draft> outer = byTrigger.entrySet().stream()
                        .filter(o -> o.getKey().token() == dep.governor()).findFirst().orElse(null);
                Draft inner = byTrigger.get(t);
                if (outer != null && fromPetrarch(outer.getValue().pattern) && outer.getValue().recipient.isEmpty()
                        && (inner == null || inner.actor.isEmpty())) {
                    byTrigger.remove(outer.getKey());
                    coded.remove(dep.governor());
                }
            }
        }
    }

    /**
     * The verb whose phrase holds the adverbial clause a verb heads ("after crowds burned ...", "after leaving
     * ..."): the clause's governor, or the verb whose object or oblique that governor is (the parser may hang
     * the clause on "ties" in "restore ties with X after ..."); a reporting clause the parser hung it on
     * (", officials said") is passed through, as PETRARCH deletes it; -1 when the verb heads no such clause.
     */
    private static int adverbialGovernor(Graph g, int verb) {
        for (Dependency d : g.parents(verb)) {
            String r = d.baseRelation();
            if (d.governor() < 0 || !(r.equals("advcl") || r.equals("acl")) || g.dependents(verb, "mark").stream()
                    .noneMatch(m -> !g.lower(m).equals("to"))) {
                continue; // a subordinator ("after", "when"), not an infinitive or a bare participle
            }
            int host = d.governor();
            if (g.token(host).isVerb() && inReportingClause(g, host)) {
                List<Dependency> up = g.parents(host);
                if (up.isEmpty() || up.get(0).governor() < 0) {
                    continue;
                }
                host = up.get(0).governor();
            }
            if (g.token(host).isVerb()) {
                return host;
            }
            for (Dependency up : g.parents(host)) {
                String u = up.baseRelation();
                if (up.governor() >= 0 && g.token(up.governor()).isVerb()
                        && (u.equals("obj") || u.equals("obl") || u.equals("nmod"))) {
                    return up.governor();
                }
            }
        }
        return -1;
    }

    // ---- arguments ------------------------------------------------------------------------------------------

    private Draft draft(Graph g, String text, Trigger t, List<ActorMention> allMentions, List<PlaceMention> places,
                        List<TimeExpression> times, Article article, Numbers.Found casualties,
                        org.sitrep.model.Place dateline) {
        EventPattern p = t.pattern();
        // PETRARCH codes a noun phrase by its head: a possessive pronoun ("its embassy") makes no actor
        List<ActorMention> mentions = fromPetrarch(p) ? allMentions.stream()
                .filter(m -> !COREFERENCE.equals(m.via()) || !g.token(m.firstToken()).tag().equals("PRP$")).toList()
                : allMentions;
        int trigger = t.token();
        List<Integer> actorTokens = new ArrayList<>();
        List<Integer> recipientTokens = new ArrayList<>();
        boolean verb = actsAsVerb(g, trigger) && !gerundSubject(g, trigger);
        int governorVerb = -1;
        boolean forcesOf = false; // the forces of an "of" phrase move themselves: recipients from the slots only
        if (verb && petrarch == null && isPetrarch(p) && inReportingClause(g, trigger)) {
            return null; // PETRARCH deletes ", X said" before coding
        }
        if (verb && fromPetrarch(p) && bareParticipleClause(g, trigger)) {
            return null; // "Rebuked by X, Y is ...": a passive's target comes before it, and this one has none
        }
        if (verb && !g.parents(trigger).isEmpty() && g.parents(trigger).get(0).relation().equals("amod")
                && !p.recipientRoles().contains("obj") && p.words().size() == 1) {
            return null; // a participle used as an adjective ("the injured man") is no event of its own
        }
        boolean intolerance = verb && !isPetrarch(p) && p.type() == PloverType.THREATEN
                && "tolerate".equals(g.lemma(trigger));
        if (intolerance && g.dependents(trigger, "advmod").stream()
                .noneMatch(a -> Set.of("not", "n't", "never").contains(g.lower(a)))) {
            return null; // "tolerates dissent" is no warning; "will not tolerate" is
        }
        if (verb && p.type() == PloverType.ASSAULT && !isPetrarch(p) && naturalHazard(g, trigger, mentions)) {
            return null; // "flash floods killed 30 people", "were killed in the earthquake": no one's act
        }
        if (!isPetrarch(p) && "1724".equals(p.cameo()) && mentionsHazard(g)) {
            return null; // "declared a state of emergency after the floods": disaster relief, not coercion
        }
        if (p.type() == PloverType.ASSAULT && !isPetrarch(p) && figurativeWar(g, trigger)) {
            return null; // "fired the first shot in a price war": business news
        }
        if (petrarch == null && !isPetrarch(p) && (compoundAdjective(g, trigger) || supposed(g, trigger)
                || crimeOfASentence(g, trigger) || settingOfABackReference(g, trigger)
                || p.type() == PloverType.AID && privateRescue(g, trigger)
                || p.type() == PloverType.AID && !verb && cutBack(g, trigger)
                || deliberated(g, trigger)
                || p.type() == PloverType.CONSULT && callForHelp(g, trigger))) {
            return null; // "life-threatening", "the writer supposes an invasion", "a sentence for the murder of"
        }
        if (verb) {
            boolean passive = !g.dependents(trigger, "nsubj:pass", "aux:pass").isEmpty();
            if (passive && STATIVE_PASSIVES.contains(g.lemma(trigger)) && !g.prepositional(trigger, "to").isEmpty()
                    && g.prepositional(trigger, "by").isEmpty() && g.dependents(trigger, "obl:agent").isEmpty()) {
                // "Israel is opposed to French mediation": a state of the subject, who is the actor; what it is
                // opposed to stands as the object
                actorTokens.addAll(g.dependents(trigger, "nsubj:pass"));
                if (p.recipientRoles().contains("obj")) {
                    recipientTokens.addAll(g.prepositional(trigger, "to"));
                }
                passive = false;
            }
            actorTokens.addAll(g.dependents(trigger, "nsubj", "nsubj:xsubj", "csubj"));
            if (!fromPetrarch(p) && actorTokens.stream().allMatch(x -> covering(mentions, x).isEmpty())) {
                for (Dependency d : g.parents(trigger)) {
                    // "Finland's president is set to visit Beijing on Thursday, the first trip by ...": the parser
                    // gives "trip" as the controlled subject; the schedule's own subject is the one who acts
                    if (d.governor() >= 0 && d.baseRelation().equals("xcomp")
                            && SCHEDULED.contains(g.lower(d.governor()))) {
                        List<Integer> scheduled = g.dependents(d.governor(), "nsubj:pass", "nsubj");
                        if (scheduled.stream().anyMatch(x -> !covering(mentions, x).isEmpty())) {
                            actorTokens.clear();
                            actorTokens.addAll(scheduled);
                        }
                    }
                }
            }
            actorTokens.addAll(g.dependents(trigger, "obl:agent"));
            if (!passive && !fromPetrarch(p) && actorTokens.stream().allMatch(x -> covering(mentions, x).isEmpty())) {
                List<Integer> enacter = enacterOfTheLaw(g, trigger); // "passed a bill which decriminalized abortion"
                if (!enacter.isEmpty()) {
                    actorTokens.clear(); // the law itself ("bill" as the relative clause's subject) names no party
                    actorTokens.addAll(enacter);
                }
            }
            int patient = fromPetrarch(p) ? -1 : reducedPassiveSubject(g, trigger);
            if (patient >= 0 && covering(mentions, patient).isEmpty()) {
                actorTokens.remove(Integer.valueOf(patient)); // "intelligence passed on by X": X acted
                actorTokens.addAll(g.prepositional(trigger, "by"));
            }
            if (actorTokens.isEmpty() && !fromPetrarch(p) && g.token(trigger).tag().equals("VBN")
                    && g.parents(trigger).stream().anyMatch(d -> d.relation().equals("acl") && d.governor() >= 0
                    && d.governor() < trigger)) {
                actorTokens.addAll(g.prepositional(trigger, "by")); // "intelligence passed on by X"
            }
            if (passive && SELF_MOVES.contains(p.type()) && !p.recipientRoles().contains("obj")
                    && g.dependents(trigger, "obl:agent").isEmpty() && g.prepositional(trigger, "by").isEmpty()) {
                // "the army was placed on alert", "peacekeepers were pulled out": forces moved by their own
                // command, whose country is the actor
                actorTokens.addAll(g.dependents(trigger, "nsubj:pass"));
            }
            if (passive || g.token(trigger).tag().equals("VBN")) {
                // an active verb's "by" phrase is no agent: "to protest the law imposed ... by fundamentalists"
                actorTokens.addAll(g.prepositional(trigger, "by"));
            }
            List<Integer> objects = g.dependents(trigger, passive ? "nsubj:pass" : "obj");
            if (objects.isEmpty() && !passive) {
                objects = Numbers.sharedObjects(g, trigger); // "identified and detained the facilitator"
            }
            boolean postLeft = p.type() == PloverType.CONCEDE && RESIGNING.contains(g.lemma(trigger)) && !passive;
            if (p.recipientRoles().contains("obj") && !postLeft) {
                // "resigned the leadership of the party", "quit the cabinet": the post or body left is the
                // resigner's own, no party the concession is made to
                recipientTokens.addAll(objects);
                if (objects.isEmpty() && !passive) {
                    // "freed the American journalist Evan Gershkovich": one object noun phrase misread as an
                    // indirect object followed by a loose name
                    recipientTokens.addAll(g.dependents(trigger, "iobj"));
                }
            }
            if (p.recipientRoles().contains("iobj")) {
                recipientTokens.addAll(g.dependents(trigger, "iobj"));
            }
            for (String role : p.recipientRoles()) {
                if (!role.equals("obj") && !role.equals("iobj")) {
                    for (int o : objects) {
                        recipientTokens.addAll(g.prepositional(o, role)); // "fired missiles at Israel"
                        if (!fromPetrarch(p) && amount(g, o)) {
                            for (int what : g.prepositional(o, "in")) { // "$500 million in aid for Ukraine"
                                recipientTokens.addAll(g.prepositional(what, role));
                            }
                        }
                    }
                    for (int c : g.dependents(trigger, "advcl", "ccomp", "xcomp")) {
                        if (g.hasDependent(c, "mark", role) && g.hasDependent(c, "mark", "to")) {
                            // "pleaded with NATO to strike", "appealed to Japan to help" parsed as an infinitive
                            // clause whose subject carries the preposition: that subject is the one addressed
                            recipientTokens.addAll(g.dependents(c, "nsubj"));
                        }
                    }
                    if (g.hasDependent(trigger, "compound:prt", role)) {
                        recipientTokens.addAll(objects); // "called on Russia" parsed with "on" as a particle
                    }
                }
            }
            for (Dependency d : g.parents(trigger)) {
                if (d.relation().equals("amod") && actorTokens.isEmpty()) {
                    // "denied attacking civilians" parsed as an adjective: the noun is the object, the verb
                    // that governs the noun lends its subject
                    recipientTokens.add(d.governor());
                    for (Dependency up : g.parents(d.governor())) {
                        if (up.governor() >= 0 && g.token(up.governor()).isVerb()) {
                            actorTokens.addAll(g.dependents(up.governor(), "nsubj", "nsubj:xsubj"));
                        }
                    }
                }
            }
            if (actorTokens.isEmpty()) {
                actorTokens.addAll(inheritedSubject(g, trigger));
            }
        } else {
            for (Dependency d : g.children(trigger)) {
                if (NOUN_ACTOR_RELATIONS.contains(d.relation()) && !p.words().contains(g.lemma(d.dependent()))
                        && !p.words().contains(g.lower(d.dependent()))) {
                    boolean modifier = d.relation().equals("amod") || d.relation().equals("compound");
                    boolean named = covering(mentions, d.dependent()).stream()
                            .anyMatch(m -> m.actors().stream().anyMatch(a -> a.country() != null));
                    if (!modifier || named) { // "prisoner exchanges" names no party; "Russian strikes" does
                        actorTokens.add(d.dependent());
                    }
                }
                if (p.reciprocal() && d.relation().equals("nmod:between")) {
                    actorTokens.add(d.dependent());
                }
            }
            if (p.kind() == EventPattern.Kind.VERB && !fromPetrarch(p)) {
                // a gerund read as its verb: its "of" phrase is the verb's object, with the object's own parties
                // ("the signing of a pact between A and B", "the lifting of sanctions on Iran")
                for (int of : g.prepositional(trigger, "of")) {
                    if (p.recipientRoles().contains("obj")) {
                        recipientTokens.add(of);
                    }
                    if (p.reciprocal() && actorTokens.isEmpty()) {
                        actorTokens.addAll(g.prepositional(of, "between"));
                    }
                    for (String role : p.recipientRoles()) {
                        if (!role.equals("obj") && !role.equals("iobj")) {
                            recipientTokens.addAll(g.prepositional(of, role));
                        }
                    }
                }
            }
            if (actorTokens.isEmpty() && !fromPetrarch(p)) {
                // "the attack carried out by the Taliban", "a raid conducted by police": the agent of a light verb's
                // participle that modifies the event noun is the one who acts
                for (int c : g.dependents(trigger, "acl")) {
                    if (g.token(c).tag().equals("VBN") && PERPETRATING.contains(g.lemma(c))) {
                        actorTokens.addAll(g.dependents(c, "obl:agent"));
                        actorTokens.addAll(g.prepositional(c, "by"));
                    }
                }
            }
            if (actorTokens.isEmpty() && !g.dependents(trigger, "cop").isEmpty()) {
                // a predicate event noun: "the activist has been on hunger strike", "the doctors are on strike"
                actorTokens.addAll(g.dependents(trigger, "nsubj"));
            }
            if (p.reciprocal() && actorTokens.isEmpty()) {
                // "fighting broke out between the army and rebels", "talks were held between A and B": the
                // parties hang on the verb the event noun is the subject of
                for (Dependency d : g.parents(trigger)) {
                    if (d.governor() >= 0 && d.relation().startsWith("nsubj")) {
                        actorTokens.addAll(g.prepositional(d.governor(), "between"));
                    }
                }
            }
            int proxy = quantityProxy(g, trigger);
            for (Dependency d : g.parents(proxy)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.baseRelation();
                String lemma = g.lemma(d.governor());
                boolean light = LIGHT_VERBS.contains(lemma) && (r.equals("obj") || d.relation().equals("nsubj:pass"))
                        || SUBJECT_LENDERS.contains(lemma) && (r.equals("obj") || r.equals("obl"));
                boolean purpose = r.equals("obl") && g.prepositional(d.governor(), "for").contains(proxy);
                boolean copular = r.equals("nmod") || r.equals("obl");
                if (light || purpose) {
                    governorVerb = d.governor();
                } else if (copular && !g.token(d.governor()).isVerb() && !g.dependents(d.governor(), "cop").isEmpty()) {
                    governorVerb = d.governor(); // "Zelensky was in Turkey for talks"
                }
            }
            if (actorTokens.isEmpty()) {
                for (Dependency d : g.parents(proxy)) {
                    if (d.governor() >= 0 && d.baseRelation().equals("nmod") && !covering(mentions, d.governor()).isEmpty()
                            && !g.token(d.governor()).isVerb()) {
                        actorTokens.add(d.governor()); // "Zelensky, on a visit to Ireland, said ..."
                    }
                }
            }
            if (actorTokens.isEmpty() && governorVerb < 0
                    && Locations.VISITS.contains(g.lemma(trigger).toLowerCase(Locale.ROOT))) {
                for (Dependency d : g.parents(trigger)) {
                    if (d.governor() >= 0 && d.relation().equals("obl:on") && g.token(d.governor()).isVerb()) {
                        // "Zelensky, on a visit to Ireland on Tuesday, said ...": the one who speaks there is the
                        // visitor, though the phrase hangs on the verb of saying
                        actorTokens.addAll(g.dependents(d.governor(), "nsubj"));
                    }
                }
            }
            if (governorVerb >= 0) {
                if (!actorTokens.isEmpty() && actorTokens.stream().allMatch(x -> g.token(x).tag().equals("PRP$")
                        && covering(mentions, x).isEmpty())) {
                    actorTokens.clear(); // "the envoys held their first meeting": the owner is the light verb's subject
                }
                if (actorTokens.isEmpty()) {
                    actorTokens.addAll(g.dependents(governorVerb, "nsubj", "nsubj:xsubj", "nsubj:pass"));
                    actorTokens.addAll(g.dependents(governorVerb, "obl:agent"));
                }
                if (actorTokens.isEmpty()) {
                    actorTokens.addAll(inheritedSubject(g, governorVerb));
                }
            }
            if (governorVerb < 0 && !fromPetrarch(p) && !actorTokens.isEmpty() && actorTokens.stream()
                    .allMatch(x -> g.token(x).tag().equals("PRP$") && covering(mentions, x).isEmpty())) {
                // "emailed his resignation", "completed its withdrawal": the owner a pronoun names is the subject of
                // the verb whose object the event noun is
                for (Dependency d : g.parents(trigger)) {
                    if (d.governor() >= 0 && d.baseRelation().equals("obj") && g.token(d.governor()).isVerb()) {
                        List<Integer> subjects = new ArrayList<>(g.dependents(d.governor(), "nsubj", "nsubj:xsubj"));
                        if (subjects.isEmpty()) {
                            subjects.addAll(inheritedSubject(g, d.governor()));
                        }
                        if (!subjects.isEmpty()) {
                            actorTokens.clear();
                            actorTokens.addAll(subjects);
                        }
                    }
                }
            }
            if (!fromPetrarch(p) && !p.recipientRoles().contains("of") && actorTokens.stream()
                    .allMatch(x -> covering(mentions, x).isEmpty())) {
                forcesOf = ofPhraseParties(g, trigger, p, mentions, actorTokens, recipientTokens);
            }
        }
        for (String role : p.recipientRoles()) {
            if (role.equals("obj") || role.equals("iobj")) {
                continue;
            }
            recipientTokens.addAll(g.prepositional(trigger, role));
            if (verb && !fromPetrarch(p)) {
                for (int idiom : g.dependents(trigger, "dep")) {
                    if (g.token(idiom).isVerb()) {
                        recipientTokens.addAll(g.prepositional(idiom, role)); // "put on hold aid to Mali"
                    }
                }
            }
            if (!verb && quantityProxy(g, trigger) != trigger) {
                recipientTokens.addAll(g.prepositional(quantityProxy(g, trigger), role)); // "waves of strikes on X"
            }
            if (governorVerb >= 0) {
                recipientTokens.addAll(g.prepositional(governorVerb, role));
            }
        }
        if (verb && p.type() == PloverType.AID && !fromPetrarch(p) && recipientTokens.isEmpty()) {
            recipientTokens.addAll(arrivalPlace(g, trigger));
        }
        if (verb && p.type() == PloverType.CONSULT && !fromPetrarch(p) && p.recipientRoles().contains("with")
                && recipientTokens.isEmpty()) {
            recipientTokens.addAll(interlocutorsOfClause(g, trigger, mentions));
        }
        if (verb && p.type() == PloverType.ACCUSE && !fromPetrarch(p) && recipientTokens.isEmpty()) {
            recipientTokens.addAll(ownersOfWhatIsDenounced(g, trigger));
        }
        if (p.recipientRoles().contains(COMPOUND)) {
            recipientTokens.clear(); // the members of the compound subject are each other's targets
        } else if (p.recipientRoles().contains(ANYWHERE)) {
            // PETRARCH: the target is the first actor of the verb phrase, after as many as the pattern skips (^);
            // with "+ * FROM $" the subject is the target and that first actor the source
            int head = verb || governorVerb < 0 ? trigger : governorVerb;
            int skips = (int) p.recipientRoles().stream().filter(SKIP_ACTOR::equals).count();
            if (p.recipientRoles().contains(SOURCE_AFTER) && verb) {
                List<Integer> subjects = g.dependents(trigger, "nsubj", "nsubj:pass", "nsubj:xsubj");
                List<Integer> exclude = new ArrayList<>(subjects);
                exclude.addAll(actorTokens);
                int source = firstActorInPhrase(g, head, mentions, recipientTokens, exclude, skips, fromPetrarch(p));
                if (source >= 0 && !subjects.isEmpty()) {
                    actorTokens.clear();
                    actorTokens.add(source);
                    recipientTokens.clear();
                    recipientTokens.addAll(subjects);
                }
            } else {
                List<Integer> passiveSubjects = verb ? g.dependents(trigger, "nsubj:pass") : List.of();
                if (actorTokens.isEmpty()) {
                    actorTokens.addAll(passiveSubjects); // no "by": PETRARCH keeps the subject as the source
                }
                List<Integer> found = new ArrayList<>();
                for (int r : recipientTokens) {
                    if (r > head || passiveSubjects.contains(r)) { // the target is in the verb phrase
                        found.add(r);
                    }
                }
                int first = firstActorInPhrase(g, head, mentions, found, actorTokens, skips, fromPetrarch(p));
                if (first < 0 && verb) {
                    // "allowed that Mordor isn't ...": the verb phrase holds the clause it reports (or its object's:
                    // "expressed hopes that ..."), whose subject is then its first actor
                    List<Integer> clauses = new ArrayList<>(g.dependents(trigger, "ccomp"));
                    for (int o : g.dependents(trigger, "obj")) {
                        clauses.addAll(g.dependents(o, "acl", "ccomp")); // "expressed hopes that X could ..."
                    }
                    if (fromPetrarch(p)) {
                        // PETRARCH deletes ", X said" before coding, wherever the parser hangs it
                        clauses.removeIf(c -> inReportingClause(g, c));
                    }
                    // PETRARCH: its first actor, the subject's words first ("said that an embargo against X would
                    // fail"); else its subject
                    for (int c : clauses) {
                        for (int x : fromPetrarch(p) ? outsideTimeAdjuncts(g, c)
                                : g.dependents(c, "nsubj", "nsubj:pass")) {
                            if (first < 0 && x > trigger && !actorTokens.contains(x)
                                    && !PRONOUN_SUBJECTS.contains(g.lower(x)) // "said it would": the speaker
                                    && !covering(mentions, x).isEmpty()) {
                                first = x;
                            }
                        }
                    }
                }
                recipientTokens.clear();
                if (first >= 0) {
                    recipientTokens.add(first);
                }
            }
        }
        if (verb && p.recipientRoles().contains(RECEIVED)) {
            List<Integer> givers = receivedFrom(g, trigger, recipientTokens, mentions);
            recipientTokens.clear();
            recipientTokens.addAll(actorTokens);
            actorTokens.clear();
            actorTokens.addAll(givers);
        }
        actorTokens.removeIf(recipientTokens::contains);
        List<Participant> actors = participants(g, actorTokens, mentions, places, p.type(), false);
        if (actors.isEmpty() && !actorTokens.isEmpty()
                && actorTokens.stream().allMatch(x -> PRONOUN_SUBJECTS.contains(g.lower(x))
                        || anaphoric(g, x, speakerOf(g, trigger), mentions))) {
            // "Syria says it will not accept refugees", "rebel leaders said they would meet": the speaker
            int speaker = speakerOf(g, trigger);
            if (speaker >= 0) {
                actors.addAll(participants(g, List.of(speaker), mentions, places, p.type(), false));
            }
        }
        if (actors.isEmpty() && intolerance && !g.dependents(trigger, "aux:pass").isEmpty()
                && g.dependents(trigger, "obl:agent").isEmpty() && g.prepositional(trigger, "by").isEmpty()) {
            // "'any attacks on our police will not be tolerated,' the minister said": the speaker warns
            int speaker = speakerOf(g, trigger);
            if (speaker >= 0) {
                actors.addAll(participants(g, List.of(speaker), mentions, places, p.type(), false));
            }
        }
        if (actors.isEmpty() && verb) {
            // "the war between the army and the RSF has killed ...", "Russia's attack killed ...": the parties of
            // the event noun that is the subject
            for (int subject : g.dependents(trigger, "nsubj")) {
                List<Integer> parties = new ArrayList<>();
                for (Dependency d : g.children(subject)) {
                    if (d.relation().equals("nmod:between") || d.relation().equals("nmod:poss")
                            || d.relation().equals("nmod:by") || d.relation().equals("amod")) {
                        parties.add(d.dependent());
                        parties.addAll(g.dependents(d.dependent(), "conj"));
                    }
                }
                actors.addAll(participants(g, parties, mentions, places, p.type(), false));
            }
        }
        // "Democrats expressed dissatisfaction with Bolton": a person or body called by a proper name that no
        // dictionary holds is a party all the same, of no country we know (CAMEO's unknown actor, "---"); kept for
        // the last, for an event that every other reading leaves without a party
        List<Participant> unlistedActors = new ArrayList<>();
        if (actors.isEmpty() && verb && petrarch == null && !isPetrarch(p)) {
            for (int x : actorTokens) {
                unlistedParty(g, text, x, mentions, places).ifPresent(u -> add(unlistedActors, u));
            }
        }
        if (verb && !p.subjects().isEmpty()) {
            // "a car bomb exploded ..., killing 20 people": the weapon's victims are the recipients
            for (Dependency d : g.children(trigger)) {
                String r = d.baseRelation();
                if ((r.equals("dep") || r.equals("advcl") || r.equals("xcomp") || r.equals("conj"))
                        && VICTIM_VERBS.contains(g.lemma(d.dependent()))) {
                    recipientTokens.addAll(g.dependents(d.dependent(), "obj"));
                    for (int c : g.dependents(d.dependent(), "conj")) {
                        recipientTokens.addAll(g.dependents(c, "obj"));
                    }
                }
            }
        }
        List<Participant> recipients = participants(g, recipientTokens, mentions, places, p.type(), true, false);
        boolean embargo = false;
        if (p.type() == PloverType.COERCE && petrarch == null && !isPetrarch(p) && !mentionsHazard(g)) {
            // "new restrictions on flights to Cuba", "banned all imports from Iran": a ban on the traffic or trade
            // with a country is an embargo on that country (not a measure against an epidemic)
            for (int r : List.copyOf(recipientTokens)) {
                if (!TRAFFIC.contains(g.lemma(r).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String pre : List.of("to", "from", "with", "into")) {
                    List<Integer> with = g.prepositional(r, pre);
                    for (Participant x : participants(g, with, mentions, places, p.type(), true, false)) {
                        if (!isSectorOnly(x)) {
                            add(recipients, x);
                            recipientTokens.addAll(with);
                            embargo = true;
                        }
                    }
                }
            }
        }
        if (petrarch != null && petrarch.newActorLength() > 0 && verb) {
            // PETRARCH's new actors: a noun phrase in the source's or target's place that names no known actor
            if (actors.isEmpty()) {
                actorTokens.stream().findFirst().flatMap(x -> newActor(g, text, x, mentions))
                        .ifPresent(actors::add);
            }
            if (recipients.isEmpty() && !actors.isEmpty()) {
                targetPhrase(g, trigger).flatMap(x -> newActor(g, text, x, mentions)).ifPresent(recipients::add);
            }
        }
        recipients.removeIf(r -> actors.stream().anyMatch(a -> a.code().equals(r.code()) && a.start() == r.start()));
        // "the majority of Brazil's 700,000 bankworkers": the possessor that gave the actor its country is the actor's
        // own, no other party
        recipients.removeIf(r -> possessorOfAnActor(g, r, actors));
        if (isPetrarch(p) && actors.size() == 1 && !recipients.isEmpty()) {
            // PETRARCH codes no event whose source is its target ("its embassy" back to the subject)
            recipients.removeIf(r -> r.code().equals(actors.get(0).code()));
            if (recipients.isEmpty()) {
                return null;
            }
        }
        // "A met B", "A held talks with B": the partner is the recipient, as in the CAMEO manual's examples and the
        // PLOVER GSR ("A and B met", "talks between A and B" name both as actors above); with no A found the meeting
        // is still told, with its partner
        boolean partnerOnly = p.reciprocal() && actors.isEmpty()
                && recipients.stream().anyMatch(r -> !unlisted(r) && !namesACompany(r.text())) // "a venture with TDK Corp"
                // "his conversations with Putin": the owner is the other side, and one we could not name
                && g.dependents(trigger, "nmod:poss").isEmpty();
        // "detained two men during raids on Taliban hideouts": a force's target named in its slot, even without a
        // country, is the recipient; what a statement is about may lie deeper ("rejected calls by X's rulers")
        boolean slotFilled = p.type().isMaterialConflict()
                && recipientTokens.stream().anyMatch(x -> !g.token(x).tag().startsWith("PRP"));
        if (recipients.isEmpty() && !slotFilled && !forcesOf && !actors.isEmpty() && !isPetrarch(p) && !p.needsRecipient()
                && (!p.reciprocal() || actors.size() == 1 && verb)) {
            // a mutual event with one party named ("Israel agreed to US mediation") is coded with the other as
            // its recipient
            int inner = complementRecipient(g, trigger, mentions, actorTokens, p.type());
            if (inner < 0 && !verb && governorVerb >= 0) {
                inner = complementRecipient(g, governorVerb, mentions, actorTokens, p.type()); // "began a strike to protest X"
            }
            if (inner >= 0) {
                recipientTokens.add(inner);
                List<Integer> listed = new ArrayList<>(List.of(inner));
                listed.addAll(listedAfter(g, inner, mentions));
                for (Participant r : participants(g, listed, mentions, places, p.type(), true)) {
                    if (actors.stream().noneMatch(a -> a.start() == r.start())
                            && !possessorOfAnActor(g, r, actors)) {
                        recipients.add(r);
                    }
                }
            }
        }
        if (p.type() == PloverType.MOBILIZE && !isPetrarch(p)) {
            // "police officers were deployed across France", "reinforced its positions with troops": the forces a
            // party deploys are its own, not the recipient of its mobilisation
            recipients.removeIf(r -> FORCES.contains(r.code().length() >= 6 ? r.code().substring(3, 6) : "")
                    && actors.stream().anyMatch(a -> a.country() != null && a.country().equals(r.country())));
        }
        List<Integer> crowdPending = List.of();
        if (actors.isEmpty() && p.type() == PloverType.PROTEST && petrarch == null) {
            // "Thousands marched in Paris against ...", "several conservative groups rallied in Washington": people
            // who protest and whom no dictionary names are the civilians of the place the sentence puts them in;
            // so are those of a protest told by its noun ("protests erupted in Minsk", "a protest took place in")
            List<Integer> crowd = new ArrayList<>();
            if (verb) {
                for (int subject : g.dependents(trigger, "nsubj")) {
                    if (CROWD_COUNTS.contains(g.lower(subject)) || covering(mentions, subject).isEmpty()
                            && PROTESTING_PEOPLE.contains(g.lemma(subject).toLowerCase(java.util.Locale.ROOT))) {
                        crowd.add(subject);
                    }
                }
            } else if (g.parents(trigger).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && d.governor() >= 0 && HAPPEN.contains(g.lemma(d.governor())))) {
                crowd.add(trigger);
            }
            for (int subject : crowd) {
                if (actors.isEmpty()) {
                    places.stream().filter(pm -> pm.place().country() != null).findFirst().ifPresent(pm ->
                            actors.add(civilians(g.token(subject), pm.place().country())));
                }
            }
            if (actors.isEmpty() && !crowd.isEmpty()) {
                // "a protest had taken place in the gardens": a place no gazetteer knows, or none; in an article,
                // the civilians of the place the story is set in (stateOfStory)
                crowdPending = List.of(crowd.get(0));
            }
        }
        boolean weaponSubject = !p.subjects().isEmpty(); // "a car bomb exploded": victims can be mere civilians
        boolean violent = (p.type() == PloverType.ASSAULT || p.type() == PloverType.COERCE) && !recipients.isEmpty()
                && casualtyNear(g, trigger);
        boolean unnamed = actors.isEmpty() && recipients.isEmpty() && agentlessCount(g, trigger, p, casualties);
        // "a man was arrested in Gdansk", "a Georgian player was arrested", "was released on bail": a state act told
        // in the passive with no agent is the state's, of the place where it happens, else of the person's country
        boolean statePending = false;
        if (!crowdPending.isEmpty() && recipients.isEmpty()) {
            unnamed = true;
        }
        if (actors.isEmpty() && petrarch == null && !isPetrarch(p)
                && agentlessStateAct(g, trigger, p, mentions, !recipients.isEmpty())) {
            String state = stateOf(g, trigger, places, recipients);
            List<Integer> held = heldOf(g, trigger);
            if (state != null) {
                stateAsActor(g, trigger, p, state, held, mentions, actors, recipients);
            } else if (extradition(g, trigger, p)) {
                // "was extradited to the United States": the sending state is not the one it is sent to, and the
                // story's place may be either; with no place it is sent from, no event
            } else {
                statePending = true;
                unnamed = true; // the story's force or place may tell whose act it is
            }
        }
        // force used by one group on another, both named by what they are ("the police used tear gas against
        // protesters", "soldiers beat villagers"): an event wherever it happens; the article's place gives the country
        boolean forceOnPeople = (p.type() == PloverType.ASSAULT || p.type() == PloverType.COERCE)
                && !actors.isEmpty() && !recipients.isEmpty() && verb;
        // a person shot, stabbed or killed, whoever did it ("a 28-year-old man was shot in a driveway", "someone shot
        // a teenager"): local news names neither side by country, yet a use of force on a person is an event; the
        // victim is a civilian of the sentence's place, or the dateline's, when no dictionary names them
        int victim = petrarch == null && p.type() == PloverType.ASSAULT && !isPetrarch(p) && verb
                ? harmedPerson(g, trigger, mentions, places) : -1;
        if (victim >= 0 && recipients.isEmpty()) {
            String country = places.stream().map(pm -> pm.place().country()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(dateline != null ? dateline.country() : null);
            recipients.add(civilians(g.token(victim), country));
        }
        forceOnPeople |= victim >= 0;
        // "gunmen attacked a bus near Djibo": an armed attack by attackers named only by the act is news, though the
        // resolver gives them no country (nobody's, as CAMEO leaves an unknown attacker)
        forceOnPeople |= p.type() == PloverType.ASSAULT && verb && !isPetrarch(p) && petrarch == null
                && actorTokens.stream().anyMatch(x -> covering(mentions, x).stream()
                        .anyMatch(m -> ActorMention.UNNAMED_ATTACKER.equals(m.via())));
        // "Democrats expressed dissatisfaction with Bolton": the one acted on is named, if by no dictionary; kept for
        // the last, when no other reading finds a recipient, only beside a party that acts (a victim alone is for
        // the casualty readings), and never for a pattern that needs one ("called D'Souza humble" is no phone call)
        List<Participant> unlistedRecipients = new ArrayList<>();
        if (recipients.isEmpty() && (!actors.isEmpty() || !unlistedActors.isEmpty()) && verb && petrarch == null
                && !isPetrarch(p) && !p.needsRecipient()) {
            for (int x : recipientTokens) {
                if (!actorTokens.contains(x)) {
                    unlistedParty(g, text, x, mentions, places).ifPresent(u -> add(unlistedRecipients, u));
                }
            }
        }
        boolean unlistedOnly = false;
        // PETRARCH knows people only from its actor dictionary: "President X" it does not list is just an agent
        // PETRARCH itself codes whom it can name by sector alone ("a senior official said": ---GOV)
        if (!unnamed && petrarch == null && !weaponSubject && !violent && !forceOnPeople && actors.stream()
                .allMatch(a -> isSectorOnly(a) && (fromPetrarch(p) || !isNamedPerson(a, mentions)))
                && recipients.stream().allMatch(DependencyEventCoder::isSectorOnly)) {
            if (unlistedRecipients.isEmpty() && unlistedActors.isEmpty()) {
                return null; // "the leaders met": nobody the reader could name; "killing two insurgents" counts
            }
            unlistedOnly = true; // "officials criticized Moravec": named, if by no dictionary
        }
        if (recipients.isEmpty() && verb && (p.type() == PloverType.SANCTION || p.type() == PloverType.COERCE)
                && !isPetrarch(p)) {
            // "If Kyiv rejects the plan, the United States could cut off intelligence sharing": a penalty held out
            // against another party's act is aimed at that party
            int condition = conditionSubject(g, trigger, actors, mentions);
            if (condition >= 0) {
                recipientTokens.add(condition);
                participants(g, List.of(condition), mentions, places, p.type(), true).forEach(r -> add(recipients, r));
            }
        }
        if (recipients.isEmpty() && verb && p.type() == PloverType.ASSAULT && !isPetrarch(p)
                && g.dependents(trigger, "obj").stream()
                        .anyMatch(o -> covering(mentions, o).isEmpty()
                                && OWNERLESS_TARGETS.contains(g.lemma(o).toLowerCase(Locale.ROOT)))) {
            // "struck hundreds of targets across Gaza", "shelled positions in Donetsk": a target with no owner named
            // belongs to the country of the place where it is hit
            List<Integer> at = new ArrayList<>(g.prepositional(trigger, "across"));
            at.addAll(g.prepositional(trigger, "in"));
            for (PlaceMention pm : places) {
                String country = pm.place().country();
                if (country != null && at.stream().anyMatch(pm::covers)) {
                    add(recipients, new Participant(pm.text(), country, pm.place().name(), null, pm.start(), pm.end()));
                }
            }
        }
        boolean targetless = false;
        boolean ownClause = false;
        boolean forceThreat = false;
        if (p.needsRecipient() && recipients.isEmpty() && verb && !isPetrarch(p) && !actors.isEmpty()) {
            int clause = -1;
            if (p.type() == PloverType.ACCUSE) {
                // "Somali elders charged that Ethiopian troops had killed civilians": the accused is the subject of
                // what is alleged
                clause = g.dependents(trigger, "ccomp").stream().findFirst().orElse(-1);
                if (clause >= 0) {
                    List<Integer> subjects = g.dependents(clause, "nsubj", "nsubj:pass");
                    List<Participant> accused = participants(g, subjects, mentions, places, p.type(), true);
                    accused.removeIf(r -> actors.stream().anyMatch(a -> sameParty(a, r)));
                    accused.forEach(r -> add(recipients, r));
                    recipientTokens.addAll(subjects);
                }
            } else if (p.type() == PloverType.THREATEN) {
                // "the speaker warned that Tehran would close the strait if attacked", "warned that police will no
                // longer tolerate rallies": what the speaker's own side will do is a threat, against whoever its
                // verb phrase or condition names
                clause = ownFutureClause(g, trigger, actors, mentions);
                if (clause >= 0) {
                    List<Integer> exclude = new ArrayList<>(actorTokens);
                    exclude.addAll(g.dependents(clause, "nsubj"));
                    // "... if Spain backed Morocco's plan": the party whose act the warning is conditioned on first
                    int inner = conditionSubject(g, clause, actors, mentions);
                    if (inner < 0) {
                        inner = complementRecipient(g, clause, mentions, exclude, p.type());
                    }
                    if (inner >= 0) {
                        recipientTokens.add(inner);
                        for (Participant r : participants(g, List.of(inner), mentions, places, p.type(), true)) {
                            if (actors.stream().noneMatch(a -> sameParty(a, r))) {
                                add(recipients, r);
                            }
                        }
                    }
                    if (recipients.isEmpty()) {
                        // "... if the United States succeeded in stopping Iran's exports": whoever the condition
                        // names, the condition hung on the clause or on "warned"
                        int condition = conditionSubject(g, clause, actors, mentions);
                        if (condition < 0) {
                            condition = conditionSubject(g, trigger, actors, mentions);
                        }
                        if (condition >= 0) {
                            recipientTokens.add(condition);
                            participants(g, List.of(condition), mentions, places, p.type(), true)
                                    .forEach(r -> add(recipients, r));
                        }
                    }
                    targetless = recipients.isEmpty(); // the threat stands without a named target
                    ownClause = true;
                    List<Integer> acts = new ArrayList<>(List.of(clause));
                    acts.addAll(g.dependents(clause, "xcomp")); // "would be ready to fight"
                    forceThreat = acts.stream().anyMatch(x -> FORCE_VERBS.contains(g.lemma(x))
                            || g.dependents(x, "obj").stream().anyMatch(o -> g.lemma(o).equals("force")));
                }
            }
        }
        if (!unnamed && actors.stream().allMatch(DependencyEventCoder::isSectorOnly)
                && (unlistedOnly || actors.isEmpty() && (recipients.isEmpty() || !ACTORLESS_OK.contains(p.type())))) {
            // else dropped for want of a party; "Ford is cooperating with the government": the meeting's other side
            unlistedActors.forEach(u -> add(actors, u));
        }
        if (recipients.isEmpty() && (unlistedOnly || !actors.isEmpty()
                && actors.stream().allMatch(DependencyEventCoder::unlisted))) {
            recipients.addAll(unlistedRecipients);
        }
        if (!actors.isEmpty() && actors.stream().allMatch(DependencyEventCoder::unlisted) && recipients.isEmpty()) {
            return null; // "Harris withdrew", "Chetwynd praised the quality of ...": one unknown party's own doing
        }
        if (!unnamed && p.needsRecipient() && recipients.isEmpty() && !targetless
                && !(p.reciprocal() && actors.size() >= 2)) {
            return null;
        }
        // "Two suspects were detained.": the force of the story did it, if the story has one (borrowActors)
        if (!unnamed && !partnerOnly && actors.isEmpty() && (recipients.isEmpty() || !ACTORLESS_OK.contains(p.type()))) {
            return null; // an event record needs a party: with a weapon as subject, its victims
        }
        boolean participle = g.token(trigger).tag().equals("VBG") && g.parents(trigger).stream()
                .anyMatch(d -> d.governor() >= 0 && Set.of("dep", "advcl", "acl", "xcomp").contains(d.baseRelation()));
        if (actors.isEmpty() && verb && !participle && g.dependents(trigger, "nsubj:pass", "aux:pass").isEmpty()
                && g.dependents(trigger, "nsubj").isEmpty()) {
            // an active verb without a subject is a parse we cannot trust; "were killed" is fine, and so is a
            // subject that names no actor: "a roadside bomb killed one US soldier"
            return null;
        }
        Draft d = new Draft();
        d.type = p.type();
        d.pattern = p;
        d.cameo = p.cameo();
        d.mode = p.mode();
        d.context = p.context();
        d.sentence = g.sentence;
        d.trigger = trigger;
        d.head = governorVerb >= 0 ? governorVerb : trigger;
        d.actor = actors;
        d.recipient = recipients;
        d.actorTokens = actorTokens;
        Qualifiers.Report report = Qualifiers.report(g, text, trigger, article.outlet(), mentions);
        d.attribution = report.attribution();
        d.factuality = Qualifiers.factuality(g, trigger, report, actorTokens, parties(d));
        d.date = eventDate(g, trigger, times, article.published());
        if (d.factuality == Factuality.ASSERTED || d.factuality == Factuality.REPORTED
                || d.factuality == Factuality.CLAIMED) {
            d.factuality = temporalFactuality(d.factuality, d.date, article.published());
            if (d.factuality != Factuality.PLANNED && !g.token(trigger).tag().equals("VBD")
                    && !g.token(Qualifiers.clauseHead(g, trigger)).tag().equals("VBD")
                    && futureTimeInClause(g, trigger, times, null)) {
                d.factuality = Factuality.PLANNED; // "next week's talks", "talks in Geneva next week"
            }
            if (Qualifiers.answerableAct(g, trigger)) {
                // "a commander linked to a bomb attack that killed three policemen": why he was sought, background
                d.factuality = Factuality.HISTORICAL;
            }
            if (d.factuality != Factuality.PLANNED && lastOccurrence(g, trigger)
                    && endsBefore(d.date, article.published())) {
                // "Moscow and Kyiv last held direct talks in Istanbul in July, when they agreed to ...": the latest
                // earlier time it happened is told as background
                d.factuality = Factuality.HISTORICAL;
            }
        }
        if (d.factuality == Factuality.HYPOTHETICAL && Qualifiers.reportedWould(g, trigger)
                && actorTellsOwnPlan(report, d)) {
            // "Orban said he would travel to Moscow next month": "would" after a past reporting verb is the future
            // of what the actor said it will do, not a condition
            d.factuality = Factuality.PLANNED;
        }
        if (intolerance && d.factuality == Factuality.NEGATED) {
            // the warning is made: what is negated is the tolerance, not the threat
            d.factuality = report.attribution() != null && report.attribution().source() != null
                    ? Factuality.CLAIMED : Factuality.ASSERTED;
        }
        d.scheduled = futureTimeInClause(g, trigger, times, article.published());
        warnedOf(g, d, trigger, mentions, places);
        recodeIntent(g, d, report, mentions);
        jointExercise(d);
        assistanceDeployment(g, d, places);
        if (!verb && !fromPetrarch(p) && governorVerb >= 0) {
            talksOnAVisit(g, d, governorVerb, places);
        }
        // a threat recoded from the act it announces takes no place of that act ("said it would launch strikes on
        // Kyiv" was not said in Kyiv); a promised delivery keeps its destination
        boolean act = d.type != PloverType.THREATEN;
        d.location = Locations.location(g, text, trigger, governorVerb, places, recipientTokens,
                act && (MATERIAL.contains(p.type()) || p.type() == PloverType.CONSULT || p.type() == PloverType.PROTEST),
                act && (p.type() == PloverType.ASSAULT || p.type() == PloverType.MOBILIZE));
        if (petrarch == null && verb && p.type() == PloverType.CONSULT && "042".equals(p.cameo())
                && ceremonyAtHome(g, trigger, d.location, d.actor)) {
            return null; // a funeral or ceremony attended at home is no visit
        }
        if (!verb && p.type() == PloverType.ASSAULT && placeOfNeitherSide(d, d.location)
                && !Locations.toldWithTrigger(g, d.location, trigger, places)) {
            // "Iran fired missiles at Al Udeid Air Base in Qatar in retaliation for American strikes on three
            // Iranian nuclear sites": strikes named in a phrase of another act's verb, whose place is in neither
            // the attacker's country nor the target's; an attack's own phrase names its place ("fired ... at the
            // base in Qatar"), and a verb's participle tells of the same act ("attacked a post in Apure, killing")
            d.location = null;
        }
        if (SPEECH_ACTS.contains(p.type()) && Locations.inContentClause(g, d.location, trigger, places)) {
            d.location = null; // "urged Israel not to drop bombs on Iran": the bombs' place, not the urging's
        }
        if (d.location == null && d.type == PloverType.ASSAULT) {
            d.location = Locations.targetCountry(g, text, recipientTokens, d.recipient, countries);
        }
        Location ownGround = Locations.ownGround(g, text, trigger, governorVerb, d.actor, countries);
        if (ownGround != null && (d.location == null || !Locations.toldWithTrigger(g, d.location, trigger, places))) {
            d.location = ownGround; // "deploy troops along its border with Belarus": Poland's side of it
        }
        if (d.location == null && dateline != null && !(p.type() == PloverType.ASSAULT
                && placeOfNeitherSide(d, Locations.datelineLocation(dateline)))) {
            d.location = Locations.datelineLocation(dateline); // not "WASHINGTON -" for Israel's strikes on Iran
        }
        if (d.factuality == Factuality.REPORTED && (d.recipient.isEmpty() || d.actor.isEmpty())
                && p.type() == PloverType.ASSAULT && d.location != null && d.location.country() != null
                && report.sourceParties().contains(d.location.country())) {
            // "drones hit an oil refinery in Ryazan, Governor Pavel Malkov said": an attack whose target names no
            // owner is on the country where it struck, and that country's official is a party to it; so is one
            // whose attacker the text leaves unnamed ("air defence units shot down six drones over the Gomel
            // region, Belarus's defence ministry said": the state defends its own ground)
            d.factuality = Factuality.CLAIMED;
        }
        d.quantities = Numbers.quantities(g, text, trigger, casualties.nouns());
        d.evidence = evidence(text, g, trigger);
        d.confidence = confidence(d, verb, mentions);
        d.also = g.dependents(trigger, "advmod").stream().anyMatch(a -> g.lower(a).equals("also"));
        d.unnamed = unnamed;
        if (embargo) {
            d.cameo = "163"; // an embargo on the country the traffic goes to or comes from
            d.mode = "restrict";
        }
        d.statePending = statePending;
        d.stateSector = statePending ? stateSector(g, trigger, p) : null;
        d.crowdPending = unnamed && !statePending ? crowdPending : List.of();
        d.heldTokens = statePending ? heldOf(g, trigger).stream()
                .filter(x -> covering(mentions, x).isEmpty() && (!g.token(x).tag().startsWith("PRP")
                        || heldPerson(g, x)) && !INQUIRIES.contains(g.lemma(x).toLowerCase(Locale.ROOT))).toList()
                : List.of();
        d.yieldsToInner = ownClause;
        if (forceThreat && d.type == PloverType.THREATEN && d.cameo.equals("130")) {
            d.cameo = "138"; // a warning that one's own side will fight or strike threatens force
            d.mode = "violence";
            d.context = List.of("military");
        }
        return d;
    }

    /** The civilians of a country (all civilians when none is known), named by the words of one token. */
    private static Participant civilians(Token t, String country) {
        return new Participant(t.word(), country == null ? "CVL" : country + "CVL",
                country == null ? "civilians" : country + " civilians", null, t.start(), t.end());
    }

    /** Verbs of harm done to a person with a weapon or by a killer. */
    private static final Set<String> HARM_VERBS = Set.of("shoot", "stab", "kill", "murder", "slay", "wound",
            "injure", "gun");

    /** Nouns for a person a local report does not name, besides {@link Numbers#PERSON_NOUNS}. */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("male", "female", "teen", "teenager", "victim", "adult",
            "toddler", "infant", "baby", "youth", "juvenile", "pedestrian", "bystander", "customer", "clerk",
            "someone", "he", "she", "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband",
            "girlfriend", "boyfriend", "neighbor", "neighbour", "friend", "cousin", "nephew", "niece", "uncle",
            "aunt", "grandmother", "grandfather", "employee", "owner", "people", "men", "women", "children");

    /**
     * The person a verb of harm (shoot, stab, kill, wound) was done to, as its passive subject or its object, when
     * that is a person noun or pronoun no actor covers ("a man was shot", "shot a 17-year-old"), else -1.
     */
    private static int harmedPerson(Graph g, int trigger, List<ActorMention> mentions, List<PlaceMention> places) {
        if (!HARM_VERBS.contains(g.lemma(trigger).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        boolean passive = !g.dependents(trigger, "nsubj:pass", "aux:pass").isEmpty();
        for (int o : g.dependents(trigger, passive ? "nsubj:pass" : "obj")) {
            String lemma = g.lemma(o).toLowerCase(java.util.Locale.ROOT);
            if (Numbers.PERSON_NOUNS.contains(lemma) || UNNAMED_PEOPLE.contains(lemma)
                    || Numbers.LOCAL_PEOPLE.contains(lemma) || Numbers.isAge(g, o)
                    || UNNAMED_PEOPLE.contains(g.lower(o)) || covering(mentions, o).stream().anyMatch(m -> m.actors()
                    .stream().anyMatch(a -> a.kind() == Actor.ActorKind.PERSON || "CVL".equals(a.sector())))) {
                return o;
            }
            // a person the dictionaries do not know, by first and last name or with an age: "killed 22-year-old
            // John Doe", "shot Jane Roe"; not a place
            boolean named = g.token(o).tag().equals("NNP") && covering(mentions, o).isEmpty()
                    && places.stream().noneMatch(pm -> pm.firstToken() <= o && o <= pm.lastToken())
                    && g.children(o).stream().anyMatch(d -> d.relation().equals("flat")
                            || d.relation().equals("compound") && g.token(d.dependent()).tag().equals("NNP")
                            || d.relation().equals("amod") && Numbers.isAge(g, d.dependent()));
            if (named) {
                return o;
            }
        }
        return -1;
    }

    /**
     * An agentless passive detention of people counted, with no party named in the sentence: "One additional
     * suspect was detained.", "Two suspected associates of the dealer were detained for questioning."
     */
    private static boolean agentlessCount(Graph g, int trigger, EventPattern p, Numbers.Found casualties) {
        return p.type() == PloverType.COERCE && casualties.casualties().arrested() != null
                && casualties.anchors().contains(trigger) && g.token(trigger).isVerb()
                && !g.dependents(trigger, "nsubj:pass").isEmpty() && g.dependents(trigger, "obl:by", "obl:agent").isEmpty();
    }

    /** Traffic and trade with a country whose ban or restriction is an embargo on it ("flights to Cuba"). */
    private static final Set<String> TRAFFIC = Set.of("flight", "travel", "trip", "import", "export", "trade",
            "shipment", "investment", "visa", "cargo", "transport", "ferry", "sailing");

    /** Acts only a state does to people: arrest and detain, deport, charge, sentence, release on bail or from jail. */
    private static final Set<String> STATE_ACT_CODES = Set.of("173", "174", "1121", "116");
    /** Inquiries a state opens: told in the passive, they are the state's own ("a probe was launched"). */
    private static final Set<String> INQUIRIES = Set.of("investigation", "probe", "inquiry", "enquiry");
    /** Where people are released from, or on what, when a state releases them: "on bail", "from jail". */
    private static final Set<String> CUSTODY = Set.of("bail", "bond", "parole", "jail", "prison", "custody",
            "detention");
    /** Common nouns for people a state may arrest, charge or release (a mention of an actor counts too). */
    private static final Set<String> HELD_PEOPLE = Set.of("man", "woman", "person", "people", "individual",
            "suspect", "teenager", "teen", "boy", "girl", "youth", "student", "journalist", "reporter", "activist",
            "protester", "demonstrator", "worker", "driver", "official", "officer", "leader", "member", "citizen",
            "national", "resident", "migrant", "tourist", "player", "lawyer", "politician", "businessman",
            "businesswoman", "blogger", "priest", "doctor", "soldier", "employee", "mayor", "candidate", "other",
            "another", "one", "critic", "dissident", "opponent", "supporter", "accomplice", "teacher",
            // the one who did a crime, told by the crime: "the gunman was arrested", "the attacker was jailed"
            "attacker", "gunman", "assailant", "killer", "shooter", "murderer", "perpetrator", "offender", "robber",
            "thief", "smuggler", "trafficker", "fugitive", "inmate", "prisoner", "convict", "defendant");

    /**
     * A passive with no agent of an act only a state does to a person: "a man has been arrested", "was charged with
     * fraud", "was released on bail" (not hostages released: "released" counts only "on bail" or "from jail").
     */
    private static boolean agentlessStateAct(Graph g, int trigger, EventPattern p, List<ActorMention> mentions,
                                             boolean named) {
        if (!g.token(trigger).isVerb() || !g.token(trigger).tag().equals("VBN")
                || g.dependents(trigger, "aux:pass").isEmpty() || !g.dependents(trigger, "obl:agent").isEmpty()
                || !g.prepositional(trigger, "by").isEmpty()) {
            return false;
        }
        boolean act = STATE_ACT_CODES.stream().anyMatch(c -> p.cameo().startsWith(c)) || extradition(g, trigger, p);
        if (!act && p.cameo().equals("0841")) {
            act = g.children(trigger).stream().anyMatch(d -> (d.relation().equals("obl:on")
                    || d.relation().equals("obl:from")) && CUSTODY.contains(g.lemma(d.dependent())));
        }
        List<Integer> held = heldOf(g, trigger);
        if (!act && p.cameo().startsWith("09") && !held.isEmpty()
                && held.stream().allMatch(x -> INQUIRIES.contains(g.lemma(x).toLowerCase(Locale.ROOT)))) {
            return true; // "an investigation into the company was opened in Nairobi": by the state's prosecutors
        }
        if (!act) {
            return false;
        }
        return !held.isEmpty() && held.stream().allMatch(x -> named || !covering(mentions, x).isEmpty()
                || g.token(x).tag().startsWith("PRP") || g.token(x).tag().equals("NNP")
                || HELD_PEOPLE.contains(g.lemma(x).toLowerCase(java.util.Locale.ROOT))
                || g.token(x).tag().equals("CD"));
    }

    /**
     * The state of an agentless state act: the country of the sentence's first place where it happens ("in", "at",
     * "near", not where people are sent: "deported to Mexico"), else of the one country of the people it is done to.
     */
    private static String stateOf(Graph g, int trigger, List<PlaceMention> places, List<Participant> recipients) {
        boolean extradition = extradition(g, trigger, null);
        for (PlaceMention pm : places) {
            String pre = pm.preposition() == null ? "" : pm.preposition().toLowerCase(java.util.Locale.ROOT);
            if (pm.place().country() != null && (Set.of("in", "at", "near", "of", "outside", "across").contains(pre)
                    || extradition && pre.equals("from"))) {
                return pm.place().country();
            }
        }
        if (extradition) {
            return null; // the people sent are the receiving state's concern, not a sign of the sender
        }
        Set<String> countries = new java.util.LinkedHashSet<>();
        for (Participant r : recipients) {
            String key = Qualifiers.party(r.code());
            if (key != null && key.length() == 3 && !key.startsWith("IGO") && !key.startsWith("NGO")) {
                countries.add(key);
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * The people a passive state act is done to: its passive subject, or where the parser took a report's verb for the
     * passive's clausal subject and the person for that verb's object ("The agency reports Smith has been stopped
     * for ...": reports -csubj:pass-> stopped, Smith the object of "reports"), that object.
     */
    private static List<Integer> heldOf(Graph g, int trigger) {
        List<Integer> held = g.dependents(trigger, "nsubj:pass");
        if (!held.isEmpty()) {
            return held;
        }
        List<Integer> out = new ArrayList<>();
        for (int report : g.dependents(trigger, "csubj:pass")) {
            if (Qualifiers.SPEECH.contains(g.lemma(report)) && report < trigger) {
                for (int o : g.dependents(report, "obj")) {
                    String tag = g.token(o).tag();
                    if (tag.equals("NNP") || tag.startsWith("PRP") && !tag.equals("PRP$")) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A personal pronoun for the people a state act is done to that no earlier party resolves ("He was imprisoned
     * in 2018", "They were taken into custody"): people, of the state that holds them when nothing else tells.
     */
    private static boolean heldPerson(Graph g, int x) {
        return Set.of("he", "she", "they").contains(g.lower(x));
    }

    /** Acts of holding someone that follow a court's sentence, not a police arrest: "was jailed", "imprisoned". */
    private static final Set<String> JAILING = Set.of("jail", "imprison", "incarcerate", "gaol");

    /**
     * The arm of the state that does the act: the police arrest, the government deports and extradites, the courts
     * jail and imprison (a sentence served, not an arrest) and do the rest.
     */
    private static String stateSector(Graph g, int trigger, EventPattern p) {
        if (JAILING.contains(g.lemma(trigger).toLowerCase(Locale.ROOT))) {
            return "JUD";
        }
        return p.cameo().startsWith("173") ? "COP" : p.cameo().startsWith("174") || extradition(g, trigger, p)
                ? "GOV" : "JUD";
    }

    /**
     * A person extradited (judicial cooperation, CAMEO 063, told by the verb): done by the state they are sent from,
     * to the state they are sent to ("was extradited from Spain to the United States"). A null pattern asks only the
     * verb.
     */
    private static boolean extradition(Graph g, int trigger, EventPattern p) {
        return (p == null || p.cameo().equals("063")) && g.token(trigger).isVerb()
                && g.lemma(trigger).toLowerCase(Locale.ROOT).equals("extradite");
    }

    /**
     * Codes an agentless state act as the state's: the actor is the state, and the people it is done to whom no
     * dictionary gives a country ("an individual", "a police officer") are that state's people.
     */
    private static void stateAsActor(Graph g, int trigger, EventPattern p, String state, List<Integer> held,
                                     List<ActorMention> mentions, List<Participant> actors,
                                     List<Participant> recipients) {
        actors.add(new Participant(g.token(trigger).word(), state + stateSector(g, trigger, p), state + " authorities",
                null, g.token(trigger).start(), g.token(trigger).end()));
        recipients.replaceAll(r -> isSectorOnly(r)
                ? new Participant(r.text(), state + r.code(), r.name(), r.wikidata(), r.start(), r.end()) : r);
        if (recipients.isEmpty()) {
            for (int x : held) {
                if (covering(mentions, x).isEmpty() && (!g.token(x).tag().startsWith("PRP") || heldPerson(g, x))
                        && !INQUIRIES.contains(g.lemma(x).toLowerCase(Locale.ROOT))) {
                    recipients.add(civilians(g.token(x), state));
                }
            }
        }
    }

    /**
     * The security force the story's lead names as the subject of its first sentence with a party ("A combined
     * Afghan and coalition patrol found a weapons cache today."), or null: a later "One person was detained." is
     * that force's doing when no detention or attack was told before it. Only the story's first two sentences that
     * name anyone are read.
     */
    private static List<Participant> storyForce(ResolvedArticle resolved) {
        int read = 0;
        for (Sentence s : resolved.annotated().sentences()) {
            List<ActorMention> mentions = resolved.partiesIn(s.index());
            if (mentions.isEmpty() || !s.isParsed()) {
                continue;
            }
            for (ActorMention m : mentions) {
                boolean subject = s.governorsOf(m.head()).stream().anyMatch(d -> d.relation().equals("nsubj"));
                boolean force = !m.actors().isEmpty() && m.actors().stream()
                        .allMatch(a -> a.code().endsWith("MIL") || a.code().endsWith("COP"));
                if (subject && force) {
                    List<Participant> out = new ArrayList<>();
                    for (Actor a : m.actors()) {
                        out.add(new Participant(m.text(), a.code(), a.name(), a.wikidata(), m.start(), m.end()));
                    }
                    return out;
                }
            }
            if (++read == 2) {
                break;
            }
        }
        return null;
    }

    /**
     * The party of a detention told without one takes the actor of the story's last detention or attack before it
     * (press releases tell the raid, then "two other suspects were detained"); with none before, there is no event.
     * A state act of the courts or the government ("was jailed", "was sentenced", "was deported") is no force's.
     */
    private static void borrowActors(List<Draft> drafts, List<Participant> storyForce) {
        List<Participant> last = storyForce;
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (d.unnamed && !d.crowdPending.isEmpty()) {
                continue; // protesters are no force's doing
            }
            if (d.unnamed && d.statePending
                    && !"COP".equals(d.stateSector)) {
                // "He was imprisoned in 2018": the police who shot a man did not jail him; the courts (or the
                // government that deports) of the story's place act (stateOfStory)
                continue;
            }
            if (d.unnamed) {
                if (last == null) {
                    if (!d.statePending) {
                        it.remove(); // an agentless state act may still be the state's of the story (stateOfStory)
                    }
                } else {
                    d.actor = new ArrayList<>(last);
                    d.unnamed = false;
                }
            } else if ((d.type == PloverType.COERCE || d.type == PloverType.ASSAULT) && !d.actor.isEmpty()
                    && d.factuality.happened()) {
                last = d.actor;
            }
        }
    }

    /**
     * An agentless state act whose sentence names no place nor country of the people it is done to ("Another man was
     * released on bail.") is the act of the state where the story is set; with no such place it is no event.
     */
    private static void stateOfStory(List<Draft> drafts, java.util.TreeMap<Integer, Location> storyPlaces) {
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (!d.statePending && d.crowdPending.isEmpty() || !d.actor.isEmpty()) {
                continue;
            }
            Map.Entry<Integer, Location> set = storyPlaces.floorEntry(d.evidence.start());
            String state = set == null ? null : set.getValue().country();
            if (state == null || state.length() != 3) {
                it.remove();
                continue;
            }
            Graph g = new Graph(d.sentence);
            if (!d.crowdPending.isEmpty()) {
                int x = d.crowdPending.get(0);
                d.actor = new ArrayList<>(List.of(civilians(g.token(x), state)));
                d.unnamed = false;
                continue;
            }
            d.actor = new ArrayList<>(List.of(new Participant(g.token(d.trigger).word(), state + d.stateSector,
                    state + " authorities", null, g.token(d.trigger).start(), g.token(d.trigger).end())));
            d.recipient = new ArrayList<>(d.recipient.stream().map(r -> isSectorOnly(r)
                    ? new Participant(r.text(), state + r.code(), r.name(), r.wikidata(), r.start(), r.end()) : r)
                    .toList());
            if (d.recipient.isEmpty()) {
                for (int x : d.heldTokens) {
                    d.recipient.add(civilians(g.token(x), state));
                }
            }
            d.unnamed = false;
        }
    }

    /** The parties of a draft's actors and recipients, for telling a party's claim from a third party's report. */
    private static Set<String> parties(Draft d) {
        Set<String> out = new java.util.HashSet<>();
        for (List<Participant> side : List.of(d.actor, d.recipient)) {
            for (Participant p : side) {
                String party = Qualifiers.party(p.code());
                if (party != null) {
                    out.add(party);
                }
            }
        }
        return out;
    }

    private static final Set<PloverType> CONFLICT = java.util.EnumSet.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION,
            PloverType.MOBILIZE);
    private static final Set<String> READINESS = Set.of("ready", "willing", "prepared", "determined"); // "poised to" is an expectation
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** Sectors of a party's own armed and police forces. */
    private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");

    /**
     * Intentions are events of their own in PLOVER and CAMEO: a conflict action its own actor says it will or
     * could take ("Israel would strike Iran again if ...", "Washington was prepared to impose sanctions") is a
     * THREATEN; a cooperative action an actor says it is ready to take ("ready to ease sanctions") or will take,
     * support included ("Hungary said it will support the resolution": CAMEO 032), is an AGREE.
     * The statement itself happened, so the recoded event is asserted or reported.
     */
    /** Verbs that say an existing state goes on: their event-noun subject is in force, not planned. */
    private static final Set<String> CONTINUATIONS = Set.of("stay", "remain", "continue", "last", "persist");

    /**
     * A use of force a party warns of: its own ("Washington warned of military action against Iran", no other actor
     * named) is a threat (THREATEN, the warner its actor); another party's ("Kyiv warned of Russian strikes on the
     * grid") has not happened, and is hypothetical.
     */
    private static void warnedOf(Graph g, Draft d, int trigger, List<ActorMention> mentions, List<PlaceMention> places) {
        if (!CONFLICT.contains(d.type) || !typed(d) || d.factuality == Factuality.NEGATED) {
            return;
        }
        int warner = -1;
        for (Dependency p : g.parents(trigger)) {
            if (p.governor() >= 0 && (p.relation().equals("obl:of") || p.relation().equals("nmod:of"))
                    && WARNINGS.contains(g.lemma(p.governor()))) {
                warner = p.governor();
            }
        }
        if (warner < 0) {
            return;
        }
        List<Participant> warners = participants(g, g.dependents(warner, "nsubj"), mentions, places, d.type, false);
        if (warners.isEmpty()) {
            return;
        }
        if (d.actor.isEmpty() || d.actor.stream().allMatch(a -> warners.stream().anyMatch(w -> sameParty(a, w)))) {
            d.actor = d.actor.isEmpty() ? new ArrayList<>(warners) : d.actor;
            asThreat(d);
            if (d.factuality != Factuality.REPORTED && d.factuality != Factuality.CLAIMED) {
                d.factuality = Factuality.ASSERTED; // the warning was given
            }
        } else {
            d.factuality = Factuality.HYPOTHETICAL;
        }
    }

    /**
     * Recodes a use of force, coercion or sanction as the threat of it: an embargo threatened is 1312, any other
     * coercion 137, a sanction 131, force 138.
     */
    private static void asThreat(Draft d) {
        d.cameo = switch (d.type) {
            case COERCE -> d.cameo.startsWith("163") ? "1312" : "137";
            case SANCTION -> "131";
            default -> "138";
        };
        d.mode = d.type == PloverType.COERCE || d.type == PloverType.SANCTION ? "restrict" : "violence";
        d.type = PloverType.THREATEN;
    }

    /** Verbs of warning whose "of" phrase names what may come. */
    private static final Set<String> WARNINGS = Set.of("warn", "caution");

    private static void recodeIntent(Graph g, Draft d, Qualifiers.Report report, List<ActorMention> mentions) {
        if (!typed(d)) {
            return; // a code with no PLOVER type is the dictionary's last word
        }
        if (!g.token(d.trigger).isVerb() && g.parents(d.trigger).stream().anyMatch(x -> x.governor() >= 0
                && x.relation().startsWith("nsubj") && CONTINUATIONS.contains(g.lemma(x.governor())))) {
            // "the suspension of aid will stay in place until ...": what is said to go on is in force already, no
            // threat of it
            return;
        }
        boolean ready = false;
        int current = Qualifiers.clauseHead(g, d.trigger);
        for (int depth = 0; depth < 3 && !ready; depth++) {
            int next = -1;
            for (Dependency dep : g.parents(current)) {
                if (dep.governor() >= 0 && (dep.baseRelation().equals("xcomp") || dep.baseRelation().equals("ccomp")
                        || dep.baseRelation().equals("advcl")
                        // "stood ready to mediate" parsed with dep(ready, mediate)
                        || dep.baseRelation().equals("dep") && READINESS.contains(g.lemma(dep.governor())))) {
                    next = dep.governor();
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            ready = READINESS.contains(g.lemma(next)) || READINESS.contains(g.lower(next))
                    // "would not hesitate to act against the militants": resolve to act
                    || g.lemma(next).equals("hesitate") && g.hasDependent(next, "advmod", "not", "n't", "never");
            current = next;
        }
        boolean future = d.factuality == Factuality.PLANNED || d.factuality == Factuality.HYPOTHETICAL;
        boolean selfStated = false;
        if (report.speakerToken() >= 0) {
            Set<String> speakerCountries = new java.util.HashSet<>();
            Set<String> speakerNames = new java.util.HashSet<>();
            for (ActorMention m : covering(mentions, report.speakerToken())) {
                m.actors().forEach(a -> {
                    if (a.country() != null) {
                        speakerCountries.add(a.country());
                    }
                    speakerNames.add(a.name());
                });
            }
            // by country, or by name: "Annan announced that he will withdraw ..." (a person with no country code)
            selfStated = d.actor.stream().anyMatch(a -> speakerCountries.contains(a.country())
                    || speakerNames.contains(a.name()))
                    // "..., a junta spokesman said": a spokesman the text gives no country speaks for the party
                    // whose stand he announces
                    || speakerCountries.isEmpty() && SPOKESPEOPLE.contains(g.lemma(report.speakerToken()));
        }
        boolean stated = report.reported() || report.claimed();
        boolean volitional = hasFutureModal(g, d.trigger) || hasFutureModal(g, Qualifiers.clauseHead(g, d.trigger));
        // "they would meet the mediator if he gave them a veto": an offer on a condition
        boolean conditional = isConditional(g, d.trigger) || isConditional(g, Qualifiers.clauseHead(g, d.trigger));
        // "Zimbabwe announced it would pull its troops out": "would" after a past reporting verb is the future of
        // what was said, a plan, when no condition comes with it
        boolean reportedPlan = d.factuality == Factuality.HYPOTHETICAL && stated && !conditional && selfStated
                && (g.hasDependent(d.trigger, "aux", "would") || g.hasDependent(Qualifiers.clauseHead(g, d.trigger), "aux", "would"));
        if (d.scheduled && d.factuality == Factuality.PLANNED && !ready && !conditional) {
            // "will impose additional sanctions next week", "will allow 100 trucks a day starting next week": an act
            // announced for a given time is a planned act of its own type (the schedule is the news), not a threat
            // or a promise; a conditional one ("will strike on Monday if ...") still is
            return;
        }
        if (CONFLICT.contains(d.type) && (ready || future && selfStated && volitional && d.type != PloverType.MOBILIZE)) {
            asThreat(d);
            d.factuality = statementFactuality(stated, selfStated, report, d);
        } else if (d.factuality == Factuality.NEGATED && selfStated && volitional && REFUSABLE.containsKey(d.type)) {
            // "Syria says it will not accept any more refugees": a cooperative action its own actor says it will
            // not take is a refusal (CAMEO 12)
            d.cameo = REFUSABLE.get(d.type);
            d.mode = null;
            d.type = PloverType.REJECT;
            d.factuality = statementFactuality(stated, selfStated, report, d);
        } else if (d.type == PloverType.PROTEST && future && selfStated && volitional
                && conditional) {
            // "the party said it will boycott the elections unless ...": CAMEO 133, threaten with dissent (a
            // protest announced without a condition stays a planned protest)
            d.cameo = "133";
            d.mode = "relations";
            d.type = PloverType.THREATEN;
            d.factuality = statementFactuality(stated, selfStated, report, d);
        } else if ((ready || future && selfStated && volitional && (d.factuality == Factuality.PLANNED || reportedPlan)
                && d.type != PloverType.CONSULT
                || future && selfStated && volitional && conditional && OFFERABLE.contains(d.type))
                && !CONFLICT.contains(d.type)
                && (!VERBAL.contains(d.type) || d.type == PloverType.SUPPORT
                || d.type == PloverType.CONCEDE && ready)) { // "prepared to lift the ban": an offer
            // (a planned meeting stays a planned CONSULT: the schedule is the news, not a promise)
            // PLOVER: a cooperative action its actor declares it will take is an AGREE (intention)
            d.cameo = switch (d.type) {
                case AID -> "033";
                case CONSULT -> "036";
                case SUPPORT -> "032";
                case COOPERATE -> "031";
                case RETREAT, CONCEDE -> "035";
                default -> "030";
            };
            d.mode = null;
            d.type = PloverType.AGREE;
            d.factuality = statementFactuality(stated, selfStated, report, d);
        }
    }

    /**
     * The factuality of a threat, offer or refusal recoded from what it announces: the statement was made, so it is
     * asserted when its own actor made it (docs/samples.md, coding conventions); another speaker's account of it is
     * claimed when the speaker is a party to it and reported otherwise ("Trump said Germany was ready to send ...").
     */
    private static Factuality statementFactuality(boolean stated, boolean selfStated, Qualifiers.Report report, Draft d) {
        if (!stated || selfStated) {
            return Factuality.ASSERTED;
        }
        return Qualifiers.claimedByParty(report, d.actorTokens, parties(d)) ? Factuality.CLAIMED : Factuality.REPORTED;
    }

    /**
     * Whether two participants are one party: the same code, or the same country where one is the bare country
     * ("Russia" and "Russian troops"); rebels and their government are not ("rebels said Kagame must ...").
     */
    private static boolean sameParty(Participant a, Participant b) {
        return a.code().equals(b.code())
                || a.country().equals(b.country()) && (a.code().length() == 3 || b.code().length() == 3);
    }

    /** Cooperative types whose announced refusal is a REJECT, with the CAMEO code of the refusal. */
    private static final Map<PloverType, String> REFUSABLE = new java.util.EnumMap<>(Map.of(PloverType.AID, "122",
            PloverType.COOPERATE, "121", PloverType.CONSULT, "125", PloverType.CONCEDE, "124",
            PloverType.RETREAT, "124", PloverType.SUPPORT, "120"));

    /**
     * An exercise or show of force (MOBILIZE 150) whose actors are forces of several countries is a joint
     * exercise: COOPERATE 062 ("French and Egyptian warships launched war games").
     */
    /** Actions whose conditional announcement is an offer: "would meet the mediator if ...". */
    private static final Set<PloverType> OFFERABLE = java.util.EnumSet.of(PloverType.CONSULT, PloverType.AID,
            PloverType.COOPERATE, PloverType.SUPPORT);

    private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "wargame", "manoeuvre",
            "maneuver", "games", "exercises", "drills", "manoeuvres", "maneuvers");

    private static void jointExercise(Draft d) {
        if (d.type != PloverType.MOBILIZE || !d.cameo.equals("150") || !d.recipient.isEmpty()
                || d.pattern.words().stream().noneMatch(EXERCISES::contains)) {
            return;
        }
        long countries = d.actor.stream().map(Participant::country).filter(c -> !isSectorOnly(c)).distinct().count();
        if (countries >= 2) {
            d.type = PloverType.COOPERATE;
            d.cameo = "062";
            d.mode = null;
            d.context = List.of("military");
        }
    }

    /**
     * The giver of what a subject received: the "from" phrase of the verb (the pattern's recipient slot) or of its
     * object and the object's "of" phrase ("the first tranche of $330 million from an IMF bailout"), that phrase's
     * head or, when it names no party, the first party modifying it ("an IMF bailout"); coordinated givers too.
     */
    private static List<Integer> receivedFrom(Graph g, int verb, List<Integer> slot, List<ActorMention> mentions) {
        List<Integer> phrases = new ArrayList<>(slot);
        for (int o : g.dependents(verb, "obj")) {
            phrases.addAll(g.prepositional(o, "from"));
            for (int of : g.prepositional(o, "of")) {
                phrases.addAll(g.prepositional(of, "from"));
            }
        }
        if (phrases.isEmpty()) {
            // a parse that hung the "from" phrase elsewhere: the first "from" after the verb in the sentence
            for (int k = verb + 1; k < g.sentence.size() && phrases.isEmpty(); k++) {
                if (g.lower(k).equals("from")) {
                    for (Dependency d : g.parents(k)) {
                        if (d.relation().equals("case") && d.governor() > k) {
                            phrases.add(d.governor());
                        }
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int x : phrases) {
            List<Integer> heads = new ArrayList<>(List.of(x));
            heads.addAll(g.dependents(x, "conj"));
            for (int h : heads) {
                if (!covering(mentions, h).isEmpty()) {
                    out.add(h);
                    continue;
                }
                for (int m : modifiers(g, h)) {
                    if (!covering(mentions, m).isEmpty()) {
                        out.add(m);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Modifiers that make a war a contest of business or media, not of arms: "a price war", "the ratings war". */
    private static final Set<String> FIGURATIVE_WARS = Set.of("price", "pricing", "bidding", "tariff", "currency",
            "rating", "ratings", "streaming", "talent", "fare", "discount", "subscriber", "console", "format", "browser");

    /**
     * Whether a use of force is told in a figurative war: the trigger or its object is in a phrase ("in a price war",
     * "of the streaming wars") whose war is one of business.
     */
    private static boolean figurativeWar(Graph g, int trigger) {
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        heads.addAll(g.dependents(trigger, "obj", "nsubj", "nsubj:pass"));
        for (int h : heads) {
            for (Dependency d : g.children(h)) {
                int w = d.dependent();
                if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                        && (g.lemma(w).equals("war") || g.lemma(w).equals("battle"))
                        && g.children(w).stream().anyMatch(m -> (m.baseRelation().equals("compound")
                        || m.baseRelation().equals("amod")) && FIGURATIVE_WARS.contains(g.lower(m.dependent())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A past participle with no auxiliary and a "by" agent that the parser gave a subject ("Intelligence passed on
     * by Ugandan services led police to ...", parsed with "Intelligence" as the subject of "passed"): a reduced
     * passive, whose "subject" is what was passed and whose "by" phrase is the actor. -1 if the verb is no such one.
     */
    private static int reducedPassiveSubject(Graph g, int verb) {
        if (!g.token(verb).tag().equals("VBN") || !g.dependents(verb, "aux", "aux:pass", "cop").isEmpty()
                || g.prepositional(verb, "by").isEmpty()) {
            return -1;
        }
        List<Integer> subjects = g.dependents(verb, "nsubj");
        return subjects.size() == 1 && subjects.get(0) < verb ? subjects.get(0) : -1;
    }

    /** A verb with an "unless" or "if" clause: "will boycott the elections unless the president resigns". */
    private static boolean isConditional(Graph g, int verb) {
        for (Dependency d : g.children(verb)) {
            if (d.baseRelation().equals("advcl") && g.hasDependent(d.dependent(), "mark", "unless", "if")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause a warning reports when it tells what the speaker's own side will do: its verb has a future or
     * conditional modal and its subject is a pronoun or an actor of the speaker's country ("warned that police will
     * no longer tolerate rallies"); -1 if none.
     */
    /** Verbs whose announcement in a warning is no threat: states, needs, costs, deliberation, cooperation. */
    private static final Set<String> NO_THREAT_VERBS = Set.of("be", "have", "take", "need", "face", "lose", "suffer",
            "become", "remain", "cost", "seem", "mean", "require", "consider", "study", "review", "examine",
            "decide", "wait", "try", "continue", "want", "like", "welcome", "support", "help", "cooperate", "work",
            "respect", "join", "accept", "agree", "attend", "participate", "meet", "visit", "talk", "negotiate",
            "fall", "rise", "collapse", "hurt", "affect", "lead", "result", "spread", "starve", "die");

    /** Verbs of armed force: a warning that one's own side will do them threatens force (CAMEO 138). */
    private static final Set<String> FORCE_VERBS = Set.of("fight", "attack", "strike", "retaliate", "bomb", "shell",
            "invade", "shoot", "crush", "retake", "hit", "destroy", "annihilate", "wipe");

    /** Objects that make "take" an act: "take measures", "take action", "take countermeasures". */
    private static final Set<String> MEASURES = Set.of("measure", "action", "step", "countermeasure",
            "counter-measure", "retaliation");

    private static int ownFutureClause(Graph g, int trigger, List<Participant> actors, List<ActorMention> mentions) {
        Set<String> countries = new java.util.HashSet<>();
        actors.forEach(a -> countries.add(a.country()));
        countries.remove(null);
        for (int c : g.dependents(trigger, "ccomp")) {
            if (!g.hasDependent(c, "aux", "will", "would", "'ll", "shall", "wo")) {
                continue;
            }
            // "would take all necessary measures", "will take action": an act, though "take" alone is none
            boolean takesAction = g.lemma(c).equals("take") && g.dependents(c, "obj").stream()
                    .anyMatch(o -> MEASURES.contains(g.lemma(o)));
            boolean action = g.token(c).isVerb() && g.dependents(c, "cop").isEmpty()
                    && (!NO_THREAT_VERBS.contains(g.lemma(c)) || takesAction)
                    && !g.hasDependent(c, "aux", "have", "need"); // "would have to raise prices": an obligation
            boolean readyTo = READINESS.contains(g.lemma(c)) && !g.dependents(c, "xcomp").isEmpty();
            if (!action && !readyTo) {
                continue; // "warned that it would be difficult", "would have to raise prices": no act announced
            }
            for (int subject : g.dependents(c, "nsubj")) {
                boolean own = PRONOUN_SUBJECTS.contains(g.lower(subject)) && !g.lower(subject).equals("it")
                        // "his government would expel ...", "its troops will ..."
                        || g.dependents(subject, "nmod:poss").stream().anyMatch(x -> g.token(x).tag().equals("PRP$"))
                        || g.lower(subject).equals("it") && !covering(mentions, subject).isEmpty()
                        || covering(mentions, subject).stream().flatMap(m -> m.actors().stream())
                        .anyMatch(a -> a.country() != null && countries.contains(a.country()));
                if (own) {
                    return c;
                }
            }
            if (action && conditionSubject(g, c, countries, mentions) >= 0) {
                // "warned that no oil would leave the Gulf if the United States stopped Iran's exports": what will
                // happen if another party acts is a threat against that party
                return c;
            }
        }
        return -1;
    }

    /** The subject of a clause's "if" or "unless" clause that names a party other than the actors; -1 if none. */
    private static int conditionSubject(Graph g, int clause, List<Participant> actors, List<ActorMention> mentions) {
        Set<String> countries = new java.util.HashSet<>();
        actors.forEach(a -> countries.add(a.country()));
        return conditionSubject(g, clause, countries, mentions);
    }

    /** The subject of a clause's "if" or "unless" clause that is a party of none of the given countries; -1 if none. */
    private static int conditionSubject(Graph g, int clause, Set<String> countries, List<ActorMention> mentions) {
        for (Dependency d : g.children(clause)) {
            if (!d.baseRelation().equals("advcl") || !g.hasDependent(d.dependent(), "mark", "unless", "if")) {
                continue;
            }
            for (int subject : g.dependents(d.dependent(), "nsubj", "nsubj:pass")) {
                if (covering(mentions, subject).stream().flatMap(m -> m.actors().stream())
                        .anyMatch(a -> a.country() != null && !countries.contains(a.country()))) {
                    return subject;
                }
            }
        }
        return -1;
    }

    private static boolean hasFutureModal(Graph g, int verb) {
        return g.hasDependent(verb, "aux", "will", "would", "'ll", "shall", "wo");
    }

    private static final Set<String> DEMAND_MODALS = Set.of("must", "should");
    private static final EventPattern DEMAND = new EventPattern(PloverType.REQUEST, EventPattern.Kind.VERB,
            List.of("must"), "100", null, List.of(), List.of("obj"), true, false, "built-in: X said Y must Z");

    /**
     * "Russia said Sudan must return the helicopter", "Chirac warned Iraq that it must cooperate": a party says
     * another must act. That is a demand (CAMEO 10) by the speaker on the one who must act, whatever the action.
     */
    private Draft demand(Graph g, String text, List<ActorMention> mentions, List<PlaceMention> places,
                         List<TimeExpression> times, Article article, Numbers.Found casualties,
                         org.sitrep.model.Place dateline) {
        for (int v = 0; v < g.sentence.size(); v++) {
            if (!g.token(v).isVerb() || !g.hasDependent(v, "aux", DEMAND_MODALS.toArray(new String[0]))) {
                continue;
            }
            int speaker = speakerOf(g, v);
            if (speaker < 0) {
                continue;
            }
            List<Participant> by = participants(g, List.of(speaker), mentions, places, PloverType.REQUEST, false);
            List<Participant> on = participants(g, g.dependents(v, "nsubj", "nsubj:pass"), mentions, places,
                    PloverType.REQUEST, true);
            if (by.isEmpty() || on.isEmpty()
                    || on.stream().allMatch(o -> by.stream().anyMatch(b -> sameParty(b, o)))) {
                continue; // nobody named on one side, or a party telling itself what it must do
            }
            int speech = -1;
            for (Dependency dep : g.parents(speaker)) {
                speech = dep.governor();
            }
            // the demand was made; the demanded action is another matter
            return statement(DEMAND, g, text, v, speaker, speech >= 0 ? speech : v, v, by, on, mentions, places,
                    times, article, dateline);
        }
        return null;
    }

    /** Nouns of armed conflict whose going on can be threatened: "fighting will continue unless ...". */
    private static final Set<String> HOSTILITIES = Set.of("fighting", "fight", "war", "confrontation", "conflict",
            "hostility", "hostilities", "violence", "bloodshed", "attack", "bombing", "shelling", "struggle",
            "resistance", "insurgency", "jihad", "battle", "combat", "offensive");
    private static final EventPattern ULTIMATUM = new EventPattern(PloverType.THREATEN, EventPattern.Kind.VERB,
            List.of("continue"), "138", "violence", List.of(), List.of("obj"), true, false,
            "built-in: X said fighting will go on unless Y acts");

    /** A conditional threat and the tokens of its condition (the verbs of the "unless" clause and their conjuncts). */
    private record ConditionalThreat(Draft threat, Set<Integer> condition) { }

    /**
     * "The rebel leader said the war would go on unless the army left the north": a party that says the fighting
     * will continue (or will not stop) unless or until another party acts threatens force (CAMEO 138) against the
     * parties the condition names. The subject of the future clause must be a noun of armed conflict and the
     * condition's subject a party other than the speaker's side; what the condition asks (the army leaving) is no
     * event of its own.
     */
    private ConditionalThreat conditionalThreat(Graph g, String text, List<ActorMention> mentions,
                                                List<PlaceMention> places, List<TimeExpression> times,
                                                Article article, org.sitrep.model.Place dateline) {
        for (int v = 0; v < g.sentence.size(); v++) {
            boolean goOn = g.lemma(v).equals("go") && v + 1 < g.sentence.size() && g.lower(v + 1).equals("on");
            if (!g.token(v).isVerb() || !hasFutureModal(g, v) || !CONTINUATIONS.contains(g.lemma(v)) && !goOn) {
                continue;
            }
            final int verb = v;
            if (g.dependents(v, "nsubj").stream().noneMatch(x -> HOSTILITIES.contains(g.lemma(x))
                    || HOSTILITIES.contains(g.lower(x)))) {
                continue;
            }
            List<Integer> conditions = new ArrayList<>();
            for (Dependency d : g.children(verb)) {
                if (d.baseRelation().equals("advcl") && g.hasDependent(d.dependent(), "mark", "unless", "until")) {
                    conditions.add(d.dependent());
                    conditions.addAll(g.dependents(d.dependent(), "conj"));
                }
            }
            if (conditions.isEmpty() || g.hasDependent(verb, "advmod", "not", "n't", "never")) {
                continue;
            }
            int speaker = speakerOf(g, verb);
            if (speaker < 0) {
                continue;
            }
            int speech = affirmedSpeech(g, speaker);
            if (speech < 0) {
                continue;
            }
            // the doers the condition names: the subjects of its clauses ("unless the troops leave and the rebel
            // leaders share power")
            Set<Integer> condition = new java.util.HashSet<>();
            for (int c : conditions) {
                condition.addAll(g.subtree(c, 60));
            }
            List<Integer> conditionSubjects = new ArrayList<>();
            for (int c : condition) {
                conditionSubjects.addAll(g.dependents(c, "nsubj", "nsubj:pass"));
            }
            java.util.Collections.sort(conditionSubjects);
            List<Participant> by = participants(g, List.of(speaker), mentions, places, PloverType.THREATEN, false);
            List<Participant> on = new ArrayList<>(participants(g, conditionSubjects, mentions, places,
                    PloverType.THREATEN, true));
            on.removeIf(o -> by.stream().anyMatch(b -> sameParty(b, o)));
            if (by.isEmpty() || on.isEmpty()) {
                continue; // nobody named on one side, or the speaker's own side in the condition
            }
            Draft threat = statement(ULTIMATUM, g, text, verb, speaker, speech, verb, by, on, mentions, places,
                    times, article, dateline);
            return new ConditionalThreat(threat, condition);
        }
        return null;
    }

    /** The possessors of a noun, also where the parser made "Russia's" a subject ("was Russia's doing"). */
    private static List<Integer> possessors(Graph g, int noun) {
        List<Integer> out = new ArrayList<>(g.dependents(noun, "nmod:poss"));
        for (int x : g.dependents(noun, "nsubj")) {
            if (g.hasDependent(x, "case", "'s", "'")) {
                out.add(x);
            } else if (x + 1 < noun && g.lower(x + 1).equals("'s") && g.hasDependent(noun, "aux", "'s")) {
                out.add(x); // "Iran's doing" parsed as "Iran is doing": the "'s" right after the name is no verb
            }
        }
        out.addAll(g.prepositional(noun, "of")); // "the fault of the militia"
        return out;
    }

    /**
     * Whether a deed noun is said to be someone's: with a copula ("was Russia's doing"), or where the parser read
     * "was Russia's doing" as a progressive verb, or hung it ("doing") on a hedge that has the copula ("was
     * 'likely' Iran's doing": likely -dep-> doing).
     */
    private static boolean predicatedDeed(Graph g, int c) {
        if (!DEEDS.contains(g.lower(c))) {
            return false;
        }
        if (!g.dependents(c, "cop").isEmpty() || g.hasDependent(c, "aux", "was", "is", "were", "are", "be", "been")) {
            return true;
        }
        return g.parents(c).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("dep")
                && !g.dependents(d.governor(), "cop").isEmpty());
    }

    /**
     * The speaker of a clause the parser hung by a bare "dep" on the verb of saying or on a reported hedge ("said the
     * crash was 'likely' Iran's doing": likely -dep-> doing).
     */
    private static int looseSpeakerOf(Graph g, int c) {
        int current = c;
        for (int depth = 0; depth < 2; depth++) {
            int up = -1;
            for (Dependency d : g.parents(current)) {
                if (d.governor() >= 0 && d.relation().equals("dep")) {
                    up = d.governor();
                }
            }
            if (up < 0) {
                return -1;
            }
            if (Qualifiers.SPEECH.contains(g.lemma(up)) && g.token(up).isVerb()) {
                List<Integer> subjects = g.dependents(up, "nsubj");
                return subjects.isEmpty() ? -1 : subjects.get(0);
            }
            int speaker = speakerOf(g, up); // the hedge itself reported: "said the crash was 'likely' ..."
            if (speaker >= 0) {
                return speaker;
            }
            current = up;
        }
        return -1;
    }

    /** Nouns for a deed whose possessor did it: "the attack was Russia's doing". */
    private static final Set<String> DEEDS = Set.of("doing", "fault", "handiwork");
    private static final EventPattern CULPRIT = new EventPattern(PloverType.ACCUSE, EventPattern.Kind.VERB,
            List.of("behind"), "112", "allege", List.of(), List.of("obj"), true, false,
            "built-in: X said Y was behind Z");

    /**
     * "Britain said Russia's military intelligence was behind the cyber attacks", "officials said the militia was
     * responsible for the massacre": a party that says another is behind or responsible for something accuses it
     * (CAMEO 112). A party saying so of itself ("the group said it was behind the attack") claims, and is left out.
     */
    private Draft culprit(Graph g, String text, List<ActorMention> mentions, List<PlaceMention> places,
                          List<TimeExpression> times, Article article, org.sitrep.model.Place dateline) {
        for (int c = 0; c < g.sentence.size(); c++) {
            boolean deed = predicatedDeed(g, c);
            if (g.dependents(c, "cop").isEmpty() && !deed) {
                continue;
            }
            boolean behind = g.hasDependent(c, "case", "behind");
            boolean responsible = g.lemma(c).equals("responsible") && !g.prepositional(c, "for").isEmpty();
            // "said the crash was likely Iran's doing": the possessor of the deed is the culprit
            List<Integer> doers = deed ? possessors(g, c) : List.of();
            boolean doing = !doers.isEmpty();
            if (!behind && !responsible && !doing || g.hasDependent(c, "advmod", "not", "n't", "never")) {
                continue;
            }
            int speaker = speakerOf(g, c);
            if (speaker < 0 && doing) {
                speaker = looseSpeakerOf(g, c);
            }
            if (speaker < 0) {
                continue;
            }
            int speech = affirmedSpeech(g, speaker);
            if (speech < 0) {
                continue;
            }
            List<Participant> by = participants(g, List.of(speaker), mentions, places, PloverType.ACCUSE, false);
            List<Participant> on = participants(g, doing ? doers : g.dependents(c, "nsubj"),
                    mentions, places, PloverType.ACCUSE, true);
            if (by.isEmpty() || on.isEmpty() || on.stream().anyMatch(o -> by.stream().anyMatch(b -> sameParty(b, o)))) {
                continue;
            }
            // the accusation was made; what it alleges is another matter
            return statement(CULPRIT, g, text, c, speaker, speech, speech, by, on, mentions, places, times, article,
                    dateline);
        }
        return null;
    }

    /**
     * The event of a statement one party makes about another (a demand that it act, an accusation that it is behind
     * something): the speaker ({@code by}) on the other ({@code on}), asserted because the statement was made,
     * attributed and dated by the verb of saying ({@code said}), placed from {@code placeAnchor}, with its evidence
     * at the trigger.
     */
    private static Draft statement(EventPattern pattern, Graph g, String text, int trigger, int speaker, int said,
                                   int placeAnchor, List<Participant> by, List<Participant> on,
                                   List<ActorMention> mentions, List<PlaceMention> places, List<TimeExpression> times,
                                   Article article, org.sitrep.model.Place dateline) {
        Draft d = new Draft();
        d.type = pattern.type();
        d.pattern = pattern;
        d.cameo = pattern.cameo();
        d.mode = pattern.mode();
        d.context = List.of();
        d.sentence = g.sentence;
        d.trigger = trigger;
        d.head = trigger;
        d.actor = new ArrayList<>(by);
        d.recipient = new ArrayList<>(on);
        d.actorTokens = List.of(speaker);
        d.attribution = Qualifiers.report(g, text, said, article.outlet(), mentions).attribution();
        d.factuality = Factuality.ASSERTED;
        d.date = eventDate(g, said, times, article.published());
        d.location = Locations.location(g, text, placeAnchor, -1, places, List.of(), true);
        if (d.location == null && dateline != null) {
            d.location = Locations.datelineLocation(dateline);
        }
        d.quantities = new ArrayList<>();
        d.evidence = evidence(text, g, trigger);
        d.confidence = 0.7;
        return d;
    }

    private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "it", "they", "we", "i");

    /** Nouns that name a natural disaster or disease, not a party that could act. */
    private static final Set<String> HAZARDS = Set.of("flood", "flooding", "floodwater", "earthquake", "quake",
            "tremor", "aftershock", "storm", "cyclone", "hurricane", "typhoon", "tornado", "landslide", "landslip",
            "mudslide", "avalanche", "heatwave", "drought", "wildfire", "bushfire", "lightning", "rain", "rainfall",
            "downpour", "monsoon", "snowstorm", "blizzard", "tsunami", "eruption", "volcano", "disease", "outbreak",
            "epidemic", "cholera", "virus", "pandemic", "famine", "heat", "cold", "flash-flood");

    /** Whether the sentence names a natural hazard or a disease ("after the floods", "to fight the outbreak"). */
    private static boolean mentionsHazard(Graph g) {
        for (int i = 0; i < g.sentence.size(); i++) {
            if (HAZARDS.contains(g.lemma(i).toLowerCase(Locale.ROOT)) || HAZARDS.contains(g.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a use-of-force verb's cause is a natural hazard and no party is named: its subject ("flash floods
     * killed 30 people", "Cyclone Idai killed hundreds") or, for a passive without an agent, its "in" or "by"
     * phrase ("were killed in the earthquake").
     */
    private static boolean naturalHazard(Graph g, int verb, List<ActorMention> mentions) {
        List<Integer> causes = new ArrayList<>(g.dependents(verb, "nsubj"));
        for (Dependency d : g.parents(verb)) {
            if (causes.isEmpty() && d.governor() >= 0 && d.baseRelation().equals("conj")) {
                // "an outbreak that had infected thousands and killed 62": the subject of the first verb of the pair
                causes.addAll(g.dependents(d.governor(), "nsubj"));
            } else if (d.governor() >= 0 && (d.relation().equals("dep") || d.relation().startsWith("acl:relcl"))
                    && g.token(d.governor()).tag().startsWith("NN")) {
                causes.add(d.governor()); // the clause the parser hung on the noun it describes
            }
        }
        for (int c : List.copyOf(causes)) {
            if (g.token(c).tag().startsWith("W")) {
                // a relative pronoun stands for the noun its clause describes ("the outbreak that killed ...")
                int clause = g.parents(c).stream().map(Dependency::governor).filter(x -> x >= 0).findFirst()
                        .orElse(-1);
                for (int head : List.of(clause, verb)) {
                    if (head < 0) {
                        continue;
                    }
                    for (Dependency d : g.parents(head)) {
                        if (d.governor() >= 0 && d.relation().startsWith("acl:relcl")) {
                            causes.add(d.governor());
                        }
                    }
                }
            }
        }
        if (causes.isEmpty() && !g.dependents(verb, "nsubj:pass").isEmpty()
                && g.dependents(verb, "obl:agent").isEmpty()) {
            causes.addAll(g.prepositional(verb, "in"));
            causes.addAll(g.prepositional(verb, "by"));
        }
        for (int c : causes) {
            List<Integer> words = new ArrayList<>(List.of(c));
            words.addAll(g.dependents(c, "compound"));
            boolean hazard = words.stream().anyMatch(w -> HAZARDS.contains(g.lemma(w).toLowerCase(Locale.ROOT))
                    || HAZARDS.contains(g.lower(w)));
            boolean party = words.stream().anyMatch(w -> !covering(mentions, w).isEmpty())
                    || g.dependents(c, "amod", "nmod:poss").stream().anyMatch(w -> !covering(mentions, w).isEmpty());
            if (hazard && !party) {
                return true;
            }
        }
        return false;
    }

    /** Heads of definite noun phrases that refer back to a party named before ("the group said it would ..."). */
    private static final Set<String> ANAPHORS = Set.of("group", "movement", "militia", "organisation",
            "organization", "government", "country", "party", "alliance", "bloc", "army", "military", "regime",
            "administration", "rebels", "insurgents", "militants", "fighters");

    /**
     * "the group", "the movement": a definite noun phrase naming no actor itself, standing for the speaker when no
     * other party is named between them ("Netanyahu said Israel would disarm Hamas if the group refused": Hamas).
     */
    private static boolean anaphoric(Graph g, int token, int speaker, List<ActorMention> mentions) {
        return speaker >= 0 && speaker < token && ANAPHORS.contains(g.lower(token))
                && covering(mentions, token).isEmpty()
                && mentions.stream().noneMatch(m -> m.firstToken() > speaker && m.firstToken() < token
                        && !m.covers(speaker))
                && g.dependents(token, "det").stream().anyMatch(x -> g.lower(x).equals("the"))
                && g.dependents(token, "amod", "compound", "nmod:poss").isEmpty();
    }

    /** Verbs of going somewhere: talks held where one went are held on a visit. */
    private static final Set<String> GOING = Set.of("arrive", "travel", "fly", "come", "head", "go");

    /**
     * "Two US Army officials arrived in Kyiv for talks with Ukrainian officials", "Zelensky was in Turkey for talks
     * with Erdogan": talks held in another country by those who went there are a visit (CAMEO 042) by the parties
     * from abroad, hosted by the parties of that country (the recipients); the talks of people in their own country
     * ("returned to Kyiv for talks") stay talks.
     */
    private static void talksOnAVisit(Graph g, Draft d, int governor, List<PlaceMention> places) {
        List<Participant> parties = new ArrayList<>(d.actor);
        parties.addAll(d.recipient); // "A met B" keeps B as the recipient: the visit's sides come from both roles
        if (d.type != PloverType.CONSULT || !(d.cameo.equals("040") || d.cameo.equals("046")) || parties.size() < 2) {
            return;
        }
        List<Integer> where = new ArrayList<>();
        if (GOING.contains(g.lemma(governor)) && g.token(governor).isVerb()) {
            where.addAll(g.prepositional(governor, "in"));
            where.addAll(g.prepositional(governor, "to"));
        } else if (!g.token(governor).isVerb() && !g.dependents(governor, "cop").isEmpty()
                && g.hasDependent(governor, "case", "in")) {
            where.add(governor); // "was in Turkey for talks"
        }
        String host = null;
        for (PlaceMention pm : places) {
            if (pm.place().country() != null && where.stream().anyMatch(pm::covers)) {
                host = pm.place().country();
                break;
            }
        }
        if (host == null) {
            return;
        }
        List<Participant> guests = new ArrayList<>();
        List<Participant> hosts = new ArrayList<>();
        for (Participant a : parties) {
            (host.equals(a.country()) ? hosts : guests).add(a);
        }
        if (guests.isEmpty() || hosts.isEmpty()) {
            return;
        }
        d.actor = guests;
        d.recipient = hosts;
        d.cameo = "042";
        d.mode = "visit";
        d.oneWay = true;
    }

    /** Purposes that make troops or police sent abroad a help to the country that receives them. */
    private static final Set<String> ASSISTANCE = Set.of("help", "assist", "support", "protect", "secure", "guard",
            "train", "stabilise", "stabilize", "defend", "bolster", "shore");

    /**
     * Forces sent or deployed to another country to help, protect or train it ("Kenya deployed 200 police officers
     * to Haiti to protect the airport", "sent 1,000 soldiers to Mozambique to help fight insurgents") provide
     * military protection: AID 074, with the receiving country as the recipient.
     */
    private static void assistanceDeployment(Graph g, Draft d, List<PlaceMention> places) {
        if (d.type != PloverType.MOBILIZE || isPetrarch(d.pattern) || d.actor.isEmpty()
                || !g.token(d.trigger).isVerb()) {
            return;
        }
        int force = internationalForce(g, d.trigger);
        if (force >= 0) {
            aid(d);
            // the receiving country: where the force serves ("the stabilisation force in Gaza") or where the troops
            // are sent ("to Mozambique"), not the force itself
            List<Integer> at = new ArrayList<>(g.prepositional(force, "in"));
            at.addAll(g.prepositional(d.trigger, "to"));
            for (PlaceMention pm : places) {
                String country = pm.place().country();
                if (country != null && at.stream().anyMatch(pm::covers)
                        && d.actor.stream().noneMatch(a -> country.equals(a.country()))) {
                    d.recipient = new ArrayList<>(List.of(new Participant(pm.text(), country, pm.place().name(), null,
                            pm.start(), pm.end())));
                    break;
                }
            }
            return;
        }
        if (d.recipient.isEmpty()) {
            return;
        }
        boolean foreign = d.recipient.stream().allMatch(r -> r.country() != null
                && d.actor.stream().noneMatch(a -> r.country().equals(a.country())));
        boolean helping = false;
        for (int c : g.dependents(d.trigger, "xcomp", "advcl")) {
            if (g.hasDependent(c, "mark", "to") && ASSISTANCE.contains(g.lemma(c))) {
                helping = true;
            }
        }
        if (foreign && helping) {
            aid(d);
        }
    }

    private static void aid(Draft d) {
        d.type = PloverType.AID;
        d.cameo = "074";
        d.mode = null;
        d.context = List.of("peacekeeping");
    }

    /** Words that make a force an international mission: "an international stabilisation force", "a UN mission". */
    private static final Set<String> MISSION_WORDS = Set.of("international", "multinational", "peacekeeping",
            "stabilisation", "stabilization", "un", "u.n.", "regional", "african", "joint");

    /**
     * Troops sent "as part of an international stabilisation force" or "to join a multinational force": forces lent to
     * a mission abroad, which is military help (AID 074) wherever the parser hung the destination. Returns the force's
     * noun, or -1.
     */
    static int internationalForce(Graph g, int verb) {
        for (int c : g.dependents(verb, "xcomp", "advcl")) {
            // "sent 500 troops to join a multinational force": not "to join the offensive"
            if (g.lemma(c).equalsIgnoreCase("join")) {
                for (int o : g.dependents(c, "obj")) {
                    if (internationalForceNoun(g, o)) {
                        return o;
                    }
                }
            }
        }
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("obl:as") || !g.lemma(d.dependent()).equalsIgnoreCase("part")) {
                continue;
            }
            for (int force : g.dependents(d.dependent(), "nmod:of")) {
                if (internationalForceNoun(g, force)) {
                    return force;
                }
            }
        }
        return -1;
    }

    /** "an international stabilisation force", "a multinational mission", "the UN peacekeeping contingent". */
    private static boolean internationalForceNoun(Graph g, int noun) {
        if (!Set.of("force", "forces", "mission", "contingent", "operation", "coalition")
                .contains(g.lemma(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return g.dependents(noun, "amod", "compound").stream().anyMatch(m -> MISSION_WORDS.contains(g.lower(m)));
    }

    /** The subject of the reporting verb a trigger's clause hangs under ("X said (that) ..."), or -1. */
    static int speakerOf(Graph g, int trigger) {
        int current = Qualifiers.clauseHead(g, trigger);
        for (int depth = 0; depth < 3; depth++) {
            int next = -1;
            for (Dependency d : g.parents(current)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.baseRelation();
                if ((r.equals("ccomp") || r.equals("parataxis")) && Qualifiers.SPEECH.contains(g.lemma(d.governor()))) {
                    List<Integer> subjects = g.dependents(d.governor(), "nsubj");
                    return subjects.isEmpty() ? -1 : subjects.get(0);
                }
                if (r.equals("xcomp") || r.equals("conj") || r.equals("ccomp") || r.equals("advcl")) {
                    next = d.governor();
                }
            }
            if (next < 0) {
                return -1;
            }
            current = next;
        }
        return -1;
    }

    /** Predicates of a schedule whose "to" clause is the planned act: "are due to meet", "is slated to visit". */
    private static final Set<String> SCHEDULED = Set.of("due", "set", "scheduled", "slated", "expected", "poised",
            "likely", "planned", "bound");

    /**
     * The parties of an event noun's "of" phrase when the noun's own modifiers name none and the pattern does not
     * make that phrase the recipient: forces that withdraw, deploy or pull out are the ones who act ("the withdrawal
     * of French troops from Niger", "the deployment of Chinese warships"); a thing the event acts on belongs to the
     * party acting, whose name modifies it ("the suspension of US military aid to Ukraine", "the lifting of EU
     * sanctions on Iran"), and the thing's own recipient phrase names the recipient ("aid to Ukraine").
     */
    private static boolean ofPhraseParties(Graph g, int noun, EventPattern p, List<ActorMention> mentions,
                                           List<Integer> actorTokens, List<Integer> recipientTokens) {
        boolean forces = false;
        for (int of : g.prepositional(noun, "of")) {
            if (!covering(mentions, of).isEmpty()) {
                boolean peacekeepers = g.lemma(of).toLowerCase(Locale.ROOT).startsWith("peacekeep")
                        || g.dependents(of, "amod", "compound").stream().anyMatch(m -> MISSION_WORDS.contains(g.lower(m)));
                boolean force = covering(mentions, of).stream().flatMap(m -> m.actors().stream())
                        .anyMatch(a -> a.code() != null && a.code().length() >= 6
                                && FORCES.contains(a.code().substring(3, 6)));
                // only armed forces and police move themselves ("the withdrawal of French troops"); peacekeepers
                // sent are help (AID 074), and people released or evacuated are acted on
                if (SELF_MOVES.contains(p.type()) && force && !peacekeepers) {
                    actorTokens.clear();
                    actorTokens.add(of);
                    forces = true;
                }
                continue;
            }
            List<Integer> owners = new ArrayList<>();
            for (Dependency d : g.children(of)) {
                if (PRENOMINAL.contains(d.relation()) && covering(mentions, d.dependent()).stream()
                        .anyMatch(m -> m.actors().stream().anyMatch(a -> a.country() != null))) {
                    owners.add(d.dependent());
                }
            }
            if (!owners.isEmpty()) {
                actorTokens.clear();
                actorTokens.addAll(owners);
                for (String role : p.recipientRoles()) {
                    if (!role.equals("obj") && !role.equals("iobj")) {
                        recipientTokens.addAll(g.prepositional(of, role));
                    }
                }
            }
        }
        return forces;
    }

    /** The subject a controlled or coordinated verb shares with its governor ("denied attacking", "fired ..., killing"). */
    private static List<Integer> inheritedSubject(Graph g, int verb) {
        List<Integer> outer = subjectAcrossRelativeClause(g, verb);
        if (!outer.isEmpty()) {
            return outer;
        }
        for (Dependency d : g.parents(verb)) {
            String r = d.baseRelation();
            if (d.governor() >= 0 && (r.equals("ccomp") || r.equals("xcomp"))
                    && SCHEDULED.contains(g.lower(d.governor())) && g.hasDependent(verb, "mark", "to")) {
                // "ministers are due to meet", "the president is slated to visit": a schedule adjective or
                // participle the parser made the head lends its subject to the planned act
                List<Integer> subjects = g.dependents(d.governor(), "nsubj", "nsubj:pass");
                if (!subjects.isEmpty()) {
                    return subjects;
                }
            }
            if (d.governor() >= 0 && (r.equals("xcomp") || r.equals("advcl") || r.equals("conj") || r.equals("dep"))) {
                List<Integer> subjects = g.dependents(d.governor(), "nsubj", "nsubj:xsubj");
                if (!subjects.isEmpty()) {
                    return subjects;
                }
                // "his government stood ready to mediate": the adjective's own governor holds the subject
                if (READINESS.contains(g.lemma(d.governor()))) {
                    for (Dependency up : g.parents(d.governor())) {
                        if (up.governor() >= 0 && up.baseRelation().equals("xcomp")) {
                            subjects = g.dependents(up.governor(), "nsubj", "nsubj:xsubj");
                            if (!subjects.isEmpty()) {
                                return subjects;
                            }
                        }
                    }
                }
            }
            if (d.governor() >= 0 && d.relation().equals("acl:of")
                    && Set.of("verge", "brink", "point").contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                // "the junta is on the verge of expelling the ambassador": the predicate noun's subject acts
                List<Integer> subjects = g.dependents(d.governor(), "nsubj");
                if (!subjects.isEmpty()) {
                    return subjects;
                }
            }
            if (d.governor() >= 0 && d.relation().equals("acl")) {
                // "issued a declaration demanding that ...": the noun's own verb lends its subject
                for (Dependency up : g.parents(d.governor())) {
                    if (up.governor() >= 0 && up.baseRelation().equals("obj") && g.token(up.governor()).isVerb()) {
                        List<Integer> subjects = g.dependents(up.governor(), "nsubj");
                        if (!subjects.isEmpty()) {
                            return subjects;
                        }
                    }
                }
            }
        }
        int root = brokenRelativeSubject(g, verb);
        return root >= 0 ? List.of(root) : List.of();
    }

    /** Object pronouns that cannot stand for the subject of their own clause ("killing them" is not suicide). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "him", "her");

    /**
     * "Troops opened fire on three Palestinians who approached the line, killing them": the parser hangs the
     * participle on the relative clause's verb, whose subject is the very people "them" stands for; the participle
     * tells of the act that holds the relative clause's noun, and shares that act's subject (the troops). Empty when
     * the participle's object is no such pronoun or its governor no relative clause about its own subject.
     */
    /** Nouns of an instrument of law that does what its relative clause says: "a bill which decriminalized ...". */
    private static final Set<String> LAW_NOUNS = Set.of("bill", "law", "act", "decree", "legislation", "amendment",
            "ordinance", "statute", "measure", "order");
    /** Verbs by which a body or office makes a law take effect: its subject is the one who acts through the law. */
    private static final Set<String> ENACTING = Set.of("pass", "adopt", "approve", "enact", "sign", "issue", "ratify");

    /**
     * "The parliament voted to pass a bill which decriminalized abortion", "the president signed a decree that bans
     * ...": a verb in a relative clause on a law that a body passes, adopts, approves, enacts, signs or issues is that
     * body's act through the law; the subject of the enacting verb (or the one it inherits through "voted to") acts.
     */
    private static List<Integer> enacterOfTheLaw(Graph g, int verb) {
        for (Dependency rel : g.parents(verb)) {
            int law = rel.governor();
            if (law < 0 || !rel.relation().equals("acl:relcl") || !LAW_NOUNS.contains(g.lemma(law))) {
                continue;
            }
            for (Dependency o : g.parents(law)) {
                int enact = o.governor();
                if (enact < 0 || !o.baseRelation().equals("obj") || !ENACTING.contains(g.lemma(enact))) {
                    continue;
                }
                List<Integer> subjects = g.dependents(enact, "nsubj", "nsubj:xsubj");
                return subjects.isEmpty() ? inheritedSubject(g, enact) : subjects;
            }
        }
        return List.of();
    }

    private static List<Integer> subjectAcrossRelativeClause(Graph g, int verb) {
        if (!g.token(verb).tag().equals("VBG")
                || g.dependents(verb, "obj").stream().noneMatch(o -> OBJECT_PRONOUNS.contains(g.lower(o)))) {
            return List.of();
        }
        for (Dependency d : g.parents(verb)) {
            String r = d.baseRelation();
            if (d.governor() < 0 || !r.equals("advcl") && !r.equals("dep")) {
                continue;
            }
            int clause = d.governor();
            for (Dependency rel : g.parents(clause)) {
                int noun = rel.governor();
                if (noun < 0 || !rel.relation().equals("acl:relcl") || !g.dependents(clause, "nsubj").contains(noun)) {
                    continue;
                }
                int x = noun;
                for (int steps = 0; steps < 3; steps++) {
                    List<Dependency> up = g.parents(x).stream().filter(p -> p.governor() >= 0).toList();
                    if (up.isEmpty()) {
                        break;
                    }
                    x = up.get(0).governor();
                    if (g.token(x).isVerb()) {
                        return g.dependents(x, "nsubj");
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * "Lebanon's prime minister, whose country has been caught up in ..., called on Washington ...": a relative clause
     * set off by commas can make the parser lose the main verb, which it hangs ("dep") under the clause's verb, and
     * leave the subject noun as the sentence's root. The verb's subject is then that root noun, when the chain of
     * loose attachments from the verb leads up to it through a clause verb that has a relative word ("who",
     * "whose", "which") or a subject of its own and the noun comes first.
     */
    private static int brokenRelativeSubject(Graph g, int verb) {
        int x = verb;
        boolean throughClause = false;
        for (int steps = 0; steps < 4; steps++) {
            List<Dependency> up = g.parents(x);
            if (up.size() != 1) {
                return -1;
            }
            Dependency d = up.get(0);
            if (d.governor() < 0) {
                return -1;
            }
            int head = d.governor();
            boolean loose = d.relation().equals("dep");
            if (!loose) {
                return -1;
            }
            if (g.token(head).isNoun() && head < verb && throughClause && g.parents(head).size() == 1
                    && g.parents(head).get(0).governor() < 0 && g.dependents(head, "cop").isEmpty()) {
                return head;
            }
            if (!g.token(head).isVerb() || g.dependents(head, "nsubj", "nsubj:pass").isEmpty()) {
                return -1;
            }
            throughClause = true;
            x = head;
        }
        return -1;
    }

    /**
     * The actors at these argument tokens and their conjuncts. A head that names no actor is looked into one level:
     * its adjective, compound, possessive, "of"/"from" modifier ("Iranian nuclear sites", "drones launched by the
     * RSF"); for violent events a place recipient stands for its country ("the city of Kharkiv").
     */
    private static List<Participant> participants(Graph g, List<Integer> tokens, List<ActorMention> mentions,
                                                  List<PlaceMention> places, PloverType type, boolean recipient) {
        return participants(g, tokens, mentions, places, type, recipient, false);
    }

    /** As above; {@code civilians}: towns and villages stand for their civilians (PLOVER), not PETRARCH's coding. */
    private static List<Participant> participants(Graph g, List<Integer> tokens, List<ActorMention> mentions,
                                                  List<PlaceMention> places, PloverType type, boolean recipient,
                                                  boolean civilians) {
        List<Integer> all = new ArrayList<>(tokens);
        for (int t : tokens) {
            List<Integer> within = new ArrayList<>(List.of(t));
            for (ActorMention m : covering(mentions, t)) {
                // "the ambassadors of Arnor, Osgiliath and Gondor": the conjuncts of the mention's country too
                for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                    if (!within.contains(k)) {
                        within.add(k);
                    }
                }
            }
            for (int w : within) {
                for (Dependency d : g.children(w)) {
                    if (d.relation().startsWith("conj") && !all.contains(d.dependent())
                            && (w == t || d.dependent() > lastTokenOfMention(mentions, t))) {
                        all.add(d.dependent());
                    }
                }
            }
        }
        List<Participant> out = new ArrayList<>();
        for (int t : all) {
            List<ActorMention> found = covering(mentions, t);
            boolean settlement = g.parents(t).stream().anyMatch(d -> d.governor() >= 0
                    && (d.relation().equals("amod") || d.relation().equals("compound"))
                    && SETTLEMENTS.contains(g.lemma(d.governor())));
            if (found.isEmpty()) {
                List<Participant> owners = owners(g, t, mentions);
                if (!owners.isEmpty()) {
                    owners.forEach(o -> add(out, o)); // "a Greek-owned tanker": the country's business
                    continue;
                }
                for (int m : modifiers(g, t)) {
                    found.addAll(covering(mentions, m));
                }
                settlement |= SETTLEMENTS.contains(g.lemma(t));
            }
            for (ActorMention m : found) {
                for (Actor a : m.actors()) {
                    String code = a.code();
                    if (civilians && settlement && code.length() == 3 && a.kind() == Actor.ActorKind.COUNTRY) {
                        code = code + "CVL"; // "shelled Iraqi towns": the people who live there
                    }
                    if (recipient && a.kind() == Actor.ActorKind.SEAT && type.isMaterialConflict() && code.length() > 3
                            && a.name().contains("(")) {
                        code = code.substring(0, 3); // "strikes on Kyiv": the country, not its government
                    }
                    add(out, new Participant(m.text(), code, a.name(), a.wikidata(), m.start(), m.end()));
                }
            }
            if (found.isEmpty() && recipient && (type.isMaterialConflict() || type == PloverType.AID)) {
                // help delivered to a town or city is help for the country's people there
                List<Integer> near = new ArrayList<>(List.of(t));
                near.addAll(g.prepositional(t, "of"));
                if (type != PloverType.AID) { // help for "a metro line in Dhaka" is no help to Dhaka's people
                    near.addAll(g.prepositional(t, "in")); // "a power station in the Chernihiv region"
                    near.addAll(g.prepositional(t, "near"));
                }
                for (PlaceMention pm : places) {
                    if (near.stream().anyMatch(pm::covers) && pm.place().country() != null) {
                        // "shelled the city of Juba": a town or city hit stands for the civilians who live there
                        String country = pm.place().country();
                        String code = civilians && country != null && country.length() == 3
                                && pm.place().kind() == org.sitrep.model.Place.PlaceKind.CITY ? country + "CVL" : country;
                        add(out, new Participant(pm.text(), code, pm.place().name(), null, pm.start(),
                                pm.end()));
                    }
                }
            }
        }
        return out;
    }

    /** Objects of an attack that name no owner: what is hit belongs to the place it is in. */
    private static final Set<String> OWNERLESS_TARGETS = Set.of("target", "position", "site", "facility",
            "infrastructure", "building", "area", "installation", "depot", "warehouse", "bridge", "road", "railway",
            "substation", "plant", "station", "port", "airport", "airfield", "church", "cathedral", "mosque",
            "temple", "synagogue", "shrine", "market", "marketplace");

    /** Participles that make a country adjective the owner of a ship or firm: "a Greek-owned tanker". */
    private static final Set<String> OWNED = Set.of("owned", "flagged", "registered", "run", "operated");

    /** "a Greek-owned tanker", "a Panamanian-flagged ship": the owning country's business (BUS), or none. */
    private static List<Participant> owners(Graph g, int noun, List<ActorMention> mentions) {
        List<Participant> out = new ArrayList<>();
        for (Dependency d : g.children(noun)) {
            if (!d.relation().equals("amod") || !OWNED.contains(g.lower(d.dependent()))) {
                continue;
            }
            for (Dependency owner : g.children(d.dependent())) {
                for (ActorMention m : covering(mentions, owner.dependent())) {
                    for (Actor a : m.actors()) {
                        if (a.kind() == Actor.ActorKind.COUNTRY && a.code().length() == 3) {
                            add(out, new Participant(m.text(), a.code() + "BUS", a.name(), a.wikidata(), m.start(),
                                    m.end()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Nouns for places where people live: a country adjective on them names the country's civilians. */
    private static final Set<String> SETTLEMENTS = Set.of("town", "village", "city", "neighbourhood", "neighborhood",
            "suburb", "hamlet", "settlement", "township", "camp", "home", "house", "market");

    /** The last token of the mention covering a token, or the token itself. */
    private static int lastTokenOfMention(List<ActorMention> mentions, int token) {
        return covering(mentions, token).stream().mapToInt(ActorMention::lastToken).max().orElse(token);
    }

    private static void add(List<Participant> out, Participant p) {
        if (out.stream().noneMatch(x -> x.code().equals(p.code()) && x.name().equals(p.name()))) {
            out.add(p);
        }
    }

    /** Recipient role of patterns (PETRARCH's) whose target is the first actor anywhere in the verb phrase. */
    static final String ANYWHERE = "*";
    /** With {@link #ANYWHERE}, once per actor skipped before the target (PETRARCH's {@code ^}). */
    static final String SKIP_ACTOR = "^";
    /** With {@link #ANYWHERE}: the subject is the target, the first actor after the verb the source ({@code + * $}). */
    static final String SOURCE_AFTER = "$";
    /**
     * With {@link #ANYWHERE}: the subject is a compound actor ("A and B agreed") whose members are each other's
     * targets, every member coded against every other (PETRARCH's {@code %} before {@code *}).
     */
    static final String COMPOUND = "%";
    /**
     * Of a pattern told from the receiving side ({@code received}: "Sri Lanka received a loan from the IMF"): the
     * subject is the recipient, and the party of the pattern's recipient phrase (or of the object's own "from"
     * phrase, or a party modifying it: "an IMF bailout") the actor.
     */
    static final String RECEIVED = "<received>";

    /** A pattern read from a PETRARCH verb dictionary: its target is the first actor of the verb phrase. */
    /**
     * A past participle heading a clause of its own with no subject and no auxiliary ("Rebuked by Gondor, Rohan
     * turned to ..."): PETRARCH takes a passive's target from the noun phrase before the verb, and finds none.
     */
    private static boolean bareParticipleClause(Graph g, int verb) {
        if (!g.token(verb).tag().equals("VBN") || !g.dependents(verb, "nsubj", "nsubj:pass", "aux", "aux:pass",
                "cop").isEmpty()) {
            return false;
        }
        return g.parents(verb).stream().anyMatch(d -> d.governor() >= 0 && g.token(d.governor()).isVerb()
                && (d.baseRelation().equals("advcl") || d.baseRelation().equals("dep")
                || d.baseRelation().equals("advmod")) && d.governor() > verb);
    }

    // ---- Real-news readings of a trigger that tell no event of the story (third Wikinews set) ----

    /**
     * The second half of a hyphenated adjective ("life-threatening injuries", "in a not life-threatening
     * condition", "the war-torn province"): a participle joined by a hyphen to a noun, adjective or adverb before it,
     * used to modify a noun or as the predicate of a copula, describes; it tells no act.
     */
    static boolean compoundAdjective(Graph g, int trigger) {
        if (trigger < 2) {
            return false;
        }
        Token t = g.token(trigger);
        Token hyphen = g.token(trigger - 1);
        Token first = g.token(trigger - 2);
        if (!(t.tag().equals("VBG") || t.tag().equals("VBN") || t.tag().startsWith("JJ"))
                || !hyphen.word().equals("-") || hyphen.start() != first.end() || t.start() != hyphen.end()
                || !(first.tag().startsWith("NN") || first.tag().startsWith("JJ") || first.tag().startsWith("RB"))) {
            return false;
        }
        boolean modifier = g.parents(trigger).stream().anyMatch(d -> d.relation().equals("amod"));
        return modifier || !g.dependents(trigger, "cop").isEmpty();
    }

    /** Verbs of supposing: what they govern is imagined by the writer, not told as having happened or planned. */
    private static final Set<String> SUPPOSING = Set.of("suppose", "imagine", "envision", "envisage", "fantasize",
            "fantasise", "theorize", "theorise", "posit", "hypothesize", "hypothesise", "conjecture");
    /** Verbs by which a text or its writer puts forward a view ("the manifesto claims an invasion"). */
    private static final Set<String> PUTTING_FORWARD = Set.of("claim", "allege", "argue", "assert", "describe",
            "portray", "depict", "predict", "warn", "call");
    /** Texts of opinion and their writers: what they put forward is the writer's view, not the story's event. */
    private static final Set<String> WRITINGS = Set.of("manifesto", "pamphlet", "screed", "essay", "novel",
            "writer", "author", "novelist", "theorist", "manifestos");

    /**
     * A trigger inside what a writer supposes, or what an opinion text or its writer claims ("in the document, the
     * writer supposes a replacement brought on by an invasion of migrants"): an opinion of the text, not an event
     * of the story.
     */
    static boolean supposed(Graph g, int trigger) {
        int x = trigger;
        for (int hop = 0; hop < 8; hop++) {
            List<Dependency> up = g.parents(x);
            if (up.isEmpty() || up.get(0).governor() < 0) {
                return false;
            }
            x = up.get(0).governor();
            String lemma = g.lemma(x).toLowerCase(Locale.ROOT);
            if (g.token(x).isVerb() && SUPPOSING.contains(lemma)) {
                return true;
            }
            if (g.token(x).isVerb() && PUTTING_FORWARD.contains(lemma) && g.dependents(x, "nsubj").stream()
                    .anyMatch(s -> WRITINGS.contains(g.lemma(s).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Emergency services one calls for help: the call is a report, no consultation between parties. */
    private static final Set<String> EMERGENCY_SERVICES = Set.of("police", "ambulance", "paramedic", "firefighter",
            "fireman", "911", "999", "112", "000", "rescuer", "lifeguard", "coastguard", "emergency");

    /** "A woman called the police after ...", "neighbours called an ambulance", "called 911": no CONSULT. */
    static boolean callForHelp(Graph g, int trigger) {
        if (!g.lemma(trigger).equalsIgnoreCase("call")) {
            return false;
        }
        for (int o : g.dependents(trigger, "obj")) {
            String head = g.lemma(o).toLowerCase(Locale.ROOT);
            if (EMERGENCY_SERVICES.contains(head) || EMERGENCY_SERVICES.contains(g.lower(o))
                    || g.dependents(o, "compound", "amod").stream().anyMatch(m -> g.lower(m).equals("emergency")
                    || g.lower(m).equals("fire"))) {
                return true;
            }
        }
        return false;
    }

    /** Words for a sentence or its serving: the crime they are for is the convict's past, not news. */
    private static final Set<String> SENTENCING = Set.of("sentence", "serve", "jail", "imprison", "convict",
            "term", "conviction", "imprisonment", "jailing", "punishment", "penalty", "execute",
            "execution");

    /**
     * A crime named as what a sentence is for ("is serving a life sentence for the 1994 murder of", "was executed
     * for the killing of", "convicted of the bombing"): background to the sentence, no new event. Its own phrases
     * count too ("jailed for his role in the bombing"). Not "guilty of": a party found guilty of violating a
     * ceasefire by a monitor is accused of the act, which stays the event.
     */
    static boolean crimeOfASentence(Graph g, int trigger) {
        int x = trigger;
        for (int hop = 0; hop < 3; hop++) {
            List<Dependency> up = g.parents(x);
            if (up.isEmpty() || up.get(0).governor() < 0) {
                return false;
            }
            Dependency d = up.get(0);
            String rel = d.relation();
            String gov = g.lemma(d.governor()).toLowerCase(Locale.ROOT);
            boolean reason = rel.endsWith(":for") || rel.endsWith(":over")
                    || rel.endsWith(":of") && Set.of("convict", "acquit").contains(gov)
                    || rel.startsWith("advcl") && g.hasDependent(x, "mark", "for");
            if (reason) {
                return SENTENCING.contains(gov);
            }
            if (!(rel.startsWith("nmod") || rel.startsWith("obl"))) {
                return false;
            }
            x = d.governor();
        }
        return false;
    }

    /** Markers and prepositions that set a clause or phrase in time or circumstance beside another. */
    private static final Set<String> SETTING_MARKERS = Set.of("as", "after", "amid", "following", "when", "while",
            "before", "since", "during");
    /** Subjects that point back to what the story told: "this", "it", "the move", "the announcement". */
    private static final Set<String> POINTERS = Set.of("this", "it", "that", "move", "decision", "announcement",
            "speech", "statement", "remark", "comment", "vote", "visit", "meeting", "development");

    /**
     * An event told only as the setting of a clause that points back to something already told ("This took place
     * as anti-government protests continue in the capital", "The move came after police fired on protesters"):
     * background to the story, the main clause has no event of its own.
     */
    static boolean settingOfABackReference(Graph g, int trigger) {
        int x = trigger;
        for (int hop = 0; hop < 4; hop++) {
            List<Dependency> up = g.parents(x);
            if (up.isEmpty() || up.get(0).governor() < 0) {
                return false;
            }
            Dependency d = up.get(0);
            int gov = d.governor();
            String rel = d.relation();
            boolean setting = rel.startsWith("advcl") && (g.dependents(x, "mark").stream()
                    .anyMatch(m -> SETTING_MARKERS.contains(g.lower(m))) || SETTING_MARKERS.stream()
                    .anyMatch(m -> rel.endsWith(":" + m)))
                    || rel.startsWith("obl") && SETTING_MARKERS.stream().anyMatch(m -> rel.endsWith(":" + m));
            if (setting) {
                String verb = g.lemma(gov).toLowerCase(Locale.ROOT);
                boolean happened = verb.equals("come") || verb.equals("happen") || verb.equals("occur")
                        || verb.equals("take") && g.dependents(gov, "obj").stream()
                        .anyMatch(o -> g.lower(o).equals("place"));
                return happened && g.dependents(gov, "nsubj").stream()
                        .anyMatch(sbj -> POINTERS.contains(g.lower(sbj)) || POINTERS.contains(g.lemma(sbj)
                        .toLowerCase(Locale.ROOT)));
            }
            x = gov;
        }
        return false;
    }

    /** Verbs of deliberation: what they weigh doing is not done yet. */
    private static final Set<String> DELIBERATION_VERBS = Set.of("consider", "weigh", "mull", "contemplate",
            "ponder");

    /**
     * "Japan is considering buying Canadian wheat", "weighs sending troops": an act a party is only deliberating
     * (a gerund complement of a verb of deliberation, whatever relation the parser gives it) is no event yet.
     */
    static boolean deliberated(Graph g, int trigger) {
        if (!g.token(trigger).tag().equals("VBG")) {
            return false;
        }
        for (Dependency d : g.parents(trigger)) {
            String r = d.baseRelation();
            if (d.governor() >= 0 && d.governor() < trigger && g.token(d.governor()).isVerb()
                    && (r.equals("obj") || r.equals("xcomp") || r.equals("advcl") || r.equals("acl"))
                    && DELIBERATION_VERBS.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that reduce or stop what their object names: "cut loans", "suspended aid", "froze funding". */
    private static final Set<String> CUTBACK_VERBS = Set.of("cut", "reduce", "slash", "trim", "curb", "suspend",
            "halt", "freeze", "stop", "withhold", "cancel", "end", "limit", "restrict", "curtail", "axe");

    /**
     * "cut loans to exporters", "suspended aid to the region": help named as what a verb of reducing or stopping
     * acts on is help taken away, never help given (the verb's own patterns code the cut, as SANCTION 162, where
     * they know it).
     */
    static boolean cutBack(Graph g, int trigger) {
        for (Dependency d : g.parents(trigger)) {
            String r = d.relation();
            if (d.governor() >= 0 && (r.equals("obj") || r.equals("nsubj:pass"))
                    && CUTBACK_VERBS.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A boy was rescued alive and flown to Moscow for treatment": one person rescued, with no rescuer named, is an
     * emergency (a fall, a fire, a crash), no act of one party for another.
     */
    static boolean privateRescue(Graph g, int trigger) {
        if (!g.lemma(trigger).equalsIgnoreCase("rescue") || g.dependents(trigger, "aux:pass").isEmpty()
                || !g.dependents(trigger, "obl:agent").isEmpty() || !g.prepositional(trigger, "by").isEmpty()) {
            return false;
        }
        List<Integer> rescued = g.dependents(trigger, "nsubj:pass");
        return !rescued.isEmpty() && rescued.stream().allMatch(x -> g.dependents(x, "conj").isEmpty()
                && (g.token(x).tag().equals("NN") || g.token(x).tag().equals("NNP")
                || g.token(x).tag().equals("PRP") && Set.of("he", "she").contains(g.lower(x))));
    }

    /** Ceremonies one attends: a visit only when held abroad. */
    private static final Set<String> CEREMONIES = Set.of("funeral", "ceremony", "celebration", "commemoration",
            "inauguration", "parade", "memorial", "wedding", "service", "vigil", "burial", "coronation");

    /**
     * Attending a ceremony ("three former presidents attended the funeral") is a visit, CAMEO 042, only when the
     * sentence places it in another country than the attender's ("attended a military parade in Beijing").
     */
    private static boolean ceremonyAtHome(Graph g, int trigger, Location told, List<Participant> actors) {
        if (!g.lemma(trigger).equalsIgnoreCase("attend")
                || g.dependents(trigger, "obj").stream().noneMatch(o -> CEREMONIES.contains(g.lemma(o)
                .toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (told == null || told.country() == null) {
            return true;
        }
        return actors.stream().anyMatch(a -> told.country().equals(Qualifiers.party(a.code())));
    }

    /** How the resolver marks an actor mention found by pronoun resolution. */
    private static final String COREFERENCE = "coreference";

    /**
     * Whether a pattern comes from a user's PETRARCH verb dictionary (its target roles are those the reader
     * gives), not from one of Sitrep's own pattern files that also looks anywhere in the phrase.
     */
    static boolean fromPetrarch(EventPattern p) {
        List<String> roles = p.recipientRoles();
        return roles.size() >= PetrarchVerbReader.TARGET_ROLES.size()
                && roles.subList(0, PetrarchVerbReader.TARGET_ROLES.size()).equals(PetrarchVerbReader.TARGET_ROLES);
    }

    static boolean isPetrarch(EventPattern p) {
        return p.recipientRoles().contains(ANYWHERE);
    }

    /** The actor tokens of a verb's subject and its conjuncts, one per actor mention. */
    private static List<ActorMention> subjectActors(Graph g, int verb, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (int s : g.dependents(verb, "nsubj", "nsubj:pass")) {
            List<Integer> heads = new ArrayList<>(List.of(s));
            heads.addAll(g.dependents(s, "conj"));
            for (int h : heads) {
                for (ActorMention m : covering(mentions, h)) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A comma-delimited reporting clause, which PETRARCH deletes before coding: a verb of speech ends the sentence
     * after its last comma with its speaker before it ("..., a senior official said on Saturday.") or opens it before
     * its first comma with its subject and what it reports after the comma ("Officials said, ..."), with no object
     * or complement of its own inside that clause.
     */
    static boolean inReportingClause(Graph g, int verb) {
        if (!Qualifiers.SPEECH.contains(g.lemma(verb))) {
            return false;
        }
        int n = g.sentence.size();
        int end = n;
        while (end > 0 && g.token(end - 1).tag().equals(".")) {
            end--;
        }
        int firstComma = -1;
        int lastComma = -1;
        for (int i = 0; i < end; i++) {
            if (g.token(i).word().equals(",")) {
                lastComma = i;
                if (firstComma < 0) {
                    firstComma = i;
                }
            }
        }
        if (firstComma < 0) {
            return false;
        }
        int from;
        int to;
        if (verb > lastComma) {
            from = lastComma + 1;
            to = end;
        } else if (verb < firstComma && firstComma + 1 < end) {
            from = 0;
            to = firstComma;
        } else {
            return false;
        }
        boolean subject = false;
        boolean reports = false; // the rest of the sentence is what the clause reports
        for (Dependency d : g.children(verb)) {
            int c = d.dependent();
            boolean inside = c >= from && c < to;
            String r = d.baseRelation();
            if (r.equals("nsubj") && inside) {
                subject = true;
            }
            if (inside && (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp"))) {
                return false;
            }
            if (!inside && REPORTED.contains(r)) {
                reports = true;
            }
        }
        for (Dependency d : g.parents(verb)) {
            boolean outside = d.governor() < from || d.governor() >= to;
            if (d.governor() >= 0 && outside && REPORTED.contains(d.baseRelation())) {
                reports = true;
            }
        }
        if (from > 0) {
            // the parse may hang the speaker elsewhere ("Sylvania, a senior official" as an apposition): any noun
            // before the verb inside the clause speaks
            for (int i = from; i < verb && !subject; i++) {
                subject = g.token(i).isNoun() || g.token(i).tag().startsWith("PRP");
            }
            return subject;
        }
        return subject && reports;
    }

    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "dep", "advcl");

    /**
     * Relations that leave the verb phrase; for a PETRARCH pattern an unlabelled one (dep) stays in: "welcomed memos
     * sent by X".
     */
    private static final Set<String> OUTSIDE_PHRASE = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "punct",
            "advcl", "parataxis", "conj", "cc", "ccomp", "mark", "aux", "aux:pass", "cop", "obl:agent", "obl:tmod",
            "nmod:tmod", "discourse", "vocative");

    /** Words that open a temporal clause: "after crowds burned its embassy", "before talks began", "since X took power". */
    private static final Set<String> TEMPORAL_MARKERS = Set.of("after", "before", "since", "until", "till",
            "following", "once", "when", "whenever", "while");

    /**
     * Whether an edge opens a temporal clause ("several years after Calenardhon crowds burned down its embassy",
     * "after a drought left two million villagers hungry"): a clause with its own subject and verb that tells when
     * or why, so the parties inside it are not the parties of the verb whose phrase it hangs on, wherever the
     * parser attaches it (an "after" clause often lands inside the object's phrase). A temporal noun phrase is left
     * alone: "rioted following a demonstration calling for Mubarak's removal" is aimed at Mubarak.
     */
    static boolean temporalAdjunct(Graph g, Dependency d) {
        return d.baseRelation().equals("advcl") && (TEMPORAL_MARKERS.contains(d.subtype())
                || g.hasDependent(d.dependent(), "mark", TEMPORAL_MARKERS.toArray(String[]::new)))
                || whenClause(g, d);
    }

    /**
     * A relative clause on a time that tells what happened then ("have protested since June, when their government
     * proposed a bill allowing X to ..."): the background of the act, whose parties are not the act's.
     */
    private static boolean whenClause(Graph g, Dependency d) {
        return d.relation().equals("acl:relcl") && g.token(d.governor()).tag().startsWith("NN")
                && g.dependents(d.dependent(), "advmod").stream()
                .anyMatch(a -> Set.of("when", "whenever").contains(g.lower(a)));
    }

    /** Whether a verb heads a temporal clause ("after crowds burned its embassy", "before talks began"). */
    private static boolean temporalClause(Graph g, int verb) {
        return g.parents(verb).stream().anyMatch(d -> d.governor() >= 0 && temporalAdjunct(g, d));
    }

    /** The tokens a head dominates, in text order, leaving out its temporal clauses and phrases. */
    private static TreeSet<Integer> outsideTimeAdjuncts(Graph g, int head) {
        TreeSet<Integer> out = new TreeSet<>(g.subtree(head, g.sentence.size()));
        for (int k : List.copyOf(out)) {
            for (Dependency d : g.children(k)) {
                if (temporalAdjunct(g, d)) {
                    out.removeAll(g.subtree(d.dependent(), g.sentence.size()));
                }
            }
        }
        return out;
    }

    /**
     * The first token, in text order, of the phrase the verb heads (objects, obliques, their modifiers and
     * complements, not the subject or other clauses) that an actor mention covers; -1 if none.
     */
    /**
     * The first actor, in the order of the text, among the phrase a head heads and the tokens already found for a
     * role, after skipping {@code skips} actors; -1 if none.
     */
    private static int firstActorInPhrase(Graph g, int head, List<ActorMention> mentions, List<Integer> found,
                                          List<Integer> exclude, int skips, boolean petrarch) {
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        Set<Integer> seen = new java.util.HashSet<>();
        todo.add(head);
        seen.add(head);
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int f : found) {
            if (f != head && !exclude.contains(f) && !covering(mentions, f).isEmpty()) {
                candidates.add(f);
            }
        }
        while (!todo.isEmpty()) {
            int t = todo.poll();
            for (Dependency d : g.children(t)) {
                int c = d.dependent();
                if (OUTSIDE_PHRASE.contains(d.relation()) || !petrarch && d.relation().equals("dep")
                        || temporalAdjunct(g, d) || d.relation().startsWith("obl:agent")
                        || d.relation().startsWith("nsubj") || d.relation().startsWith("csubj") || !seen.add(c)) {
                    continue; // a complement's subject ("called for X to be allowed") is the actor's
                }
                if ((petrarch ? c > head : c != head) && !exclude.contains(c) && !covering(mentions, c).isEmpty()) {
                    candidates.add(c); // PETRARCH's verb phrase is the verb and what follows it
                }
                todo.add(c);
            }
        }
        ActorMention previous = null;
        int last = -1;
        for (int c : candidates) {
            ActorMention m = covering(mentions, c).get(0);
            if (m.equals(previous)) {
                continue; // one actor, several of its tokens
            }
            previous = m;
            last = c;
            if (skips-- <= 0) {
                return c;
            }
        }
        return last; // fewer actors than the pattern skips: one name can hold them ("the Gondor of the Prince")
    }

    /** Nouns of places: a country word modifying one names where, not a party ("the U.S. island territory"). */
    private static final Set<String> PLACE_NOUNS = Set.of("territory", "island", "city", "town", "village",
            "province", "region", "capital", "state", "district", "county", "peninsula", "coast", "mainland");

    /** Verbs of leaving a post: their object or "from" phrase is the post or body left. */
    private static final Set<String> RESIGNING = Set.of("resign", "quit", "leave", "vacate", "relinquish", "step");

    /**
     * Where the pattern's own recipient slot is empty, the party the verb's complement is about: the subject of a
     * "that" clause ("demanded that the US cancel its plans"), else the first actor of the verb phrase, its "to"
     * complement included ("threatened to deliver blows to the United States", "offered to negotiate with
     * Armenia's president"), or the owner of its object ("rejected North Korea's demand"); for a threat, the
     * subject of its condition ("if Spain keeps the tariffs"). Not a pronoun and not the actor itself; -1 if none.
     */
    static int complementRecipient(Graph g, int trigger, List<ActorMention> mentions, List<Integer> actorTokens,
                                   PloverType type) {
        List<Integer> exclude = new ArrayList<>(actorTokens);
        for (int k = 0; k < g.sentence.size(); k++) {
            // "Despite warnings by aid agencies, Israel refused to lift the curfew": a fronted phrase is no party
            if (k < trigger || g.token(k).tag().startsWith("PRP") || g.token(k).tag().equals("WP")) {
                exclude.add(k); // "threatened to widen its war with Iraq": "its" is the actor again
            }
        }
        for (int a : actorTokens) {
            for (ActorMention m : covering(mentions, a)) {
                for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                    exclude.add(k);
                }
            }
        }
        for (ActorMention m : mentions) {
            if (m.actors().stream().allMatch(a -> a.country() == null)) {
                // "deployed 40,000 troops along its border with Belarus": a party nobody could name is none
                for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                    exclude.add(k);
                }
            }
        }
        for (Dependency d : g.sentence.dependencies()) {
            if (d.relation().startsWith("obl:according") || d.relation().startsWith("nmod:according")) {
                // "according to a statement released in Tokyo": the source, not a party
                exclude.addAll(g.subtree(d.dependent(), 32));
            }
        }
        for (int k = 0; k < g.sentence.size(); k++) {
            final int word = k;
            if (!type.isMaterialConflict() && type != PloverType.THREATEN && type != PloverType.AID
                    && g.parents(k).stream().anyMatch(d -> d.governor() >= 0 && PLACE_NOUNS.contains(g.lemma(d.governor()))
                    && (d.relation().equals("compound") || d.relation().equals("amod")))) {
                // "a video broadcast to the U.S. island territory", "in the Chinese city of Wuhan": a country that
                // only qualifies a place tells where, and is no party of a statement or concession (a force used
                // on, aid sent to or a threat against "Iraqi towns" is aimed at their people)
                covering(mentions, word).forEach(m -> {
                    for (int x = m.firstToken(); x <= m.lastToken(); x++) {
                        exclude.add(x);
                    }
                });
            }
        }
        if (type == PloverType.CONCEDE && RESIGNING.contains(g.lemma(trigger))) {
            // "resigned the leadership of the party", "quit the cabinet": the post or body left is the resigner's own
            for (int o : g.dependents(trigger, "obj")) {
                exclude.addAll(g.subtree(o, g.sentence.size()));
            }
            for (int o : g.prepositional(trigger, "from")) {
                exclude.addAll(g.subtree(o, g.sentence.size()));
            }
        }
        for (int k = 0; k < g.sentence.size(); k++) {
            String marker = g.caseMarker(k);
            boolean seat = covering(mentions, k).stream().anyMatch(m -> !m.actors().isEmpty()
                    && m.actors().stream().allMatch(a -> a.kind() == Actor.ActorKind.SEAT));
            if (Set.of("along", "near", "across").contains(marker)
                    || seat && type == PloverType.CONSULT && Set.of("in", "at").contains(marker)) {
                // "deployed troops along its border with Belarus", "met in Brussels": where, not whom (a curfew
                // "in Abidjan" is on the city's people, though)
                exclude.addAll(g.subtree(k, 32));
            }
        }
        List<Integer> ownObjects = g.dependents(trigger, "obj");
        if (g.token(trigger).isVerb() && !ownObjects.isEmpty()) {
            // "condemned the violence and praised officers", "called the drills unnecessary and urged China to end
            // its pressure on Taiwan": a verb with its own object takes no party from the object or complement
            // clause of the verb joined to it, which are that verb's alone ("condemned and praised X" shares it)
            for (Dependency d : g.children(trigger)) {
                if (d.baseRelation().equals("conj") && g.token(d.dependent()).isVerb()) {
                    for (int o : g.dependents(d.dependent(), "obj", "iobj", "xcomp", "ccomp")) {
                        if (!ownObjects.contains(o)) {
                            exclude.addAll(g.subtree(o, g.sentence.size()));
                        }
                    }
                }
            }
        }
        for (int k = 0; k < g.sentence.size(); k++) {
            final int clause = k;
            if (k != trigger && !g.dependents(k, "nsubj").isEmpty()
                    && g.parents(k).stream().anyMatch(d -> d.baseRelation().equals("xcomp") && d.governor() != clause)) {
                exclude.addAll(g.subtree(k, 32)); // "freezing any assets they hold in China": their clause, not ours
            }
        }
        List<Integer> reported = new ArrayList<>(g.dependents(trigger, "ccomp"));
        for (Dependency d : g.children(trigger)) {
            if (d.baseRelation().equals("obj") || d.baseRelation().equals("obl")) {
                reported.addAll(g.dependents(d.dependent(), "ccomp")); // "insisted on its demand that X ..."
            }
        }
        // "asked for more Patriot systems, a Ukrainian official said": the parser can make the closing ", X said" the
        // request's complement; a speaker of the actor's own country tells of the act and is no party to it
        Set<String> actorCountries = new java.util.HashSet<>();
        for (int a : actorTokens) {
            covering(mentions, a).forEach(m -> m.actors().forEach(x -> actorCountries.add(x.country())));
        }
        actorCountries.remove(null);
        reported.removeIf(c -> c > trigger && inReportingClause(g, c) && g.dependents(c, "nsubj").stream()
                .anyMatch(x -> covering(mentions, x).stream().anyMatch(m -> m.actors().stream()
                        .anyMatch(a -> actorCountries.contains(a.country())))));
        for (int c : reported) {
            for (int subject : g.dependents(c, "nsubj", "nsubj:pass")) {
                if (subject > trigger && !exclude.contains(subject) && (!covering(mentions, subject).isEmpty()
                        || modifiers(g, subject).stream().anyMatch(m -> !exclude.contains(m)
                        && !covering(mentions, m).isEmpty()))) { // "rejected X's demand to ..."
                    return subject;
                }
            }
        }
        int first = firstActorInPhrase(g, trigger, mentions, List.of(), exclude, 0, false);
        if (first < 0 && type == PloverType.THREATEN) {
            // "threatened to walk out of the talks if Spain kept the tariffs": the condition's subject
            List<Integer> clauses = new ArrayList<>();
            List<Integer> verbs = new ArrayList<>(List.of(trigger));
            for (int k = 0; k < verbs.size() && k < 4; k++) {
                clauses.addAll(g.dependents(verbs.get(k), "advcl"));
                verbs.addAll(g.dependents(verbs.get(k), "xcomp")); // "threatened to stop talks to cut X if ..."
            }
            for (int c : clauses) {
                if (g.hasDependent(c, "mark", "if", "unless")) {
                    for (int subject : g.dependents(c, "nsubj", "nsubj:pass")) {
                        if (!exclude.contains(subject) && !covering(mentions, subject).isEmpty()) {
                            return subject;
                        }
                    }
                }
            }
        }
        return first;
    }

    /**
     * The actors listed right after the one at {@code token}, joined only by commas and "and"/"or" ("to Iran,
     * Libya, North Korea and Sudan"), whatever the parser made of the list; one token per actor.
     */
    static List<Integer> listedAfter(Graph g, int token, List<ActorMention> mentions) {
        List<Integer> out = new ArrayList<>();
        int end = lastTokenOfMention(mentions, token);
        while (true) {
            int k = end + 1;
            boolean joined = false;
            while (k < g.sentence.size() && (g.lower(k).equals(",") || g.lower(k).equals("and") || g.lower(k).equals("or"))) {
                k++;
                joined = true;
            }
            if (!joined || k >= g.sentence.size()) {
                return out;
            }
            int start = k;
            List<ActorMention> next = covering(mentions, start).stream().filter(m -> m.firstToken() == start).toList();
            if (next.isEmpty()) {
                return out;
            }
            out.add(start);
            end = next.get(0).lastToken();
        }
    }

    private static List<ActorMention> covering(List<ActorMention> mentions, int token) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Verbs telling who is at a facility: "a base housing U.S. troops". */
    private static final Set<String> HOUSING = Set.of("house", "host", "station");

    /** The modifiers of a head that may name who it belongs to. */
    private static List<Integer> modifiers(Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(head)) {
            String r = d.relation();
            if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of")
                    || r.equals("nmod:from") || r.equals("appos")) {
                out.add(d.dependent());
            }
            if (r.equals("compound") && d.dependent() < head) {
                // "an attack on an Iraqi air base housing U.S. personnel" parsed as one compound ("base" or "housing"
                // a modifier of "personnel"): a country word on a noun of the compound names an owner of the whole
                for (Dependency f : g.children(d.dependent())) {
                    if (f.relation().equals("amod") || f.relation().equals("compound")) {
                        out.add(f.dependent());
                    }
                }
            }
            if (r.equals("acl") && HOUSING.contains(g.lemma(d.dependent()))) {
                for (int o : g.dependents(d.dependent(), "obj")) { // "a base housing U.S. troops": the troops there
                    out.add(o);
                    out.addAll(g.dependents(o, "amod", "compound"));
                }
            }
            if (r.equals("amod") && g.lower(d.dependent()).equals("led")) {
                // "the Saudi-led coalition", "a French-led force": the leading country stands for the group
                for (Dependency c : g.children(d.dependent())) {
                    if (c.dependent() < d.dependent()) {
                        out.add(c.dependent());
                    }
                }
                if (d.dependent() >= 2 && g.lower(d.dependent() - 1).equals("-")) {
                    out.add(d.dependent() - 2);
                }
            }
            if (r.equals("acl") || r.startsWith("acl:")) {
                out.addAll(g.dependents(d.dependent(), "obl:agent"));
                out.addAll(g.prepositional(d.dependent(), "by"));
            }
        }
        return out;
    }

    /** "waves of air strikes", "a series of attacks": the quantity noun stands in for the event noun. */
    private static int quantityProxy(Graph g, int noun) {
        for (Dependency d : g.parents(noun)) {
            if (d.governor() >= 0 && g.token(d.governor()).isNoun() && (d.relation().equals("nmod:of")
                    || d.baseRelation().equals("nmod") && g.caseMarker(noun).equals("of"))) {
                return d.governor();
            }
        }
        return noun;
    }

    // ---- attributes -----------------------------------------------------------------------------------------

    /**
     * The event's date: a time expression in the trigger's own clause; else one on a governing clause (the
     * statement's date: "said on Friday that ..."); else the publication date, marked inferred. Expressions of
     * range ("since", "until", "by") count last.
     */
    /**
     * The day of an act in a clause of time measured from the main clause's day: "on Thursday, a day before Russia
     * and Belarus begin exercises" is Friday; "on Monday, two days after the talks ended" is Saturday. Null when the
     * clause gives no such measure or the day is the clause's own.
     */
    private static String dayApart(Graph g, int trigger, TimeExpression day) {
        if (day.precision() != DatePrecision.DAY || day.value() == null) {
            return null;
        }
        int clause = Qualifiers.clauseHead(g, trigger);
        int sign = 0;
        for (int m : g.dependents(clause, "mark")) {
            sign = g.lower(m).equals("before") ? 1 : g.lower(m).equals("after") ? -1 : sign;
        }
        int teHead = timeHead(g, day);
        if (sign == 0 || teHead < 0 || g.dominates(clause, teHead, 4)) {
            return null;
        }
        for (Dependency d : g.children(clause)) {
            int n = d.dependent();
            String unit = g.lemma(n).toLowerCase(Locale.ROOT);
            if (!unit.equals("day") || d.relation().startsWith("nsubj") || d.relation().equals("obj")) {
                continue;
            }
            Long count = g.hasDependent(n, "det", "a", "an", "one") ? Long.valueOf(1) : null;
            for (int c : g.dependents(n, "nummod")) {
                count = Numbers.parse(g.lower(c));
            }
            if (count != null && count < 100) {
                return LocalDate.parse(day.value()).plusDays(sign * count).toString();
            }
        }
        return null;
    }

    /** Subordinators of a clause that tells another happening than its main verb's: a concession, a cause. */
    private static final Set<String> OTHER_HAPPENING = Set.of("though", "although", "while", "whereas", "because");

    /**
     * A time below the trigger that belongs to another happening: the time of a concessive or causal clause with its
     * own subject ("has demanded that Kyiv accept the plan, though he told reporters on Saturday that ..."), or a
     * deadline inside what the trigger demands, says or proposes ("demanded that Kyiv accept the plan by
     * Thursday"), or a time after the act a party is accused "of" ("accused Hamas of seizing aid trucks on
     * Friday"): none dates the trigger's act.
     */
    private static boolean timeOfAnotherClause(Graph g, int trigger, int teHead, TimeExpression te) {
        List<Dependency> ofPhrases = new ArrayList<>(g.children(trigger));
        for (int o : g.dependents(trigger, "obj")) {
            ofPhrases.addAll(g.children(o)); // "accused Congolese soldiers of shelling ...", hung on the object
        }
        for (Dependency d : ofPhrases) {
            int of = d.relation().endsWith(":of") && d.dependent() > trigger
                    ? g.dependents(d.dependent(), "case").stream().filter(c -> g.lower(c).equals("of")).findFirst()
                    .orElse(-1) : -1;
            int gerund = of >= 0 && of + 1 < g.sentence.tokens().size() && g.token(of + 1).tag().equals("VBG") ? of + 1 : -1;
            if (gerund < 0 && d.relation().endsWith(":of") && g.token(d.dependent()).tag().equals("VBG")) {
                gerund = d.dependent();
            }
            if (gerund > trigger && teHead > gerund) {
                return true; // "accused Hamas of seizing aid trucks in Gaza on Friday": the time of the alleged act
            }
        }
        boolean deadline = te.text().toLowerCase(Locale.ROOT).startsWith("by ");
        int x = teHead;
        for (int depth = 0; depth < 5 && x != trigger; depth++) {
            Dependency up = g.parents(x).stream().filter(d -> d.governor() >= 0).findFirst().orElse(null);
            if (up == null) {
                return false;
            }
            String r = up.baseRelation();
            if (up.governor() == trigger && x != teHead) {
                if (r.equals("advcl") && !g.dependents(x, "nsubj").isEmpty() && g.dependents(x, "mark").stream()
                        .anyMatch(m -> OTHER_HAPPENING.contains(g.lower(m)))) {
                    return true;
                }
                return deadline && r.equals("ccomp") && !g.dependents(x, "nsubj").isEmpty();
            }
            x = up.governor();
        }
        return false;
    }

    private static EventDate eventDate(Graph g, int trigger, List<TimeExpression> times, LocalDate published) {
        TimeExpression best = null;
        int bestScore = Integer.MAX_VALUE;
        int head = Qualifiers.clauseHead(g, trigger);
        boolean pastVerb = g.token(trigger).tag().equals("VBD");
        boolean confirmed = Numbers.confirmedOutcome(g, trigger);
        int storyStart = datelineDateEnd(g, times);
        for (TimeExpression te : times) {
            if (te.value() == null || te.end() <= storyStart) {
                continue;
            }
            if (pastVerb && published != null && firstDay(new EventDate(te.value(), te.precision(), te.text()))
                    .isAfter(published)) {
                continue; // "approved sanctions including a ban from 2027": what happened cannot be dated later
            }
            int teHead = timeHead(g, te);
            if (teHead < 0) {
                continue;
            }
            int score;
            int clause = clauseOf(g, teHead);
            if (clause != trigger && clause != head && relativeClauseOfAnotherNoun(g, clause, trigger)) {
                continue; // "denied arming the rebels who captured Goma last week": the rebels' act, not the denied one
            }
            if (timeOfAnotherClause(g, trigger, teHead, te)) {
                continue;
            }
            if (g.dominates(trigger, teHead, 3) || clause == trigger || clause == head) {
                score = 0;
            } else if (clause >= 0 && g.dominates(clause, trigger, 6)) {
                score = 50;
            } else {
                continue;
            }
            String lower = te.text().toLowerCase(Locale.ROOT);
            if (lower.startsWith("since") || lower.startsWith("until") || lower.startsWith("by ")
                    || lower.startsWith("from") || lower.startsWith("before") || lower.startsWith("after")) {
                score += 30;
            }
            if (lower.endsWith("years") || lower.endsWith("year") || lower.endsWith("decades") || lower.endsWith("decade")) {
                score += 20; // "three years after ...": a reckoned year yields to a date the clause gives
            }
            if (parenthesised(g, te)) {
                score += 40; // "KABUL, Afghanistan (Feb. 27, 2011) ...": a dateline's date, not the event's
            }
            if (confirmed && published != null && (te.value().equals(published.toString())
                    || te.value().equals(published.minusDays(1).toString()))) {
                // "ISAF today confirmed the capture of X ... June 14", "confirmed yesterday the death of X ...
                // Wednesday": today or yesterday is the confirming's day, an earlier day the outcome's
                score += 20;
            }
            score += Math.abs(teHead - trigger) / 10;
            if (score < bestScore) {
                best = te;
                bestScore = score;
            }
        }
        if (best != null) {
            String shifted = dayApart(g, trigger, best);
            return new EventDate(shifted != null ? shifted : best.value(), best.precision(), best.text());
        }
        if (published != null) {
            return new EventDate(published.toString(), DatePrecision.INFERRED, null);
        }
        return new EventDate(null, DatePrecision.UNKNOWN, null);
    }

    private static boolean parenthesised(Graph g, TimeExpression te) {
        Token before = null;
        Token after = null;
        for (Token t : g.sentence.tokens()) {
            if (t.end() <= te.start()) {
                before = t;
            } else if (t.start() >= te.end() && after == null) {
                after = t;
            }
        }
        return before != null && after != null && (before.word().equals("(") || before.word().equals("-LRB-"))
                && (after.word().equals(")") || after.word().equals("-RRB-"));
    }

    /** The token of a time expression whose governor lies outside it. */
    private static int timeHead(Graph g, TimeExpression te) {
        for (Token tok : g.sentence.tokens()) {
            if (tok.start() < te.start() || tok.end() > te.end()) {
                continue;
            }
            for (Dependency d : g.parents(tok.index())) {
                if (d.governor() < 0) {
                    return tok.index();
                }
                Token gov = g.token(d.governor());
                if (gov.start() < te.start() || gov.end() > te.end()) {
                    return tok.index();
                }
            }
        }
        return -1;
    }

    /** The nearest verb (or root) above a token: the clause it belongs to. */
    /**
     * Whether a clause is a "who" relative clause on a noun other than the trigger ("the rebels who captured Goma
     * last week"): its time dates that person's or group's act. A relative clause on the trigger itself ("a bombing that killed 14 on
     * Friday") tells the trigger's own time.
     */
    private static boolean relativeClauseOfAnotherNoun(Graph g, int clause, int trigger) {
        for (Dependency d : g.parents(clause)) {
            if (d.governor() >= 0 && d.relation().equals("acl:relcl")) {
                // only "who": a "which" clause the parser may have hung on the wrong noun ("the war between the army
                // and the RSF, which began in April 2023" is the war's)
                List<Integer> pronouns = new ArrayList<>(g.dependents(d.governor(), "ref"));
                pronouns.addAll(g.dependents(clause, "nsubj", "nsubj:pass", "obj"));
                return d.governor() != trigger
                        && pronouns.stream().anyMatch(w -> g.lower(w).equals("who") || g.lower(w).equals("whom"));
            }
        }
        return false;
    }

    private static int clauseOf(Graph g, int token) {
        int current = token;
        for (int steps = 0; steps < 8; steps++) {
            List<Dependency> ps = g.parents(current);
            if (ps.isEmpty()) {
                return current;
            }
            Dependency d = ps.get(0);
            if (d.governor() < 0) {
                return current;
            }
            current = d.governor();
            if (g.token(current).isVerb() || !g.dependents(current, "cop").isEmpty()
                    || !g.dependents(current, "nsubj").isEmpty()) {
                return current;
            }
        }
        return current;
    }

    /** A past event well before the article is background; a future date makes an undecided event planned. */
    /** Words of a time expression that name a time still to come: "next week", "tomorrow", "in the coming days". */
    private static final java.util.regex.Pattern COMING = java.util.regex.Pattern.compile(
            "(?i)\\b(next|tomorrow|coming|upcoming|later this)\\b");

    /**
     * A time expression of the event's own clause (not of the reporting verb: "will support ..., the president said
     * on Tuesday") that names a time still to come ("next week", "tomorrow", "in the coming days", not "the next
     * day" of a narrative) or, with the article date given, a date after it ("on Monday" with "will", "from July 1").
     */
    private static boolean futureTimeInClause(Graph g, int trigger, List<TimeExpression> times, LocalDate published) {
        int head = Qualifiers.clauseHead(g, trigger);
        for (TimeExpression te : times) {
            if (te.value() == null) {
                continue;
            }
            int teHead = timeHead(g, te);
            if (teHead < 0) {
                continue;
            }
            int clause = clauseOf(g, teHead);
            if (!(g.dominates(trigger, teHead, 3) || clause == trigger || clause == head)) {
                continue;
            }
            if (DEADLINE.matcher(te.text()).find()) {
                continue; // "will pull its troops out by March": a deadline, not the act's time
            }
            boolean coming = COMING.matcher(te.text()).find() && !ANAPHORIC.matcher(te.text()).find();
            if (coming || published != null
                    && firstDay(new EventDate(te.value(), te.precision(), te.text())).isAfter(published)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile(
            "(?i)^(by|before|until|till|no later than)\\b");

    private static final java.util.regex.Pattern ANAPHORIC = java.util.regex.Pattern.compile(
            "(?i)\\bthe (next|following)\\b");

    /** The speaker is the event's own actor, or of its party: "Orban said he would travel", "Poland's minister said Poland would deploy". */
    private static boolean actorTellsOwnPlan(Qualifiers.Report report, Draft d) {
        if (report.speakerToken() >= 0 && d.actorTokens.contains(report.speakerToken())) {
            return true;
        }
        Set<String> actorParties = new java.util.HashSet<>();
        for (Participant p : d.actor) {
            String party = Qualifiers.party(p.code());
            if (party != null) {
                actorParties.add(party);
            }
        }
        return report.speakerToken() >= 0 && report.sourceParties().stream().anyMatch(actorParties::contains);
    }

    /**
     * An act told as the latest earlier time it happened: its verb has the adverb "last" ("the two sides last met in
     * May"), or it is in the when-clause of such a verb ("..., when they agreed to exchange prisoners"). Not "last
     * week" (an adjective of the time noun).
     */
    static boolean lastOccurrence(Graph g, int trigger) {
        int head = Qualifiers.clauseHead(g, trigger);
        if (hasLastAdverb(g, head)) {
            return true;
        }
        boolean when = g.children(head).stream().anyMatch(c -> (c.baseRelation().equals("advmod")
                || c.baseRelation().equals("mark")) && g.lower(c.dependent()).equals("when"));
        for (Dependency d : g.parents(head)) {
            if (!when || d.governor() < 0) {
                continue;
            }
            if (d.baseRelation().equals("advcl") && hasLastAdverb(g, d.governor())) {
                return true;
            }
            if (d.relation().equals("acl:relcl")) { // "... in July, when they agreed": the clause of the time
                for (Dependency up : g.parents(d.governor())) {
                    if (up.governor() >= 0 && up.baseRelation().equals("obl") && hasLastAdverb(g, up.governor())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasLastAdverb(Graph g, int verb) {
        return g.token(verb).isVerb() && g.children(verb).stream().anyMatch(c -> c.baseRelation().equals("advmod")
                && g.lower(c.dependent()).equals("last") && c.dependent() < verb);
    }

    /** Whether a resolved date (not one inferred from the article) ends before the article's day. */
    private static boolean endsBefore(EventDate date, LocalDate published) {
        return published != null && date.value() != null && date.precision() != DatePrecision.INFERRED
                && lastDay(date).isBefore(published);
    }

    private static Factuality temporalFactuality(Factuality f, EventDate date, LocalDate published) {
        if (published == null || date.value() == null || date.precision() == DatePrecision.INFERRED) {
            return f;
        }
        LocalDate start = firstDay(date);
        LocalDate end = lastDay(date);
        if (end.isBefore(published.minusDays(HISTORICAL_DAYS))) {
            return Factuality.HISTORICAL;
        }
        if (start.isAfter(published)) {
            return Factuality.PLANNED;
        }
        return f;
    }

    private static LocalDate firstDay(EventDate d) {
        String v = d.value();
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
            case 7 -> LocalDate.parse(v + "-01");
            default -> LocalDate.parse(v);
        };
    }

    private static LocalDate lastDay(EventDate d) {
        String v = d.value();
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v), 12, 31);
            case 7 -> java.time.YearMonth.parse(v).atEndOfMonth();
            default -> LocalDate.parse(v);
        };
    }

    private static Evidence evidence(String text, Graph g, int trigger) {
        Sentence s = g.sentence;
        Token t = g.token(trigger);
        int tStart = t.start();
        int tEnd = t.end();
        return new Evidence(text.substring(s.start(), s.end()), s.start(), s.end(), text.substring(tStart, tEnd),
                tStart, tEnd);
    }

    private static double confidence(Draft d, boolean verb, List<ActorMention> mentions) {
        double c = 0.45;
        if (verb) {
            c += 0.1;
        }
        if (!d.actor.isEmpty() && d.actor.stream().allMatch(DependencyEventCoder::unlisted)) {
            c -= 0.05; // only parties nobody could place: the least sure reading of its sentence
        } else if (!d.actor.isEmpty()) {
            c += 0.15;
            if (d.actor.stream().allMatch(p -> p.code().length() >= 3 && !isSectorOnly(p.code()) && !unlisted(p))) {
                c += 0.1;
            }
        }
        if (d.recipient.stream().anyMatch(p -> !unlisted(p))) {
            c += 0.1; // a party no dictionary holds tells less than one the reader can place
        }
        if (d.date.precision() != DatePrecision.INFERRED && d.date.precision() != DatePrecision.UNKNOWN) {
            c += 0.05;
        }
        if (d.pattern.words().size() > 1) {
            c += 0.05;
        }
        return Math.min(0.99, Math.round(c * 100) / 100.0);
    }

    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED",
            "BUS", "EDU", "REL", "HLH", "LAB", "REF", "ELI", "SPY", "PTY", "CRM", "INS", "NGO", "IGO", "AGR", "UAF");

    private static boolean isSectorOnly(String code) {
        return code.length() == 3 && SECTORS.contains(code);
    }

    /** A person named in the text ("President Laurent Gbagbo", or "he" for him), whose code may lack a country. */
    private static boolean isNamedPerson(Participant p, List<ActorMention> mentions) {
        return mentions.stream().anyMatch(m -> m.start() == p.start() && m.actors().stream()
                .anyMatch(a -> a.kind() == Actor.ActorKind.PERSON && a.name().equals(p.name())));
    }

    /** A party no dictionary holds, named by a proper name ({@link #unlistedParty}). */
    private static boolean unlisted(Participant p) {
        return UNLISTED.equals(p.code());
    }

    private static boolean isSectorOnly(Participant p) {
        return isSectorOnly(p.code());
    }

    /**
     * A body the resolver named from its words alone ("Thames Valley Police"), whose country came from its name, the
     * sentence or the article.
     */
    private static boolean isNamedBody(ActorMention m) {
        return m.actors().size() == 1 && m.actors().get(0).kind() == Actor.ActorKind.ORGANISATION
                && m.actors().get(0).wikidata() == null
                && (m.via().equals("named-body") || CONTEXT_COUNTRY.contains(m.via()));
    }

    // ---- joining --------------------------------------------------------------------------------------------

    /** "Russia fired missiles, killing nine": attack triggers linked by an edge are one event. */
    private static void mergeJoinedAssaults(Graph g, List<Draft> drafts) {
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < drafts.size(); i++) {
                for (int j = i + 1; j < drafts.size(); j++) {
                    Draft a = drafts.get(i);
                    Draft b = drafts.get(j);
                    boolean joined = linked(g, a.trigger, b.trigger) || linked(g, a.head, b.trigger)
                            || linked(g, a.trigger, b.head) || linked(g, a.head, b.head) || compatible(a, b);
                    if (a.type != PloverType.ASSAULT || b.type != PloverType.ASSAULT || !joined) {
                        continue;
                    }
                    Draft keep = a.actor.isEmpty() && !b.actor.isEmpty() ? b : a;
                    Draft drop = keep == a ? b : a;
                    absorb(keep, drop);
                    drafts.remove(drop);
                    merged = true;
                    break search;
                }
            }
        }
    }

    /**
     * Two attacks told in one sentence by parties that do not contradict each other ("a Russian drone attack on
     * Kharkiv killed four people"): one side's actors are empty or the same countries, and so are the recipients.
     */
    private static boolean compatible(Draft a, Draft b) {
        return sameCountriesOrEmpty(a.actor, b.actor) && sameCountriesOrEmpty(a.recipient, b.recipient)
                && a.factuality == b.factuality;
    }

    private static boolean sameCountriesOrEmpty(List<Participant> x, List<Participant> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        Set<String> cx = new java.util.TreeSet<>();
        x.forEach(p -> cx.add(p.country()));
        Set<String> cy = new java.util.TreeSet<>();
        y.forEach(p -> cy.add(p.country()));
        return cx.containsAll(cy) || cy.containsAll(cx);
    }

    private static void absorb(Draft keep, Draft drop) {
        for (Participant p : drop.actor) {
            if (keep.actor.stream().noneMatch(x -> x.code().equals(p.code()))) {
                keep.actor.add(p);
            }
        }
        if (keep.recipient.isEmpty()) {
            for (Participant p : drop.recipient) {
                if (keep.actor.stream().noneMatch(x -> x.code().equals(p.code()))) {
                    keep.recipient.add(p);
                }
            }
        }
        if (keep.location == null) {
            keep.location = drop.location;
        }
        for (Quantity q : drop.quantities) {
            if (!keep.quantities.contains(q)) {
                keep.quantities.add(q);
            }
        }
    }

    private static boolean linked(Graph g, int x, int y) {
        for (Dependency d : g.children(x)) {
            if (d.dependent() == y) {
                return true;
            }
        }
        for (Dependency d : g.children(y)) {
            if (d.dependent() == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a tagged sentence may tell an accusation with no pattern word ("said the crash was Iran's doing", "said
     * the militia was behind the attack", "said Hamas was responsible for ..."): a verb of saying with a word of
     * {@link #culprit}. Such a sentence needs a parse.
     */
    public static boolean mayTellCulprit(List<String> words, List<String> lemmas) {
        boolean saying = false;
        boolean deed = false;
        for (int i = 0; i < lemmas.size(); i++) {
            String l = lemmas.get(i).toLowerCase(Locale.ROOT);
            String w = words.get(i).toLowerCase(Locale.ROOT);
            saying |= Qualifiers.SPEECH.contains(l);
            deed |= DEEDS.contains(w) || w.equals("behind") || w.equals("responsible");
        }
        return saying && deed;
    }

    /**
     * Whether a tagged sentence may tell a death or a wound of its own ("The man died at the hospital.", "He was
     * pronounced dead.", "was treated for gunshot wounds", "is in critical condition"): such a sentence holds no trigger, yet needs a parse for
     * {@link #laterDeaths} and {@link #laterInjuries}.
     */
    public static boolean mayTellDeath(List<String> words, List<String> lemmas) {
        for (int i = 0; i < lemmas.size(); i++) {
            String l = lemmas.get(i).toLowerCase(Locale.ROOT);
            if (l.equals("die") || l.equals("succumb") || l.equals("perish")
                    || words.get(i).equalsIgnoreCase("dead") || l.startsWith("gunshot") || l.equals("condition")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deaths told in a sentence of their own ("The man was taken to a hospital, where he died.") belong to the attack
     * the story told before them, else to the first one after (a headline's "Man dies after shooting" before the
     * story): those it wounded died, so they count as killed, not as wounded too. An attack that already counts its
     * dead takes no more.
     */
    private static void laterDeaths(List<Draft> drafts, List<Map.Entry<Integer, Count>> deaths) {
        for (Map.Entry<Integer, Count> death : deaths) {
            Draft target = null;
            for (Draft d : drafts) {
                if (d.type != PloverType.ASSAULT || !d.factuality.happened()) {
                    continue;
                }
                if (d.evidence.start() < death.getKey()) {
                    target = d;
                } else if (target == null) {
                    target = d;
                    break;
                }
            }
            if (target == null || target.casualties.killed() != null) {
                continue;
            }
            Count died = death.getValue();
            Count hurt = target.casualties.injured();
            Draft chosen = target;
            if (hurt == null && drafts.stream().anyMatch(d -> d != chosen && d.type == PloverType.ASSAULT
                    && d.factuality.happened() && d.casualties.killed() != null
                    && d.evidence.start() < death.getKey())) {
                continue; // a death the story has counted already, told again ("he shot her ... she died")
            }
            if (died.min() == null) {
                if (hurt == null) {
                    continue; // "they died": those it wounded, when it counted any
                }
                died = hurt;
            }
            Count left = null;
            if (hurt != null && hurt.min() != null && died.min() != null && hurt.min() > died.min()) {
                long rest = hurt.min() - died.min();
                left = new Count(rest, hurt.max() == null ? null : Math.max(rest, hurt.max() - died.min()), hurt.text());
            }
            Casualties c = target.casualties;
            target.casualties = new Casualties(died, left, c.arrested(), c.missing());
        }
    }

    /**
     * People told wounded in a sentence of their own ("A third man was treated for gunshot wounds.") after an attack
     * that counted its dead but no wounded: they are its wounded ("His brother remains in critical condition." too).
     * Once the story has counted wounded, the sentence tells one of them again; someone the attack counts as killed
     * is not wounded too.
     */
    private static void laterInjuries(List<Draft> drafts, List<Map.Entry<Integer, Count>> injuries) {
        Set<Draft> added = new java.util.HashSet<>();
        for (Map.Entry<Integer, Count> injury : injuries) {
            Draft target = null;
            for (Draft d : drafts) {
                if (d.type == PloverType.ASSAULT && d.factuality.happened() && d.evidence.start() < injury.getKey()) {
                    target = d;
                }
            }
            Count hurt = injury.getValue();
            if (target == null || drafts.stream().anyMatch(d -> d.type == PloverType.ASSAULT && d.factuality.happened()
                    && d.evidence.start() < injury.getKey() && d.casualties.injured() != null && !added.contains(d))) {
                continue; // the story has counted its wounded: this is one of them, told again
            }
            Count dead = target.casualties.killed();
            boolean pronoun = Set.of("he", "she").contains(hurt.text().toLowerCase(Locale.ROOT));
            if (dead == null && target.casualties.injured() == null || pronoun && dead != null
                    || dead != null && dead.text() != null && dead.text().contains(hurt.text())) {
                continue; // no one counted yet to tell apart from; "he" may be the dead man
            }
            Count before = target.casualties.injured();
            Count now = before == null ? hurt : new Count(before.min() + hurt.min(),
                    before.max() == null || hurt.max() == null ? null : before.max() + hurt.max(),
                    before.text() + " and " + hurt.text());
            Casualties c = target.casualties;
            target.casualties = new Casualties(c.killed(), now, c.arrested(), c.missing());
            added.add(target);
        }
    }

    /**
     * "Masked protesters threw stones and flares at police. Two officers were slightly injured.": people told hurt,
     * with no one named as hurting them, in the sentence after a violent act (an attack or a riot) on their side,
     * are that act's wounded, not an attack of their own by nobody.
     */
    private static void injuriesOfTheViolence(List<Draft> drafts) {
        for (java.util.Iterator<Draft> it = drafts.iterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (d.type != PloverType.ASSAULT || !d.actor.isEmpty() || !d.factuality.happened()
                    || d.casualties.injured() == null || d.casualties.killed() != null || d.recipient.isEmpty()
                    || !Numbers.INJURE.contains(d.sentence.token(d.trigger).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Draft act = null;
            for (Draft e : drafts) {
                int gap = d.sentence.index() - e.sentence.index();
                if (e != d && gap == 1 && violent(e) && e.factuality.happened() && !e.actor.isEmpty()
                        && e.casualties.injured() == null && d.recipient.stream().allMatch(r -> e.recipient.stream()
                        .anyMatch(x -> x.code().endsWith(r.code()) || r.code().endsWith(x.code())
                        || ISO3.contains(x.country()) && x.country().equals(r.country())))) {
                    act = e;
                }
            }
            if (act != null) {
                Casualties c = act.casualties;
                act.casualties = new Casualties(c.killed(), d.casualties.injured(), c.arrested(), c.missing());
                it.remove();
            }
        }
    }

    /**
     * People a story counts as killed and, in the same words, as shot ("confessed to killing his sister ... said he
     * accidentally shot his sister"): one person, who died, so killed only.
     */
    private static void woundedWhoDied(List<Draft> drafts) {
        Set<String> dead = new java.util.HashSet<>();
        for (Draft d : drafts) {
            Count k = d.casualties.killed();
            if (d.type == PloverType.ASSAULT && d.factuality.happened() && k != null && k.text() != null) {
                dead.add(k.min() + "|" + k.text().strip().toLowerCase(Locale.ROOT));
            }
        }
        for (Draft d : drafts) {
            Count i = d.casualties.injured();
            if (d.type == PloverType.ASSAULT && i != null && i.text() != null
                    && dead.contains(i.min() + "|" + i.text().strip().toLowerCase(Locale.ROOT))) {
                Casualties c = d.casualties;
                d.casualties = new Casualties(c.killed(), null, c.arrested(), c.missing());
            }
        }
    }

    /** "the shooting happened ...", "the attack occurred ...": a sentence that tells when the story's attack was. */
    private static final java.util.regex.Pattern ATTACK_HAPPENED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|that|this) (?:\\w+ )?(?:shooting|stabbing|attack|killing|slaying|murder|incident)s? "
                    + "(?:happened|occurred|took place|unfolded)\\b");

    /**
     * A headline or lead tells a shooting with no day ("Man kills daughter, self"; "a woman shot her son and then
     * herself") and the story then tells its day: in a sentence saying when it happened ("the shooting happened at a
     * residence on Sunday night") or in the first attack it tells with a day. The lead's attack takes that day when it
     * is in the week before publication (an older day is background, not the lead's; the day of publication is
     * the one it has).
     */
    private static void leadsDatedByTheirStory(List<Draft> drafts, java.util.TreeMap<Integer, EventDate> attackDays) {
        for (Draft d : drafts) {
            if (d.type != PloverType.ASSAULT && MATERIAL.contains(d.type)
                    && d.date.precision() != DatePrecision.INFERRED) {
                return; // the story's first dated act is another kind of event: a follow-up, not the attack's lead
            }
            if (d.type != PloverType.ASSAULT) {
                continue;
            }
            if (d.date.precision() != DatePrecision.INFERRED) {
                return; // the story's attacks are dated from here on
            }
            if (!d.factuality.happened() || d.date.value() == null) {
                continue;
            }
            EventDate day = null;
            int at = Integer.MAX_VALUE;
            for (Draft later : drafts) {
                if (later.evidence.start() > d.evidence.start() && later.type == PloverType.ASSAULT
                        && later.factuality.happened() && later.date.precision() == DatePrecision.DAY) {
                    day = later.date;
                    at = later.evidence.start();
                    break;
                }
            }
            Map.Entry<Integer, EventDate> happened = attackDays.higherEntry(d.evidence.start());
            if (happened != null && happened.getKey() < at) {
                day = happened.getValue();
                at = happened.getKey();
            }

            if (day == null || day.value() == null || day.value().length() != 10) {
                continue;
            }
            LocalDate published = LocalDate.parse(d.date.value());
            LocalDate when = LocalDate.parse(day.value());
            if (when.isBefore(published) && !when.isBefore(published.minusDays(7))) {
                d.date = day; // a day before publication: the day of publication is what the lead has already
            }
        }
    }

    /** Casualties go to the event whose trigger governs the casualty words, else to the sentence's only attack. */
    private static void attachCasualties(Graph g, List<Draft> drafts, Numbers.Found found) {
        if (found.casualties().isEmpty() || drafts.isEmpty()) {
            return;
        }
        Draft target = null;
        for (Draft d : drafts) {
            for (int anchor : found.anchors()) {
                if (d.trigger == anchor || g.dominates(d.trigger, anchor, 4)) {
                    target = d;
                }
            }
        }
        if (target == null) {
            List<Draft> violent = drafts.stream().filter(d -> d.type == PloverType.ASSAULT || d.type == PloverType.COERCE)
                    .toList();
            if (violent.size() == 1) {
                target = violent.get(0);
            }
        }
        if (target != null) {
            target.casualties = target.casualties.orElse(found.casualties());
            if (target.type == PloverType.COERCE) {
                target.casualties = new Casualties(null, null, target.casualties.arrested(), null)
                        .orElse(target.casualties);
                // "killed two insurgents and detained three": the dead belong to the killing
                Casualties c = target.casualties;
                Draft arrest = target;
                Draft killing = drafts.stream().filter(d -> d != arrest && d.type == PloverType.ASSAULT
                        && found.anchors().contains(d.trigger) && d.casualties.killed() == null).findFirst().orElse(null);
                if (killing != null && c.killed() != null && found.casualties().killed() == c.killed()) {
                    killing.casualties = new Casualties(c.killed(), c.injured(), null, null).orElse(killing.casualties);
                    target.casualties = new Casualties(null, null, c.arrested(), c.missing());
                }
            }
        }
    }

    // ---- ids and in-article merging --------------------------------------------------------------------------

    /** Material events, whose story a following sentence continues ("The force detained ... yesterday. It seized ..."). */
    /**
     * Acts of asking, threatening and blaming, whose content clause tells of another's act or a later one. A refusal
     * is not here: one refuses to meet mediators where they came ("refused to meet the mediators in Bamako").
     */
    private static final Set<PloverType> SPEECH_ACTS = java.util.EnumSet.of(PloverType.REQUEST, PloverType.THREATEN,
            PloverType.ACCUSE);

    private static final Set<PloverType> MATERIAL = java.util.EnumSet.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.MOBILIZE,
            PloverType.AID, PloverType.RETREAT, PloverType.SANCTION, PloverType.COOPERATE);

    /**
     * A material event that happened, with no time expression of its own, after a dated material event continues
     * that event's story and takes its date ("...during an operation yesterday. Two suspects were detained."), however
     * far down the story retells it; one that did not happen only in that paragraph or the next. Other undated
     * events keep the publication date.
     */
    private static void continueDates(List<Draft> drafts, Article article,
                                      java.util.TreeMap<Integer, EventDate> storyDates) {
        Draft lastDated = null;
        for (Draft d : drafts) {
            boolean inferred = d.date.precision() == DatePrecision.INFERRED;
            if (!MATERIAL.contains(d.type)) {
                continue;
            }
            if (!inferred && d.date.value() != null) {
                lastDated = d;
                continue;
            }
            if (!inferred) {
                continue;
            }
            int paragraph = paragraphOf(article, d.evidence.start());
            // what happened continues the story however far down it is told (a release's closing paragraphs
            // retell its lead); what may happen only in the paragraphs next to the dated one
            int reach = d.factuality.happened() ? Integer.MAX_VALUE : 1;
            Map.Entry<Integer, EventDate> told = storyDates.floorEntry(d.evidence.start());
            int toldAt = told == null ? -1 : told.getKey();
            // what is yet to happen ("could cut off", "plans to", "is expected to") takes no day already past
            boolean ahead = d.factuality == Factuality.PLANNED || d.factuality == Factuality.EXPECTED
                    || d.factuality == Factuality.HYPOTHETICAL;
            if (lastDated != null && lastDated.evidence.start() >= toldAt
                    && paragraph - paragraphOf(article, lastDated.evidence.start()) <= reach) {
                if (!(ahead && endsBefore(lastDated.date, article.published()))) {
                    d.date = lastDated.date;
                }
            } else if (told != null && paragraph - paragraphOf(article, toldAt) <= reach
                    && !(ahead && endsBefore(told.getValue(), article.published()))) {
                d.date = told.getValue(); // "...an operation in Marjeh district yesterday." then "Two were detained."
            }
        }
    }

    /**
     * A material event with no place of its own (or only the dateline's) after a place the story is set in
     * happened there: "In Marjeh district, Helmand province, a patrol ... The force detained two suspects." A place
     * after the event does not count; what did not happen takes it only in that paragraph or the next.
     */
    /** Event nouns that name, with a definite article, a hostile act told earlier ("condemned the attack"). */
    private static final Set<String> ACT_NOUNS = Set.of("attack", "attacks", "incursion", "incursions", "strike",
            "strikes", "raid", "raids", "assault", "bombing", "bombings", "shelling", "drill", "drills", "exercise",
            "exercises", "launch", "launches", "test", "tests", "operation", "offensive", "invasion", "seizure",
            "arrest", "arrests", "detention", "expulsion", "violation", "violations", "provocation", "move");

    /**
     * "Rutte called the incursion reckless": a reaction whose object is a definite act noun and names no party
     * takes as recipients the actors of the earlier event of the article that the noun refers to: the latest one
     * whose trigger is the same word, else the latest hostile event ("the attack", "the incursion"). "The
     * violence" is the latest violent act (an attack, a riot) of a party other than the reacting one and the state
     * it belongs to.
     */
    /** The verb a speaker says with, or -1 when there is none or it is negated ("did not say"). */
    private static int affirmedSpeech(Graph g, int speaker) {
        int speech = -1;
        for (Dependency dep : g.parents(speaker)) {
            speech = dep.governor();
        }
        return speech < 0 || g.hasDependent(speech, "advmod", "not", "n't", "never") ? -1 : speech;
    }

    /** Words that tell sanctions as more of those told before: "further sanctions", "more sanctions". */
    private static final Set<String> MORE_OF = Set.of("further", "more", "additional", "new", "fresh", "tougher");

    /**
     * "The United States imposed sanctions on Russia's two largest oil companies ... Bessent warned that Washington
     * was prepared to impose further sanctions": sanctions, threatened or imposed, told as more of those told
     * before and naming no target, are against the country of the target of the same country's earlier sanctions
     * in the article.
     */
    private static void furtherSanctions(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.recipient.isEmpty() || d.actor.isEmpty() || d.type != PloverType.THREATEN
                    && !(d.cameo != null && d.cameo.startsWith("16"))) {
                continue;
            }
            Graph g = new Graph(d.sentence);
            List<Integer> nouns = new ArrayList<>(g.dependents(d.trigger, "obj"));
            nouns.add(d.trigger);
            boolean more = nouns.stream().anyMatch(n -> g.lemma(n).equalsIgnoreCase("sanction")
                    && g.dependents(n, "amod").stream().anyMatch(a -> MORE_OF.contains(g.lower(a))));
            if (!more) {
                continue;
            }
            Set<String> side = countries(d.actor);
            for (int j = i - 1; j >= 0; j--) {
                Draft earlier = drafts.get(j);
                if (earlier.sentence.index() < d.sentence.index() && earlier.cameo != null
                        && earlier.cameo.startsWith("16") && !earlier.recipient.isEmpty()
                        && !Collections.disjoint(side, countries(earlier.actor))) {
                    // more sanctions are against the country, whichever of its firms or bodies the first hit
                    d.recipient = oneEachCode(earlier.recipient.stream().map(r -> ISO3.contains(r.country())
                            ? new Participant(r.text(), r.country(), r.country(), null, r.start(), r.end()) : r)
                            .toList());
                    break;
                }
            }
        }
    }

    private static void recipientsFromEarlierEvents(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.recipient.isEmpty() || d.actor.isEmpty() || !d.pattern.recipientRoles().contains("obj")
                    || !REACTIONS.contains(d.type)) {
                continue;
            }
            Graph g = new Graph(d.sentence);
            int object = -1;
            List<Integer> objects = new ArrayList<>(g.dependents(d.trigger, "obj"));
            for (int x : g.dependents(d.trigger, "xcomp")) {
                objects.addAll(g.dependents(x, "nsubj")); // "called the launch provocative" as a small clause
            }
            for (int o : objects) {
                if ((ACT_NOUNS.contains(g.lower(o)) || VIOLENCE_NOUNS.contains(g.lower(o)))
                        && g.hasDependent(o, "det", "the", "this", "these", "that")) {
                    object = o;
                }
            }
            if (object < 0) {
                continue;
            }
            String noun = g.lemma(object);
            boolean violence = VIOLENCE_NOUNS.contains(g.lower(object));
            Draft referent = null;
            for (int j = i - 1; j >= 0; j--) {
                Draft earlier = drafts.get(j);
                if (earlier.sentence.index() >= d.sentence.index() || earlier.actor.isEmpty()) {
                    continue;
                }
                if (violence) {
                    // "the violence": the latest violent act (an attack, a riot) of a party other than the
                    // reacting one and the state it belongs to: a minister condemns the rioters, not the police
                    if (violent(earlier) && earlier.actor.stream().anyMatch(a -> !isSectorOnly(a)
                            && d.actor.stream().noneMatch(b -> sameSide(a, b)))) {
                        d.recipient = new ArrayList<>(earlier.actor.stream().filter(a -> !isSectorOnly(a))
                                .filter(a -> d.actor.stream().noneMatch(b -> sameSide(a, b))).toList());
                        break;
                    }
                    continue;
                }
                if (referent == null && HOSTILE.contains(earlier.type)) {
                    referent = earlier; // the latest hostile act, unless an act told with the same word comes first
                }
                if (earlier.sentence.token(earlier.trigger).lemma().toLowerCase(Locale.ROOT).equals(noun)) {
                    // "condemned the drills": the drills told earlier, though a hostile act of another word
                    // ("announced sanctions") came between
                    referent = earlier;
                    break;
                }
            }
            if (referent != null) {
                // named parties only: a bare sector ("MIL") says nothing about whose act it was; a state's forces
                // or government judged for the act are the state ("condemned the drills" of China's military: CHN)
                List<Participant> others = referent.actor.stream().filter(a -> !isSectorOnly(a))
                        .filter(a -> d.actor.stream().noneMatch(b -> sameParty(a, b))).map(a -> ofTheState(a))
                        .toList();
                if (!others.isEmpty()) {
                    d.recipient = oneEachCode(others);
                }
            }
        }
    }

    /**
     * A country in the possessive or as an adjective before a noun of the actor, of that actor's country ("Brazil's
     * bankworkers", "Chilean copper miners").
     */
    private static boolean possessorOfAnActor(Graph g, Participant r, List<Participant> actors) {
        if (r.code().length() != 3) {
            return false;
        }
        for (Participant x : actors) {
            if (!r.code().equals(x.country()) || x.code().length() <= 3) {
                continue;
            }
            for (org.sitrep.model.Token t : g.sentence.tokens()) {
                if (t.start() < x.start() || t.end() > x.end()) {
                    continue;
                }
                for (Dependency d : g.children(t.index())) {
                    if ((d.relation().equals("nmod:poss") || d.relation().equals("amod"))
                            && g.token(d.dependent()).start() >= r.start() && g.token(d.dependent()).end() <= r.end()) {
                        return true; // "Brazil's bankworkers", "Chilean copper miners"
                    }
                }
            }
        }
        return false;
    }

    /** The first participant of each code, in order. */
    private static List<Participant> oneEachCode(List<Participant> ps) {
        Map<String, Participant> byCode = new LinkedHashMap<>();
        ps.forEach(p -> byCode.putIfAbsent(p.code(), p));
        return new ArrayList<>(byCode.values());
    }

    /** A state's government, forces, courts or legislature as the state itself; any other party as it is. */
    private static Participant ofTheState(Participant a) {
        String code = a.code();
        if (code.length() != 6 || !ISO3.contains(code.substring(0, 3)) || !STATE_SECTORS.contains(code.substring(3))) {
            return a;
        }
        return new Participant(a.text(), code.substring(0, 3), a.name(), a.wikidata(), a.start(), a.end());
    }

    /** Nouns that name, with a definite article, the violence told earlier ("condemned the violence"). */
    private static final Set<String> VIOLENCE_NOUNS = Set.of("violence", "riot", "riots", "rioting", "unrest");

    /** Violent acts: attacks and violent protest (riots, CAMEO 145). */
    private static boolean violent(Draft d) {
        return d.type == PloverType.ASSAULT || d.type == PloverType.PROTEST && d.cameo.startsWith("145");
    }

    /** The sectors of a state: its government, forces, courts and legislature. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /**
     * Whether two participants are one side: the same party, or a state's government and its forces, courts and
     * legislature (an interior minister and the police).
     */
    private static boolean sameSide(Participant a, Participant b) {
        if (sameParty(a, b)) {
            return true;
        }
        String sa = a.code().length() >= 6 ? a.code().substring(3, 6) : "";
        String sb = b.code().length() >= 6 ? b.code().substring(3, 6) : "";
        return a.country() != null && a.country().equals(b.country()) && STATE_SECTORS.contains(sa)
                && STATE_SECTORS.contains(sb);
    }

    /** Events that react to another's act. */
    private static final Set<PloverType> REACTIONS = java.util.EnumSet.of(PloverType.ACCUSE, PloverType.REJECT,
            PloverType.SUPPORT, PloverType.PROTEST, PloverType.THREATEN, PloverType.SANCTION);

    /** ISO 3166 alpha-3 codes: the parties' prefixes that are countries. */
    private static final Set<String> ISO3 = Set.of(java.util.Locale.getISOCountries(
            java.util.Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new));

    /**
     * Whether a place lies in neither side's country of an event whose attacker and target are all of known
     * countries (an organisation or a group of no country leaves it open: peacekeepers are attacked abroad).
     */
    static boolean placeOfNeitherSide(Draft d, Location place) {
        if (place == null || place.country() == null || d.actor.isEmpty() || d.recipient.isEmpty()) {
            return false;
        }
        Set<String> sides = new java.util.HashSet<>();
        for (List<Participant> side : List.of(d.actor, d.recipient)) {
            for (Participant x : side) {
                if (x.code() == null || x.code().length() < 3 || !ISO3.contains(x.country())) {
                    return false;
                }
                sides.add(x.country());
            }
        }
        return !sides.contains(place.country());
    }

    /** Acts a definite act noun can refer back to. */
    private static final Set<PloverType> HOSTILE = java.util.EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.THREATEN);

    /**
     * Where an event is told to have happened, for telling events apart: not the dateline, and not a setting carried
     * from an earlier sentence ("are being held in Puerto Princesa. ... had been detained" is no other place).
     */
    private static Location toldPlace(Draft d) {
        return d.carriedPlace ? null : Locations.textual(d.location);
    }

    /**
     * An event with a time of its own coarser than a day ("Earlier this month, Israel's navy intercepted ...", "in
     * 2022"): told apart from the story's day, so no setting of the story's sentences is its place.
     */
    private static boolean toldAtAnotherTime(Draft d) {
        return d.date != null && d.date.text() != null && d.date.value() != null
                && (d.date.precision() == DatePrecision.MONTH || d.date.precision() == DatePrecision.YEAR);
    }

    private static void continuePlaces(List<Draft> drafts, Article article,
                                       java.util.TreeMap<Integer, Location> storyPlaces) {
        for (Draft d : drafts) {
            boolean placeless = d.location == null || "dateline".equals(d.location.text());
            if (!placeless || !MATERIAL.contains(d.type) && d.type != PloverType.PROTEST
                    || d.cameo != null && d.cameo.startsWith("16") || toldAtAnotherTime(d)) {
                continue; // sanctions and embargoes (CAMEO 16x) are decisions taken where their makers sit, not
                // acts at the story's setting ("The EU approved its 19th package of sanctions" after a sentence at
                // the White House)
            }
            Map.Entry<Integer, Location> set = storyPlaces.floorEntry(d.evidence.start());
            int reach = d.factuality.happened() ? Integer.MAX_VALUE : 1; // as for dates (continueDates)
            if (set != null && paragraphOf(article, d.evidence.start()) - paragraphOf(article, set.getKey()) <= reach
                    && !(d.type == PloverType.ASSAULT && placeOfNeitherSide(d, set.getValue()))) {
                // an attack keeps no setting of another story in a third country: "telling reporters at the White
                // House" is not where Israel struck Iran two paragraphs later
                d.location = set.getValue();
                d.carriedPlace = true;
            }
        }
    }

    /**
     * Where the story starts in a sentence that runs on from a release's header through its dateline ("... Update
     * June 18, 2011 ... KABUL, Afghanistan (June 18, 2011) - Forces detained ..."): the end of the dateline's
     * parenthesised date, or -1. The header's dates before it are the release's, not an event's.
     */
    private static int datelineDateEnd(Graph g, List<TimeExpression> times) {
        for (TimeExpression te : times) {
            if (parenthesised(g, te)) {
                return te.end();
            }
        }
        return -1;
    }

    /** The day a sentence tells of: its first past, day-precise time expression outside parentheses. */
    private static Optional<EventDate> storyDate(Graph g, List<TimeExpression> times, LocalDate published) {
        int storyStart = datelineDateEnd(g, times);
        for (TimeExpression te : times) {
            if (te.value() != null && te.precision() == DatePrecision.DAY && !parenthesised(g, te)
                    && te.end() > storyStart
                    && (published == null || te.value().compareTo(published.toString()) <= 0)) {
                return Optional.of(new EventDate(te.value(), te.precision(), te.text()));
            }
        }
        return Optional.empty();
    }

    private static int paragraphOf(Article article, int offset) {
        List<org.sitrep.model.TextSpan> ps = article.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (offset < ps.get(i).end()) {
                return i;
            }
        }
        return ps.size();
    }

    /**
     * A later mention that says less of the same happening: same type, day and factuality class, participants
     * that are a subset of the first's (a passive with no agent names no actor), and no conflicting place or count.
     */
    private static boolean restates(Draft first, Draft later) {
        if (first.type == later.type && !MATERIAL.contains(first.type) && datesLater(first, later)) {
            // "Israel accused Hamas of violating the ceasefire ... Israel also accused Hamas on Tuesday of ...":
            // a statement told with no time of its own, retold by the same parties with its day
            return first.factuality == later.factuality && !first.actor.isEmpty()
                    && codes(first.actor).equals(codes(later.actor))
                    && codes(first.recipient).equals(codes(later.recipient));
        }
        if (first.type != later.type
                || !Objects.equals(first.date.value(), later.date.value()) && !datesLater(first, later)
                || first.factuality.happened() != later.factuality.happened()
                || !MATERIAL.contains(first.type)) {
            return false;
        }
        if (retells(first, later) || details(first, later)) {
            return true;
        }
        if (addsPeople(later)) {
            return false; // "arrested a Taliban leader ... The force also detained one suspected insurgent"
        }
        boolean sameToll = sameCount(first.casualties.killed(), later.casualties.killed())
                || sameCount(first.casualties.arrested(), later.casualties.arrested());
        boolean actorsFit = codes(first.actor).containsAll(codes(later.actor))
                // "Afghan and coalition forces killed numerous insurgents" told twice with other words for the
                // forces ("the security force detained two suspects"): the same toll or the same number of
                // detainees on the same day by the same country's side
                || sameToll && !Collections.disjoint(countries(first.actor), countries(later.actor));
        if (!actorsFit || !codes(first.recipient).containsAll(codes(later.recipient))) {
            return false;
        }
        if (later.actor.isEmpty() && later.recipient.isEmpty() || others(later.casualties.killed())
                || others(later.casualties.arrested())) {
            return false;
        }
        Location a = toldPlace(first);
        Location b = toldPlace(later);
        if (a != null && b != null && !Objects.equals(a.name(), b.name()) && !Locations.within(a, b) && !Locations.within(b, a)) {
            return false;
        }
        return compatible(first.casualties.killed(), later.casualties.killed())
                && compatible(first.casualties.arrested(), later.casualties.arrested())
                && (first.casualties.killed() != null || first.casualties.arrested() != null
                ? true : later.casualties.isEmpty());
    }

    /** A noun phrase that refers back to people already told of: "the two suspects", "both men", "his associates". */
    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile(
            "(?i)^(?:the|these|those|both|his|her|their)\\b");

    private static boolean definite(org.sitrep.model.Count c) {
        return c != null && DEFINITE.matcher(c.text()).find() && !others(c);
    }

    /** A bare number ("returned fire, killing two"): the noun left out is one told before. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve");

    /**
     * Whether {@code later} counts people already counted in {@code first}: a definite noun phrase ("the two
     * suspects"), a bare number, or words the first count already had ("Fayez Jan" after "the Taliban commander Fayez
     * Jan and one additional insurgent").
     */
    private static boolean refersBack(org.sitrep.model.Count first, org.sitrep.model.Count later) {
        if (first == null || later == null) {
            return false;
        }
        // "the leader, the facilitator and several additional individuals" after as many people were counted
        if (DEFINITE.matcher(later.text()).find() && sameCount(first, later)) {
            return true;
        }
        if (others(later)) {
            return false;
        }
        String a = first.text().toLowerCase(Locale.ROOT);
        String b = later.text().toLowerCase(Locale.ROOT);
        return definite(later) || BARE_NUMBER.matcher(b).matches() || subset(first, later)
                || !a.equals(b) && a.contains(b) && Character.isUpperCase(later.text().charAt(0));
    }

    /** A part of a group told before: "five of the insurgents", "two of those detained". */
    private static final java.util.regex.Pattern PARTITIVE = java.util.regex.Pattern.compile(
            "(?i)^\\S+ of (?:the|these|those)\\b");

    private static boolean subset(org.sitrep.model.Count first, org.sitrep.model.Count later) {
        return PARTITIVE.matcher(later.text()).find() && first.min() != null && later.min() != null
                && later.min() <= first.min();
    }

    /**
     * A later sentence that counts the same people with a definite noun phrase, on the same day and in the same
     * province, retells the happening: "Forces detained a Taliban leader in Surkh Rod district yesterday." then
     * "The leader and two suspected insurgents were detained after questioning." The larger count stands for both.
     */
    private static boolean retells(Draft first, Draft later) {
        if (addsPeople(later)) {
            return false; // "The police also detained two of his guards": others, however they are named
        }
        boolean killed = refersBack(first.casualties.killed(), later.casualties.killed())
                || includesEarlier(first.casualties.killed(), later.casualties.killed(), later);
        boolean arrested = refersBack(first.casualties.arrested(), later.casualties.arrested())
                || includesEarlier(first.casualties.arrested(), later.casualties.arrested(), later);
        if (!killed && !arrested) {
            return false;
        }
        Location a = toldPlace(first);
        Location b = toldPlace(later);
        return a == null || b == null || Objects.equals(a.country(), b.country())
                && (Objects.equals(a.name(), b.name()) || a.admin1() != null && a.admin1().equals(b.admin1())
                || Locations.within(a, b) || Locations.within(b, a));
    }

    /** A group counted only by a vague amount: "numerous suspects", "several others", "more than 10 insurgents". */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)^(?:several|numerous|multiple|many|some|dozens|scores|hundreds|a (?:large |small )?number of"
                    + "|a (?:few|handful|group) of|a few|more than \\d+|over \\d+)\\b");
    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile("(?i)\\bmore\\b(?! than)");

    private static boolean vague(org.sitrep.model.Count c) {
        return c != null && VAGUE.matcher(c.text()).find() && !c.text().contains(" and ");
    }

    /**
     * A group told first by a vague amount and then counted in a later sentence, in the same place ("Forces detained
     * numerous suspects." then "The forces detained more than 10 suspects after questioning at the scene."): the
     * later sentence details the summary, so the group counts once, with the later figure. People told as more or
     * other people ("also detained", "two more", "additional") are not the summary's.
     */
    private static boolean details(Draft first, Draft later) {
        if (addsPeople(later) || later.evidence.start() <= first.evidence.start()) {
            return false;
        }
        boolean killed = detailedBy(first.casualties.killed(), later.casualties.killed());
        boolean arrested = detailedBy(first.casualties.arrested(), later.casualties.arrested());
        if (!killed && !arrested) {
            return false;
        }
        Location a = toldPlace(first);
        Location b = toldPlace(later);
        // a summary over a whole country ("in southern Afghanistan") covers a detail inside it
        return a == null || b == null || Objects.equals(a.country(), b.country())
                && (Objects.equals(a.name(), b.name()) || a.admin1() != null && a.admin1().equals(b.admin1())
                || "country".equals(a.precision()) || Locations.within(a, b) || Locations.within(b, a));
    }

    /**
     * Whether a later count of the same kind of people details a vague one: not people told apart ("two more",
     * "additional", "other"), not people already named ("the commander"), not a part of the group ("five of the
     * insurgents").
     */
    private static boolean detailedBy(org.sitrep.model.Count first, org.sitrep.model.Count later) {
        if (!vague(first) || later == null || others(later) || MORE.matcher(later.text()).find()
                || DEFINITE.matcher(later.text()).find() || PARTITIVE.matcher(later.text()).find()) {
            return false;
        }
        String a = head(first);
        String b = head(later);
        return a.equals(b) || GENERIC.contains(a) && GENERIC.contains(b);
    }

    /** Words for fighters or suspects with no rank, which press releases use for the same people in turn. */
    private static final Set<String> GENERIC = Set.of("insurgent", "suspect", "militant", "fighter", "other",
            "men", "man", "individual", "people", "member");

    private static String head(org.sitrep.model.Count c) {
        String[] words = c.text().toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        String w = words.length == 0 ? "" : words[words.length - 1];
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** A count with a figure ("more than 10", "11", "three") is more precise than a word ("several", "numerous"). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\\b");

    private static org.sitrep.model.Count preciser(org.sitrep.model.Count first, org.sitrep.model.Count later) {
        return FIGURE.matcher(later.text()).find() || !FIGURE.matcher(first.text()).find() ? later : first;
    }

    /** "..., including the commander": the group holds someone told of before. */
    private static final java.util.regex.Pattern INCLUDING_KNOWN = java.util.regex.Pattern.compile(
            "(?i)\\bincluding (?:the|their|its|his|her)\\b");

    /**
     * A later group that says it includes someone already told of, and is at least as large as the group counted
     * before: "Forces captured a commander." then "The force detained several insurgents, including the
     * commander." The larger count stands for both.
     */
    private static boolean includesEarlier(org.sitrep.model.Count first, org.sitrep.model.Count later, Draft d) {
        if (first == null || later == null || first.min() == null || later.min() == null
                || later.min() < first.min() || others(later)) {
            return false;
        }
        java.util.regex.Matcher m = INCLUDING_KNOWN.matcher(d.evidence.sentence());
        return m.find() && m.start() > d.evidence.triggerStart() - d.evidence.start();
    }

    /** People killed or detained told as an addition: "The force also detained two suspects". */
    private static boolean addsPeople(Draft d) {
        return d.also && (d.casualties.killed() != null || d.casualties.arrested() != null);
    }

    private static org.sitrep.model.Count larger(org.sitrep.model.Count a, org.sitrep.model.Count b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.min() != null && (a.min() == null || b.min() > a.min()) ? b : a;
    }

    /**
     * A lead told with no time of its own, retold later with its day ("Forces captured a facilitator." then "The
     * facilitator was detained in Ghazni overnight."): the retelling dates it, if the day is in the week before.
     */
    private static boolean datesLater(Draft first, Draft later) {
        if (first.date.precision() != DatePrecision.INFERRED || later.date.precision() != DatePrecision.DAY
                || first.date.value() == null || later.date.value() == null) {
            return false;
        }
        LocalDate told = LocalDate.parse(first.date.value());
        LocalDate day = LocalDate.parse(later.date.value());
        return !day.isAfter(told) && !day.isBefore(told.minusDays(7));
    }

    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:additional|another|other|others|further|second|third)\\b");

    /** "An additional suspected insurgent was captured": people told apart from those counted before. */
    private static boolean others(org.sitrep.model.Count c) {
        return c != null && OTHERS.matcher(c.text()).find();
    }

    private static boolean sameCount(org.sitrep.model.Count a, org.sitrep.model.Count b) {
        return a != null && b != null && a.min() != null && Objects.equals(a.min(), b.min());
    }

    private static Set<String> countries(List<Participant> ps) {
        Set<String> out = new java.util.HashSet<>();
        ps.forEach(p -> out.add(p.country()));
        return out;
    }

    private static Set<String> codes(List<Participant> ps) {
        Set<String> out = new java.util.HashSet<>();
        ps.forEach(p -> out.add(partyKey(p)));
        return out;
    }

    /** A party's code, by which events are joined; two parties no dictionary holds are one only by the same name. */
    private static String partyKey(Participant p) {
        return unlisted(p) ? UNLISTED + p.name() : p.code();
    }

    private static boolean compatible(org.sitrep.model.Count a, org.sitrep.model.Count b) {
        return a == null || b == null || Objects.equals(a.min(), b.min());
    }

    private static void restatement(Draft first, Draft d) {
        if (datesLater(first, d)) {
            first.date = d.date;
        }
        first.restatements.add(d.evidence);
        first.restatements.addAll(d.restatements);
        if (details(first, d)) {
            if (first.location != null && "country".equals(first.location.precision()) && Locations.textual(d.location) != null
                    && !"country".equals(d.location.precision())) {
                first.location = d.location; // "in southern Afghanistan" told in detail: "in Sangin district"
            }
            Casualties c = first.casualties;
            boolean killed = detailedBy(c.killed(), d.casualties.killed());
            boolean arrested = detailedBy(c.arrested(), d.casualties.arrested());
            first.casualties = new Casualties(killed ? preciser(c.killed(), d.casualties.killed()) : c.killed(),
                    c.injured(), arrested ? preciser(c.arrested(), d.casualties.arrested()) : c.arrested(), c.missing());
        } else if (retells(first, d)) {
            Casualties c = first.casualties;
            first.casualties = new Casualties(larger(c.killed(), d.casualties.killed()), c.injured(),
                    larger(c.arrested(), d.casualties.arrested()), c.missing());
        }
        first.casualties = first.casualties.orElse(d.casualties);
        if (first.location == null || "dateline".equals(first.location.text()) && d.location != null) {
            first.location = d.location;
        }
        for (Quantity q : d.quantities) {
            if (!first.quantities.contains(q)) {
                first.quantities.add(q);
            }
        }
    }

    private List<EventMention> finish(List<Draft> drafts, Article article,
                                      java.util.TreeMap<Integer, EventDate> storyDates) {
        continueDates(drafts, article, storyDates);
        Map<String, Draft> byKey = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String key = eventKey(d);
            Draft first = byKey.get(key);
            for (int n = 2; first != null && !compatible(first.casualties.killed(), d.casualties.killed())
                    || first != null && !compatible(first.casualties.arrested(), d.casualties.arrested())
                    || first != null && (others(d.casualties.killed()) || others(d.casualties.arrested()))
                    || first != null && addsPeople(d); n++) {
                // "captured a Taliban leader ... also detained two suspected insurgents": another count, another
                // happening between the same parties
                key = eventKey(d) + "#" + n;
                first = byKey.get(key);
            }
            if (first == null) {
                byKey.put(key, d);
            } else {
                restatement(first, d);
            }
        }
        List<Draft> kept = new ArrayList<>();
        for (Draft d : byKey.values()) {
            Draft earlier = kept.stream().filter(k -> restates(k, d)).findFirst().orElse(null);
            if (earlier != null) {
                restatement(earlier, d);
            } else {
                kept.add(d);
            }
        }
        byKey.values().retainAll(kept);
        ArticleRef ref = ArticleRef.of(article);
        List<EventMention> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Map.Entry<String, Draft> e : byKey.entrySet()) {
            Draft d = e.getValue();
            String id = article.id() + "-" + d.evidence.triggerStart();
            while (!ids.add(id)) {
                id = id + "r"; // the reverse event of a paired code shares its trigger
            }
            // a PETRARCH dictionary code with no PLOVER type is reported without one
            out.add(new EventMention(id, null, typed(d) ? d.type : null, d.mode, d.context, d.cameo, d.actor, d.recipient, d.date, d.location, d.quantities, d.casualties,
                    d.attribution, d.factuality, null, d.evidence, d.restatements, d.confidence, ref));
        }
        out.sort(Comparator.comparingInt(m -> m.evidence().triggerStart()));
        return out;
    }

    /** Whether the event's code has a PLOVER type (only a PETRARCH dictionary's codes may have none). */
    private static boolean typed(Draft d) {
        return EventPattern.NO_EVENT.equals(d.cameo) || CameoTypes.typeOf(d.cameo).isPresent();
    }

    /** Inside one article, the same happening: type, day, the actors' and recipients' codes, factuality class. */
    static String eventKey(Draft d) {
        TreeSet<String> actors = new TreeSet<>();
        d.actor.forEach(p -> actors.add(partyKey(p)));
        TreeSet<String> recipients = new TreeSet<>();
        d.recipient.forEach(p -> recipients.add(partyKey(p)));
        if (d.pattern.reciprocal() && !d.oneWay) { // "A and B met" and "A met B" are the same meeting
            actors.addAll(recipients);
            recipients.clear();
        }
        return (typed(d) ? d.type.name() : d.cameo) + "|" + d.date.value() + "|" + String.join(",", actors) + "|" + String.join(",", recipients)
                + "|" + (d.factuality.happened() ? "happened" : d.factuality.label());
    }

}
