package org.sitrep.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Attribution;
import org.sitrep.model.Dependency;
import org.sitrep.model.Factuality;
import org.sitrep.model.Token;

/**
 * Who tells of an event and whether it happened, from the words around its trigger: reporting verbs and
 * "according to" (attribution), negation, denial, modal and conditional words, plans and expectations
 * (factuality). Order of precedence: denied, negated, hypothetical, expected, planned, claimed, reported,
 * asserted; historical is decided later from the date.
 */
final class Qualifiers {
    static final Set<String> SPEECH = Set.of("say", "tell", "state", "report", "announce", "add", "claim", "allege",
            "insist", "confirm", "note", "write", "tweet", "post", "declare", "assert", "reveal", "acknowledge",
            "admit", "indicate", "explain", "disclose", "quote", "cite", "show", "suggest", "signal", "warn", "vow",
            "threaten", "pledge", "promise", "caution", "predict", "boast");
    /** Reporting verbs that make any source's account a claim: "claimed", "alleged", "boasted". */
    private static final Set<String> CLAIM = Set.of("claim", "allege", "insist", "assert", "boast");
    /** Code prefixes of organisations: the party is the prefix and the organisation ("IGOUNO", "IGONAT"). */
    private static final Set<String> ORGANISATION_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Codes of a sector alone, which name no party ("officials", "reporters", "residents"). */
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED",
            "BUS", "EDU", "REL", "HLH", "LAB", "REF", "ELI", "SPY", "PTY", "CRM", "INS", "NGO", "IGO", "AGR", "UAF");
    private static final Set<String> DENY = Set.of("deny", "refute", "dispute");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> MODAL_HYPOTHETICAL = Set.of("could", "would", "might", "may", "should", "must",
            "ought");
    private static final Set<String> CONDITION = Set.of("if", "unless", "whether", "should");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> PLAN = Set.of("plan", "intend", "schedule", "due", "prepare", "aim", "seek",
            "hope", "want", "propose", "set", "going", "pledge", "promise", "vow", "agree", "decide", "offer");
    private static final Set<String> EXPECT = Set.of("expect", "likely", "anticipate", "poised", "poise", "tipped");
    /** Verbs that deny an allegation named as their object: "dismissed reports that", "rejected claims that". */
    private static final Set<String> DISMISS = Set.of("dismiss", "reject", "deny", "refute", "rebuff");
    private static final Set<String> ALLEGATIONS = Set.of("report", "claim", "allegation", "accusation", "charge",
            "suggestion", "assertion");
    /** Verbs with which a party owns an act: "claimed responsibility for", "admitted responsibility for". */
    private static final Set<String> OWN_RESPONSIBILITY = Set.of("claim", "accept", "admit", "assume");
    private static final Set<String> FAIL = Set.of("fail", "refuse", "decline", "cancel", "postpone", "avoid");
    private static final Set<String> REPORTEDLY = Set.of("reportedly", "allegedly", "purportedly", "apparently",
            "supposedly");

    private Qualifiers() {
    }

    /**
     * The reporting verb and "according to" source found for a trigger.
     *
     * @param sourceParties the parties the source belongs to ({@link #party(String)} of its actor codes): "Ukraine's
     *                      air force" is UKR, "a UN spokesman" IGOUNO; empty when the source names no party
     */
    record Report(Attribution attribution, boolean claimed, boolean reported, int speakerToken,
                  Set<String> sourceParties) {
        Report {
            sourceParties = Set.copyOf(sourceParties);
        }
    }

    /**
     * The party an actor code belongs to: its country (the first three letters), or for an organisation its prefix
     * and organisation ("IGOUNO" for the UN and its agencies, "IGONAT" for NATO); null for a sector alone.
     */
    static String party(String code) {
        if (code == null || code.length() < 3 || code.length() == 3 && SECTORS.contains(code)) {
            return null;
        }
        String prefix = code.substring(0, 3);
        if (ORGANISATION_PREFIXES.contains(prefix)) {
            return code.length() >= 6 ? code.substring(0, 6) : null;
        }
        return prefix;
    }

    /**
     * Sectors whose people tell of an event as third parties even when of a party's country: the media, medical
     * staff, rights and aid groups, civilians (witnesses, residents). A ministry, army, police force or governor of
     * a party is that party.
     */
    private static final Set<String> THIRD_PARTY_SECTORS = Set.of("MED", "HLH", "NGO", "CVL");

    /** The party a source speaks for, or null when it speaks as a third party ({@link #THIRD_PARTY_SECTORS}). */
    static String sourceParty(String code) {
        if (code != null && code.length() >= 6 && THIRD_PARTY_SECTORS.contains(code.substring(3, 6))
                && !ORGANISATION_PREFIXES.contains(code.substring(0, 3))) {
            return null;
        }
        return party(code);
    }

    /**
     * Relations inside a source's noun phrase that may name its party: "Russian investigators", "Syria's civil
     * defence service", "the Hamas-run media office" (the agent of a participle).
     */
    private static final Set<String> SOURCE_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "nmod:of", "flat", "obl");

    /**
     * The parties the source headed by a token speaks for: the mentions covering it or its modifiers, two levels
     * down ("the Hamas-run government media office" speaks for Hamas).
     */
    private static Set<String> partiesAt(Graph g, int token, List<ActorMention> mentions) {
        Set<String> out = new java.util.HashSet<>();
        if (token < 0) {
            return out;
        }
        List<Integer> words = new ArrayList<>(List.of(token));
        for (int level = 0, from = 0; level < 2; level++) {
            int to = words.size();
            for (int k = from; k < to; k++) {
                for (Dependency d : g.children(words.get(k))) {
                    if (SOURCE_MODIFIERS.contains(d.relation()) && !words.contains(d.dependent())) {
                        words.add(d.dependent());
                    }
                }
            }
            from = to;
        }
        for (ActorMention m : mentions) {
            if (words.stream().anyMatch(m::covers)) {
                m.actors().forEach(a -> {
                    String party = sourceParty(a.code());
                    if (party != null) {
                        out.add(party);
                    }
                });
            }
        }
        return out;
    }

    /**
     * The verb that dismisses an allegation whose clause is headed by a token: "dismissed reports that it had
     * detained", "rejected claims that its jets struck", "dismissed as false reports that"; -1 if none.
     */
    static int dismissedAllegation(Graph g, int clause) {
        for (Dependency d : g.parents(clause)) {
            String r = d.baseRelation();
            if (d.governor() < 0 || !(r.equals("ccomp") || r.equals("acl"))
                    || !ALLEGATIONS.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency v : g.parents(d.governor())) {
                // "dismissed reports that", and with the verdict first: "dismissed as false reports that",
                // "rejected as baseless claims that" (the parser hangs the allegation on "as")
                boolean dismissed = v.baseRelation().equals("obj") || v.relation().equals("obl:as");
                if (v.governor() >= 0 && dismissed && DISMISS.contains(g.lemma(v.governor()))) {
                    return v.governor();
                }
            }
        }
        return -1;
    }

    /** Nouns of a share in an act: "denied any role in", "rejected involvement in", "denied responsibility for". */
    private static final Set<String> SHARE_IN_ACT = Set.of("role", "involvement", "part", "responsibility",
            "complicity", "hand");

    /**
     * The verb denying a share in the act a noun trigger names: "denied any role in the abduction of three activists",
     * "rejected any involvement in the attack"; -1 if none.
     */
    static int deniedShare(Graph g, int trigger) {
        for (Dependency d : g.parents(trigger)) {
            if (d.governor() < 0 || !d.baseRelation().equals("nmod")
                    || !SHARE_IN_ACT.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency v : g.parents(d.governor())) {
                if (v.governor() >= 0 && v.baseRelation().equals("obj")
                        && DISMISS.contains(g.lemma(v.governor()).toLowerCase(Locale.ROOT))) {
                    return v.governor();
                }
            }
        }
        return -1;
    }

    /**
     * The verb with which a party denies the act of a trigger, when no reporting verb tells it: "the Houthis denied
     * attacking", "India denied that its drones had struck", "the army dismissed reports that it had detained",
     * "denied any role in the abduction"; -1 if none. Its subject is the source of the denied event.
     */
    static int denial(Graph g, int trigger) {
        int share = deniedShare(g, trigger);
        if (share >= 0) {
            return share;
        }
        int current = clauseHead(g, trigger);
        for (int depth = 0; depth < 3; depth++) {
            int dismissing = dismissedAllegation(g, current);
            if (dismissing >= 0) {
                return dismissing;
            }
            int next = -1;
            for (Dependency d : g.parents(current)) {
                String r = d.baseRelation();
                if (d.governor() >= 0 && (r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl")
                        || r.equals("obj") || r.equals("obl") || r.equals("csubj"))) {
                    next = d.governor();
                    break;
                }
            }
            if (next < 0 || SPEECH.contains(g.lemma(next))) {
                return -1;
            }
            if (DENY.contains(g.lemma(next).toLowerCase(Locale.ROOT))) {
                return next;
            }
            current = next;
        }
        return -1;
    }

    /**
     * Head nouns of news outlets: "the state news agency", "state television", "the state-run Associated Press of
     * Pakistan". An outlet tells an event as a third party, even a party's state media (docs/event-record.md).
     */
    private static final Set<String> OUTLETS = Set.of("agency", "media", "television", "tv", "radio", "broadcaster",
            "newspaper", "daily", "outlet", "press", "channel", "newswire", "wire", "tabloid", "magazine", "website");

    /**
     * Whether the source headed by a token is a news outlet ({@link #OUTLETS}); an "agency" only as a news or press
     * agency ("the Gaza civil defence agency" is a body of a party).
     */
    static boolean outlet(Graph g, int token) {
        if (token < 0 || !OUTLETS.contains(g.lemma(token).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !g.lemma(token).equalsIgnoreCase("agency") || g.dependents(token, "compound", "amod").stream()
                .anyMatch(m -> g.lower(m).equals("news") || g.lower(m).equals("press"));
    }

    /**
     * "The group claimed responsibility for a suicide bombing": the verb with which a party owns the act named by the
     * trigger, or -1. What it owns is its claim, as with "claimed that".
     */
    static int responsibilityClaim(Graph g, int trigger) {
        List<Integer> acts = new ArrayList<>(List.of(trigger));
        for (Dependency d : g.parents(trigger)) {
            if (d.governor() >= 0 && d.baseRelation().equals("acl")) {
                acts.add(d.governor()); // "a bombing that killed 14 worshippers": the bombing is what is owned
            }
        }
        for (Dependency d : acts.stream().flatMap(a -> g.parents(a).stream()).toList()) {
            if (d.governor() < 0 || !d.relation().equals("nmod:for")
                    || !g.lemma(d.governor()).equalsIgnoreCase("responsibility")) {
                continue;
            }
            for (Dependency v : g.parents(d.governor())) {
                if (v.governor() >= 0 && v.baseRelation().equals("obj") && OWN_RESPONSIBILITY.contains(g.lemma(v.governor()))) {
                    return v.governor();
                }
            }
        }
        return -1;
    }

    /** The clause head that reporting and modality attach to: a noun trigger's governing verb, else the trigger. */
    static int clauseHead(Graph g, int trigger) {
        if (g.token(trigger).isVerb()) {
            return trigger;
        }
        for (Dependency d : g.parents(trigger)) {
            String r = d.baseRelation();
            if ((r.equals("obj") || r.equals("nsubj") || r.equals("obl") || r.equals("nsubj:pass"))
                    && d.governor() >= 0 && g.token(d.governor()).isVerb()) {
                return d.governor();
            }
        }
        return trigger;
    }

    static Report report(Graph g, String text, int trigger, String outlet, List<ActorMention> mentions) {
        int head = clauseHead(g, trigger);
        int speech = responsibilityClaim(g, trigger);
        boolean responsibility = speech >= 0;
        // "Zelensky said (that) Russia fired": ccomp from the speech verb, up to two clauses away
        int current = head;
        for (int depth = 0; depth < 3 && speech < 0; depth++) {
            int next = -1;
            for (Dependency d : g.parents(current)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.baseRelation();
                if ((r.equals("ccomp") || r.equals("parataxis") || r.equals("dep")) && SPEECH.contains(g.lemma(d.governor()))) {
                    speech = d.governor();
                    break;
                }
                if (r.equals("xcomp") && CLAIM.contains(g.lemma(d.governor()).toLowerCase(Locale.ROOT))) {
                    speech = d.governor(); // "the navy claimed to have sunk a landing ship"
                    break;
                }
                if (r.equals("xcomp") || r.equals("conj") || r.equals("ccomp") || r.equals("advcl") || r.equals("dep")) {
                    next = d.governor();
                }
            }
            if (next < 0) {
                break;
            }
            current = next;
        }
        // "Russia fired ..., Zelensky said": parataxis or ccomp pointing the other way
        if (speech < 0) {
            for (Dependency d : g.children(head)) {
                String r = d.baseRelation();
                if ((r.equals("parataxis") || r.equals("ccomp") || r.equals("dep")) && SPEECH.contains(g.lemma(d.dependent()))
                        && !g.dependents(d.dependent(), "nsubj").isEmpty()) { // "..., Zelensky said", not "..., telling reporters"
                    speech = d.dependent();
                    break;
                }
            }
        }
        if (speech < 0) {
            int v = finalSpeechVerb(g);
            if (v > head) {
                speech = v; // "..., regional governor Oleh Syniehubov said." however the parser hung it
            }
        }
        if (speech < 0) {
            speech = denial(g, trigger); // "the Houthis denied attacking": the denier is the source
        }
        if (speech >= 0 && !g.token(speech).isVerb()) {
            int dismissing = dismissedAllegation(g, head);
            if (dismissing >= 0) {
                speech = dismissing; // "Algeria's army dismissed reports that ...": the army speaks, denying
            }
        }
        String source = null;
        String speaker = null;
        String verb = null;
        int speakerToken = -1;
        boolean claimed = false;
        boolean reported = false;
        int sourceToken = -1;
        if (speech >= 0) {
            verb = g.lemma(speech);
            List<Integer> subjects = new ArrayList<>(g.dependents(speech, "nsubj"));
            if (subjects.isEmpty() && closingSubject(g, speech) >= 0 && speech == finalSpeechVerb(g)) {
                subjects.add(closingSubject(g, speech)); // ", Governor Pavel Malkov said on Telegram."
            }
            if (!subjects.isEmpty()) {
                speakerToken = subjects.get(0);
                sourceToken = speakerToken;
                speaker = phrase(g, text, speakerToken, mentions);
                source = speaker;
                reported = true;
            }
            claimed = CLAIM.contains(verb) || responsibility;
            String citing = citing(g, text, speech);
            if (citing != null) {
                source = source == null ? citing : source + ", citing " + citing;
            }
        }
        // "according to X" on the clause head or anywhere in the sentence
        for (int i = 0; i + 1 < g.sentence.size(); i++) {
            if (g.lower(i).equals("according") && g.lower(i + 1).equals("to")) {
                int object = -1;
                for (Dependency d : g.sentence.dependencies()) {
                    if (d.relation().startsWith("obl:according") || d.relation().startsWith("nmod:according")) {
                        object = d.dependent();
                    }
                }
                if (object < 0 && i + 2 < g.sentence.size()) {
                    object = i + 2;
                }
                if (object >= 0) {
                    String who = phrase(g, text, object, mentions);
                    if (source == null) {
                        sourceToken = object;
                    }
                    source = source == null ? who : source;
                    verb = verb == null ? "according to" : verb;
                    // "according to a statement released in Washington": the actor's own statement, naming no
                    // other party, is how the act was done, not a third party's report of it
                    reported |= !ownDocument(g, object, mentions);
                }
                break;
            }
        }
        for (int i = 0; i < g.sentence.size(); i++) {
            if (REPORTEDLY.contains(g.lower(i))) {
                reported = true;
                verb = verb == null ? g.lower(i) : verb;
            }
        }
        if (speech < 0 && source == null) {
            String citing = null;
            for (int i = 0; i < g.sentence.size(); i++) {
                if (g.lower(i).equals("citing") || g.lower(i).equals("cited")) {
                    citing = citing(g, text, i);
                }
            }
            if (citing != null) {
                source = "citing " + citing;
                reported = true;
            }
        }
        // a news outlet is a third party, even a party's state media ("the state news agency reported")
        Set<String> parties = outlet(g, sourceToken) ? Set.of() : partiesAt(g, sourceToken, mentions);
        return new Report(new Attribution(outlet, source, speaker, verb), claimed, reported, speakerToken, parties);
    }

    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué", "readout",
            "release", "declaration");

    /** A document noun ("a statement") with no party named in it ("from the army", "Russia's", "the UN's"). */
    private static boolean ownDocument(Graph g, int object, List<ActorMention> mentions) {
        if (!DOCUMENTS.contains(g.lemma(object).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (Dependency d : g.children(object)) {
            String r = d.relation();
            boolean party = r.startsWith("nmod") || r.equals("compound") || r.equals("amod");
            if (party && mentions.stream().anyMatch(m -> m.covers(d.dependent()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A closing attribution: ", SUBJECT said" (or told, added, ...) with nothing after it but punctuation and a
     * short adverbial ("on Saturday", "in a statement"). Returns the speech verb, or -1.
     */
    static int finalSpeechVerb(Graph g) {
        int n = g.sentence.size();
        for (int v = n - 1; v >= Math.max(1, n - 10); v--) {
            Token t = g.token(v);
            if (t.isVerb() && !SPEECH.contains(g.lemma(v))) {
                return -1; // another verb after the speech verb: not a closing attribution
            }
            if (!SPEECH.contains(g.lemma(v)) || !t.tag().equals("VBD") && !t.tag().equals("VBZ")) {
                continue;
            }
            List<Integer> subjects = g.dependents(v, "nsubj");
            if (subjects.isEmpty()) {
                return closingSubject(g, v) >= 0 ? v : -1;
            }
            int first = subjects.get(0);
            for (int i : g.subtree(subjects.get(0), 20)) {
                first = Math.min(first, i);
            }
            return first > 0 && g.lower(first - 1).equals(",") && first < v ? v : -1;
        }
        return -1;
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD",
            "HYPH", "PRP$");

    /**
     * The subject of a closing reporting verb that the parser left without one (", Governor Pavel Malkov said on
     * Telegram." read as an apposition): the noun right before the verb, when only a noun phrase stands between the
     * comma and the verb. Returns the noun, or -1.
     */
    static int closingSubject(Graph g, int verb) {
        int noun = verb - 1;
        if (noun < 1 || !g.token(noun).tag().startsWith("NN")) {
            return -1;
        }
        for (int i = noun; i >= Math.max(0, verb - 9); i--) {
            String tag = g.token(i).tag();
            if (tag.equals(",")) {
                return i < noun ? noun : -1;
            }
            if (!NOUN_PHRASE_TAGS.contains(tag)) {
                return -1;
            }
        }
        return -1;
    }

    /** "citing sources", "citing two officials": the noun phrase after citing, near the reporting verb. */
    private static String citing(Graph g, String text, int near) {
        for (int i = Math.max(0, near - 1); i < Math.min(g.sentence.size(), near + 6); i++) {
            if (g.lower(i).equals("citing") || g.lower(i).equals("cited")) {
                int end = i + 1;
                while (end < g.sentence.size() && !g.token(end).tag().equals(",") && !g.token(end).tag().equals(".")
                        && end - i <= 8) {
                    end++;
                }
                if (end > i + 1) {
                    return text.substring(g.token(i + 1).start(), g.token(end - 1).end());
                }
            }
        }
        return null;
    }

    /** The words of the noun phrase headed by a token: an actor mention's text when there is one. */
    static String phrase(Graph g, String text, int head, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.covers(head)) {
                return m.text();
            }
        }
        int first = head;
        int last = head;
        for (int i : g.subtree(head, 12)) {
            String tag = g.token(i).tag();
            if (tag.equals(",") || tag.equals(".") || tag.equals("-LRB-") || tag.equals("-RRB-")) {
                continue;
            }
            if (Math.abs(i - head) <= 6) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return text.substring(g.token(first).start(), g.token(last).end());
    }

    /**
     * Whether an attributed event is a party's claim: the reporting verb is claim, allege or boast, the speaker is
     * the event's own actor words ("Hezbollah said it launched"), or the source belongs to a party of the event,
     * its actor's or its recipient's country or organisation ("according to the Ukrainian president" for a Russian
     * strike on Ukraine; "the army said its troops killed"). A third party's account (an outlet, an agency, a
     * monitor, a witness, a third country's official) is reported.
     *
     * @param eventParties the parties of the event's actors and recipients ({@link #party(String)})
     */
    static boolean claimedByParty(Report report, List<Integer> actorTokens, Set<String> eventParties) {
        return report.claimed() || report.speakerToken() >= 0 && actorTokens.contains(report.speakerToken())
                || report.sourceParties().stream().anyMatch(eventParties::contains);
    }

    /**
     * A source that names the event's actor again by its head noun: "The World Bank approved a loan ..., the bank
     * said", "the ministry said" after "the Defence Ministry". A definite noun with no other words is the actor
     * itself, so the account is the party's own.
     */
    static boolean namesActorAgain(Graph g, Report report, List<Integer> actorTokens) {
        int s = report.speakerToken();
        if (s < 0 || !g.token(s).tag().startsWith("NN") || g.token(s).tag().startsWith("NNP")
                || !g.dependents(s, "det").stream().allMatch(x -> g.lower(x).equals("the"))
                || g.dependents(s, "det").isEmpty()
                || !g.dependents(s, "amod", "compound", "nmod:poss", "nmod").isEmpty()) {
            return false;
        }
        String noun = g.lemma(s).toLowerCase(Locale.ROOT);
        for (int a : actorTokens) {
            if (a != s && g.lemma(a).toLowerCase(Locale.ROOT).equals(noun)) {
                return true;
            }
        }
        return false;
    }

    /** Factuality from the trigger's own modifiers and its governing chain. */
    static Factuality factuality(Graph g, int trigger, Report report, List<Integer> actorTokens) {
        return factuality(g, trigger, report, actorTokens, Set.of());
    }

    /** Factuality from the trigger's own modifiers and its governing chain, the event's parties known. */
    /** Subordinators of a clause of time with its own subject. */
    private static final Set<String> TEMPORAL_MARKS = Set.of("before", "after", "until", "once");

    /**
     * An "until" clause with its own subject under a negated or modal verb names the condition of that verb's act,
     * not an act that happened: "will not negotiate with Ankara until Turkey recognises Greek rights and withdraws
     * its troops", "no talks can start until the shelling stops". Under an affirmative verb of fact it is a clause of
     * time ("fighting went on until the troops withdrew").
     */
    private static boolean untilCondition(Graph g, int clause) {
        if (!g.token(clause).isVerb() || g.dependents(clause, "nsubj", "nsubj:pass").isEmpty()
                || !markedUntil(g, clause) && g.parents(clause).stream().noneMatch(d -> d.governor() >= 0
                && d.baseRelation().equals("conj") && markedUntil(g, d.governor()))) {
            return false; // the second of two conjoined verbs shares the first one's "until"
        }
        for (Dependency d : g.parents(clause)) {
            if (d.governor() < 0 || !d.baseRelation().equals("advcl")) {
                continue;
            }
            int main = d.governor();
            for (Dependency c : g.children(main)) {
                String r = c.baseRelation();
                String w = g.lower(c.dependent());
                if ((r.equals("advmod") || r.equals("neg")) && NEGATION.contains(w)
                        || r.equals("aux") && (MODAL_HYPOTHETICAL.contains(w) || w.equals("will")
                        || w.equals("would") || w.equals("can") || w.equals("cannot"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean markedUntil(Graph g, int clause) {
        return g.dependents(clause, "mark").stream().anyMatch(m -> g.lower(m).equals("until")
                || g.lower(m).equals("till"));
    }

    static Factuality factuality(Graph g, int trigger, Report report, List<Integer> actorTokens,
                                 Set<String> eventParties) {
        int head = clauseHead(g, trigger);
        List<Integer> chain = new ArrayList<>();
        chain.add(trigger);
        if (head != trigger) {
            chain.add(head);
        }
        // governors through xcomp/ccomp/advcl/obj/obl, up to three levels: "denied attacking", "is expected to meet"
        int current = head;
        boolean condition = false;
        for (int depth = 0; depth < 3; depth++) {
            if (depth == 0 && untilCondition(g, current)) {
                condition = true; // "will not negotiate until Turkey withdraws its troops": a condition, not a fact
                break;
            }
            if (depth == 0 && g.token(current).isVerb() && !g.token(current).tag().equals("VBG")
                    && !g.dependents(current, "nsubj").isEmpty() && g.dependents(current, "mark").stream()
                    .anyMatch(m -> TEMPORAL_MARKS.contains(g.lower(m)))) {
                break; // "deploy troops on Thursday, a day before Russia and Belarus begin exercises": the clause
                // of time tells its own act, which takes no "would" of the main clause
            }
            if (g.hasDependent(current, "mark", "if", "unless")) {
                break; // the act of a condition is hypothetical, whatever its main clause: "would not negotiate if
                // Ankara attacks Greek boats" tells no attack denied or negated
            }
            int next = -1;
            for (Dependency d : g.parents(current)) {
                String r = d.baseRelation();
                if (r.equals("csubj") && (g.token(current).tag().equals("VBD") || g.token(current).tag().equals("VBN")
                        && g.dependents(current, "aux", "aux:pass").isEmpty())
                        && !g.dependents(current, "nsubj").isEmpty() && g.dependents(current, "mark").isEmpty()) {
                    // "The ministry accused NATO of ... and said the deployment would raise tensions" parsed with
                    // "accused" as the clausal subject of "raise": a past-tense verb with its own subject and no
                    // "that" or "what" is a main clause, not the subject of another, and takes none of its modals
                    continue;
                }
                if (d.governor() >= 0 && (r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl")
                        || r.equals("obj") || r.equals("obl") || r.equals("csubj") || r.equals("dep")
                        || r.equals("amod") && depth == 0 && g.token(current).isVerb())) {
                    next = d.governor();
                    break;
                }
            }
            if (next < 0 || SPEECH.contains(g.lemma(next))) {
                break;
            }
            chain.add(next);
            current = next;
        }
        boolean denied = false;
        boolean negated = false;
        boolean hypothetical = false;
        boolean expected = false;
        boolean planned = false;
        for (int i = 0; i < chain.size(); i++) {
            int c = chain.get(i);
            String lemma = g.lemma(c);
            if (i > 0 && DENY.contains(lemma)) {
                denied = true;
            }
            if (dismissedAllegation(g, c) >= 0) {
                denied = true; // "dismissed reports that it had detained ...", "rejected claims that its jets struck ..."
            }
            if (i > 0 && FAIL.contains(lemma)) {
                negated = true;
            }
            if (i > 0 && EXPECT.contains(lemma)) {
                expected = true;
            }
            if (i > 0 && PLAN.contains(lemma)) {
                planned = true;
            }
            for (Dependency d : g.children(c)) {
                String r = d.baseRelation();
                String w = g.lower(d.dependent());
                String l = g.lemma(d.dependent());
                if ((r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc:preconj"))
                        && NEGATION.contains(w) && !(i > 0 && lemma.equals("hesitate"))) {
                    negated = true; // "would not hesitate to strike" is no negation: it is resolve to strike
                }
                if (r.equals("aux")) {
                    if (MODAL_HYPOTHETICAL.contains(w)) {
                        hypothetical = true;
                    } else if (FUTURE_AUX.contains(w) || FUTURE_AUX.contains(l)) {
                        planned = true;
                    }
                }
                if (r.equals("mark") && CONDITION.contains(w)) {
                    hypothetical = true;
                }
                if ((r.equals("amod") || r.equals("advmod")) && (w.equals("planned") || w.equals("upcoming")
                        || w.equals("proposed") || w.equals("scheduled") || w.equals("possible")
                        || w.equals("potential") || w.equals("future"))) {
                    if (w.equals("possible") || w.equals("potential")) {
                        hypothetical = true;
                    } else {
                        planned = true;
                    }
                }
            }
            for (Dependency d : g.parents(c)) {
                if (d.governor() >= 0 && (g.lemma(d.governor()).equalsIgnoreCase("verge")
                        || g.lemma(d.governor()).equalsIgnoreCase("brink"))) {
                    expected = true; // "on the verge of signing", "on the brink of collapse"
                }
            }
            if (g.token(c).tag().equals("VBN") && g.hasDependent(c, "aux:pass", "be")) {
                // "is expected to", "is due to", "is set to": the passive governor carries the modality
                if (EXPECT.contains(lemma)) {
                    expected = true;
                }
            }
        }
        if (condition) {
            return Factuality.HYPOTHETICAL;
        }
        if (deniedShare(g, trigger) >= 0) {
            denied = true; // "denied any role in the abduction of three activists"
        }
        if (denied) {
            return Factuality.DENIED;
        }
        if (negated) {
            return Factuality.NEGATED;
        }
        if (hypothetical) {
            return Factuality.HYPOTHETICAL;
        }
        if (expected) {
            return Factuality.EXPECTED;
        }
        if (planned) {
            return Factuality.PLANNED;
        }
        if (claimedByParty(report, actorTokens, eventParties) || namesActorAgain(g, report, actorTokens)) {
            return Factuality.CLAIMED;
        }
        if (report.reported()) {
            return Factuality.REPORTED;
        }
        return Factuality.ASSERTED;
    }

    /** Words that hold someone answerable for an act: "responsible for", "involved in", "linked to", "suspected of". */
    private static final Set<String> ANSWERABLE = Set.of("responsible", "involve", "involved", "link", "linked", "tie",
            "tied", "connect", "connected", "implicate", "implicated", "suspect", "suspected", "mastermind",
            "orchestrate");

    /** Verbs whose object is an act their subject is answerable for: "masterminded the bombing". */
    private static final Set<String> MASTERMIND = Set.of("mastermind", "orchestrate");

    /**
     * An act told as what someone is answerable for: "the commander, who was linked to a bomb attack that killed three
     * policemen", "he was involved in attacks on the checkpoint", "a group responsible for several raids, including
     * one that killed two soldiers". Such an act describes the person (why they were sought), it is not the news
     * told: background, like a past event. The act is the trigger, or the noun a relative clause with the trigger
     * modifies, reached through the nouns it is part of ("one" of "several raids", the district of "the attack in
     * ... district, which killed").
     */
    static boolean answerableAct(Graph g, int trigger) {
        int current = trigger;
        for (Dependency d : g.parents(current)) {
            if (d.governor() >= 0 && (d.relation().equals("acl:relcl") || d.baseRelation().equals("acl"))) {
                current = d.governor();
                break;
            }
        }
        for (int depth = 0; depth < 4; depth++) {
            int next = -1;
            for (Dependency d : g.parents(current)) {
                if (d.governor() < 0) {
                    continue;
                }
                String r = d.baseRelation();
                String governor = g.lemma(d.governor());
                if ((r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && ANSWERABLE.contains(governor)
                        || r.equals("obj") && MASTERMIND.contains(governor)) {
                    return true;
                }
                if ((r.equals("nmod") || r.equals("appos") || r.equals("conj") || r.equals("dep"))
                        && !g.token(current).isVerb() && !g.token(d.governor()).isVerb()) {
                    next = d.governor();
                }
            }
            if (next < 0) {
                return false;
            }
            current = next;
        }
        return false;
    }

    /**
     * The event's clause is future only by "would" and is reported by a past reporting verb, with no other modal
     * and no condition: "said he would travel", "announced it would send". Whether it is the speaker's own plan is
     * for the caller to decide.
     */
    static boolean reportedWould(Graph g, int trigger) {
        int head = clauseHead(g, trigger);
        boolean would = false;
        for (int c : head == trigger ? List.of(trigger) : List.of(trigger, head)) {
            for (Dependency d : g.children(c)) {
                String r = d.baseRelation();
                String w = g.lower(d.dependent());
                if (r.equals("aux") && w.equals("would")) {
                    would = true;
                } else if (r.equals("aux") && MODAL_HYPOTHETICAL.contains(w)) {
                    return false;
                } else if (r.equals("mark") && CONDITION.contains(w)) {
                    return false;
                } else if (r.equals("advcl") && g.dependents(d.dependent(), "mark").stream()
                        .anyMatch(m -> CONDITION.contains(g.lower(m)))) {
                    return false; // "would strike again if ..."
                }
            }
        }
        if (!would) {
            return false;
        }
        for (Dependency d : g.parents(head)) {
            String r = d.baseRelation();
            if (d.governor() >= 0 && (r.equals("ccomp") || r.equals("parataxis")) && SPEECH.contains(g.lemma(d.governor()))
                    && g.token(d.governor()).tag().equals("VBD")) {
                return true;
            }
        }
        return false;
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
