package org.sitrep.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Fast navigation of one sentence's dependency graph: dependents and governors by token. */
final class Graph {
    final Sentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;
    /** Lower-cased lemmas and words, each computed on first use: the rules compare them many times per token. */
    private final String[] lemmas;
    private final String[] lowers;
    /** Every lemma and word of the sentence, lower case; built on first use (one graph serves one thread). */
    private Set<String> vocabulary;

    Graph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        lemmas = new String[n];
        lowers = new String[n];
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(3));
            parents.add(new ArrayList<>(2));
        }
        for (Dependency d : repaired(sentence)) {
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d);
            }
            parents.get(d.dependent()).add(d);
        }
    }

    /**
     * The parser's relations, with one known misreading undone: a gerund right after a verb that takes gerund
     * complements, read as an adjective of the object ("denied [detaining opposition leader X]" parsed as obj X
     * with amod "detaining"), becomes the verb's complement with that object (xcomp, obj, and the controlling
     * subject as nsubj:xsubj); the same for a gerund read as a compound ("denied [opening fire] on ...").
     * The gerund must follow the verb directly, so it opens the object's phrase.
     */
    private static List<Dependency> repaired(Sentence sentence) {
        List<Dependency> deps = sentence.dependencies();
        List<Dependency> out = null;
        for (Dependency amod : deps) {
            if (!(amod.relation().equals("amod") || amod.relation().equals("compound")) || amod.governor() < 0) {
                continue;
            }
            int gerund = amod.dependent();
            int noun = amod.governor();
            if (gerund == 0 || gerund >= noun || !sentence.token(gerund).tag().equals("VBG")) {
                continue;
            }
            for (boolean climbed = true; climbed; ) { // "detaining [opposition leader] Machado": up the compounds
                climbed = false;
                for (Dependency d : deps) {
                    if (d.dependent() == noun && d.relation().equals("compound") && d.governor() > noun) {
                        noun = d.governor();
                        climbed = true;
                        break;
                    }
                }
            }
            int verb = gerund - 1;
            Dependency object = null;
            for (Dependency d : deps) {
                if (d.dependent() == noun && d.governor() == verb && d.relation().equals("obj")) {
                    object = d;
                }
            }
            if (object == null || !sentence.token(verb).tag().startsWith("VB")
                    || !org.sitrep.annotate.Gerunds.TAKING_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(object);
            out.remove(amod);
            out.add(new Dependency(verb, gerund, "xcomp"));
            out.add(new Dependency(gerund, noun, "obj"));
            for (Dependency d : deps) {
                if (d.governor() == verb && d.relation().equals("nsubj")) {
                    out.add(new Dependency(gerund, d.dependent(), "nsubj:xsubj"));
                }
            }
        }
        List<Dependency> repaired = out == null ? deps : out;
        for (Repair repair : REPAIRS) {
            repaired = repair.apply(sentence, repaired);
        }
        return repaired;
    }

    /** One repair of the parse: the sentence's dependencies in, the repaired ones out (the same list if none). */
    private interface Repair {
        List<Dependency> apply(Sentence sentence, List<Dependency> deps);
    }

    /** The repairs after the gerund repair, in the order they apply (each sees the ones before). */
    private static final List<Repair> REPAIRS = List.of(Graph::whoseClauses, Graph::wireObjects, Graph::callOn,
            Graph::highConjuncts, Graph::rangeObjects, Graph::approximateObjects, Graph::timeSubjects,
            Graph::dayParticiples, Graph::nounRoots, Graph::betweenSubjects, Graph::unitHeads, Graph::reducedRelatives,
            Graph::passiveDays, Graph::commaParticiples, Graph::thatlessComplements);

    /**
     * "Chad's president, whose army lost 40 soldiers last week, accused Sudan of ...": a noun, a comma, a relative
     * clause opened by "whose", a closing comma and a verb. The parser may hang the main verb inside the relative
     * clause (as an adjective of the clause's last noun or a second object of the clause's verb) and leave the noun
     * at the root, so the whose-noun ("army") reads as the one who acts. The verb after the closing comma is the
     * root, the noun before "whose" its subject, the whose-clause a relative clause on that noun ({@code
     * acl:relcl}), and the words after the comma that hung inside the clause are the verb's (its object, its
     * complements, the final full stop). A parse that already has the verb with a subject of its own is kept, its
     * whose-clause (read as a bare {@code dep} of the noun) relabelled as the relative clause it is.
     */
    private static List<Dependency> whoseClauses(Sentence sentence, List<Dependency> deps) {
        for (int w = 2; w + 1 < sentence.size(); w++) {
            if (!sentence.token(w).word().equalsIgnoreCase("whose") || !sentence.token(w - 1).word().equals(",")) {
                continue;
            }
            final int open = w - 1;
            // the noun the clause is on: the head of the noun phrase that ends right before the comma
            int noun = w - 2;
            for (boolean climbed = true; climbed; ) {
                climbed = false;
                for (Dependency d : deps) {
                    final int n = noun;
                    if (d.dependent() == n && d.governor() > n && d.governor() < open
                            && Set.of("compound", "flat", "amod").contains(d.baseRelation())) {
                        noun = d.governor();
                        climbed = true;
                        break;
                    }
                }
            }
            if (!sentence.token(noun).tag().startsWith("NN")) {
                continue;
            }
            // the whose-noun's verb: the clause's head, before the closing comma
            int owned = -1;
            for (Dependency d : deps) {
                if (d.dependent() == w && d.relation().equals("nmod:poss")) {
                    owned = d.governor();
                }
            }
            int close = -1;
            for (int k = w + 1; k < sentence.size(); k++) {
                if (sentence.token(k).word().equals(",")) {
                    close = k;
                    break;
                }
            }
            if (owned <= w || close < 0 || owned >= close) {
                continue;
            }
            int clauseVerb = -1;
            for (Dependency d : deps) {
                if (d.dependent() == owned && d.baseRelation().startsWith("nsubj") && d.governor() > owned
                        && d.governor() < close) {
                    clauseVerb = d.governor();
                }
            }
            int verb = close + 1;
            if (clauseVerb < 0 || verb >= sentence.size()) {
                continue;
            }
            if (sentence.token(verb).tag().equals("RB") && verb + 1 < sentence.size()) {
                verb++; // "..., also accused"
            }
            String tag = sentence.token(verb).tag();
            if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN"))) {
                continue;
            }
            final int v = verb;
            final int rv = clauseVerb;
            final int x = noun;
            final int c = close;
            if (deps.stream().anyMatch(d -> d.governor() == v && d.baseRelation().startsWith("nsubj"))) {
                // the main verb has its subject: only a whose-clause read as a bare dep becomes the relative clause
                Dependency bare = deps.stream().filter(d -> d.governor() == x && d.dependent() == rv
                        && d.relation().equals("dep")).findFirst().orElse(null);
                if (bare == null) {
                    continue;
                }
                List<Dependency> out = new ArrayList<>(deps);
                out.remove(bare);
                out.add(new Dependency(x, rv, "acl:relcl"));
                return out;
            }
            // the noun must be the root or hang on the main verb's clause from inside: a noun that is some verb's
            // object before it ("met the president, whose army ..., and said") is no subject of the verb after
            boolean nounFree = deps.stream().filter(d -> d.dependent() == x)
                    .allMatch(d -> d.governor() == Dependency.ROOT || d.governor() == v);
            boolean verbInside = deps.stream().filter(d -> d.dependent() == v)
                    .allMatch(d -> d.governor() == Dependency.ROOT || d.governor() == x
                            || d.governor() > open && d.governor() <= c || d.governor() > v);
            if (!nounFree || !verbInside) {
                continue;
            }
            List<Dependency> out = new ArrayList<>();
            for (Dependency d : deps) {
                if (d.dependent() == v || d.dependent() == x || d.dependent() == rv) {
                    continue; // re-attached below
                }
                boolean fromClause = d.governor() == x || d.governor() > open && d.governor() <= c;
                if (fromClause && d.dependent() > c) {
                    // "Sudan" read as the clause verb's object, the full stop as the noun's: the main verb's
                    out.add(new Dependency(v, d.dependent(), d.relation()));
                } else {
                    out.add(d);
                }
            }
            out.add(new Dependency(Dependency.ROOT, v, "root"));
            out.add(new Dependency(v, x, "nsubj"));
            out.add(new Dependency(x, rv, "acl:relcl"));
            return out;
        }
        return deps;
    }

    /** Verbs that take an event noun as object and never a clause: "held talks", "staged a protest". */
    private static final Set<String> CLAUSELESS_VERBS = Set.of("hold", "conduct", "stage", "launch", "begin", "start",
            "open", "resume");

    /**
     * "threw out the union's suit challenging the law", "held talks with business leaders worried that ...": a noun
     * right after a verb that has no object, followed by a participle phrase, is read by the parser as the subject
     * of a clause hung on the verb (a bare {@code dep} or a {@code ccomp}), and the verb loses its object. The noun
     * is the verb's object and the participle phrase a reduced relative clause ({@code acl}) on the noun right
     * before it. A clause with an auxiliary, a copula or a subordinator stays a clause; a past-tense or past
     * participle form counts only after a light verb, which takes no clause ("said the talks failed", "said air
     * strikes killed 12 people" keep their clause).
     */
    private static List<Dependency> reducedRelatives(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency clause : deps) {
            int verb = clause.governor();
            int participle = clause.dependent();
            if (verb < 0 || participle <= verb + 1
                    || !(clause.relation().equals("dep") || clause.relation().equals("ccomp"))
                    || !sentence.token(verb).tag().startsWith("VB")
                    || deps.stream().anyMatch(d -> d.governor() == verb
                            && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))) {
                continue;
            }
            String tag = sentence.token(participle).tag();
            boolean light = CLAUSELESS_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT));
            if (!(tag.equals("VBG") || (tag.equals("VBN") || tag.equals("VBD")) && light)) {
                continue;
            }
            int subject = -1;
            boolean clausal = false;
            for (Dependency d : deps) {
                if (d.governor() == participle) {
                    String r = d.relation();
                    if (r.equals("nsubj")) {
                        subject = d.dependent();
                    }
                    clausal |= r.startsWith("aux") || r.equals("mark") || r.equals("cop") || r.equals("nsubj:pass")
                            || r.equals("expl");
                }
            }
            if (subject <= verb || subject >= participle || clausal
                    || !sentence.token(subject).tag().startsWith("NN")) {
                continue;
            }
            // the noun's phrase runs from right after the verb to right before the participle: every word in
            // between hangs inside that span (its own modifiers, a possessive, the verb's particle)
            boolean phrase = true;
            for (int k = verb + 1; k < participle && phrase; k++) {
                if (k == subject) {
                    continue;
                }
                final int t = k;
                phrase = deps.stream().filter(d -> d.dependent() == t && !d.relation().startsWith("punct"))
                        .allMatch(d -> d.governor() >= verb && d.governor() < participle)
                        && deps.stream().anyMatch(d -> d.dependent() == t)
                        && !sentence.token(t).tag().startsWith("VB") && !sentence.token(t).word().equals(",");
            }
            final int noun = subject;
            if (!phrase || deps.stream().anyMatch(d -> d.dependent() == noun && d.governor() != participle)) {
                continue;
            }
            int modified = sentence.token(participle - 1).tag().startsWith("NN") ? participle - 1 : subject;
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(clause);
            out.removeIf(d -> d.dependent() == noun && d.governor() == participle);
            out.add(new Dependency(verb, noun, "obj"));
            out.add(new Dependency(modified, participle, "acl"));
        }
        return out == null ? deps : out;
    }

    /** Units of time that measure how long something lasts: "a one and a half day strike". */
    private static final Set<String> TIME_UNITS = Set.of("hour", "day", "week", "month", "year");

    /**
     * A noun measured by a spelled-out number with a fraction ("a one and a half day strike"): the parser reads
     * "one" and "day" as conjoined heads and hangs the noun on the unit as a bare {@code dep}. The noun that follows
     * the unit is the phrase's head: it takes the unit's relations (and those of the number conjoined with it), the
     * unit becomes its compound and the number the unit's nummod.
     */
    private static List<Dependency> unitHeads(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency dep : deps) {
            int unit = dep.governor();
            int noun = dep.dependent();
            if (!dep.relation().equals("dep") || unit < 0 || noun != unit + 1
                    || !TIME_UNITS.contains(sentence.token(unit).lemma().toLowerCase(Locale.ROOT))
                    || !sentence.token(noun).tag().startsWith("NN")) {
                continue;
            }
            int number = -1;
            for (Dependency d : deps) {
                if (d.dependent() == unit && d.baseRelation().equals("conj") && d.governor() < unit
                        && sentence.token(d.governor()).tag().equals("CD")) {
                    number = d.governor();
                }
            }
            if (number < 0) {
                continue; // only the fraction misreading: other bare deps stay as parsed
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            final int numeral = number;
            for (Dependency d : deps) {
                if (d == dep) {
                    out.remove(d);
                } else if (d.dependent() == unit && d.governor() == numeral) {
                    out.remove(d); // the conj of the number and the unit
                } else if (d.dependent() == unit || d.dependent() == numeral) {
                    out.remove(d); // "began [one] and a half [day]": both read as the object; the noun is
                    Dependency moved = new Dependency(d.governor(), noun, d.relation());
                    if (d.governor() != unit && d.governor() != noun && !out.contains(moved)) {
                        out.add(moved);
                    }
                } else if (d.governor() == numeral && d.relation().equals("det")) {
                    out.remove(d);
                    out.add(new Dependency(noun, d.dependent(), "det"));
                }
            }
            out.add(new Dependency(noun, unit, "compound"));
            out.add(new Dependency(unit, numeral, "nummod"));
        }
        return out == null ? deps : out;
    }

    /**
     * "Fighting broke out between the army and the RSF", "talks broke down between X and Y": the parser hangs the
     * "between" phrase on the verb, which has no object, while it names the parties of the noun that is its subject;
     * the phrase (and its conjuncts) becomes the noun's.
     */
    private static List<Dependency> betweenSubjects(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            int verb = d.governor();
            if (verb < 0 || !d.relation().equals("obl:between") || !sentence.token(verb).tag().startsWith("VB")
                    || hasObject(deps, verb)) {
                continue;
            }
            int subject = -1;
            for (Dependency s : deps) {
                if (s.governor() == verb && s.relation().equals("nsubj") && s.dependent() < verb
                        && Set.of("NN", "NNS", "VBG").contains(sentence.token(s.dependent()).tag())) {
                    // a common noun or a gerund ("Fighting broke out"); a name shuttles between places itself
                    subject = s.dependent();
                }
            }
            final int noun = subject;
            if (noun < 0 || deps.stream().anyMatch(x -> x.governor() == noun && x.relation().equals("nmod:between"))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(d);
            out.add(new Dependency(noun, d.dependent(), "nmod:between"));
        }
        return out == null ? deps : out;
    }

    /**
     * A subject and its verb read as a noun phrase with a reduced relative clause ("Pakistan's military accused
     * India of backing ...", parsed as "Pakistan" at the root with "military [accused India]" hung on it): when the
     * sentence's root is a noun and a past-tense or participle verb that has an object of its own, no auxiliary and
     * no subject modifies that noun or one of its modifiers, the verb is the root and the noun its subject (a
     * reduced passive has no object: "the intelligence provided by Jordan"). The same when the verb was read as
     * the adjective of its object ("Nigeria's military accused Niger of ...", with "Niger" at the root).
     */
    private static List<Dependency> nounRoots(Sentence sentence, List<Dependency> deps) {
        Dependency root = deps.stream().filter(d -> d.governor() == Dependency.ROOT).findFirst().orElse(null);
        if (root == null || !sentence.token(root.dependent()).tag().startsWith("NN")
                || deps.stream().filter(d -> d.governor() == Dependency.ROOT).count() != 1) {
            return deps;
        }
        int noun = root.dependent();
        if (deps.stream().anyMatch(d -> d.governor() == noun && (d.relation().equals("cop")
                || d.baseRelation().startsWith("nsubj")))) {
            return deps; // a noun predicate ("It was the first round of talks since X bombed ...") is no fragment
        }
        for (Dependency acl : deps) {
            int verb = acl.dependent();
            int host = acl.governor();
            String tag = sentence.token(verb).tag();
            if (!acl.relation().equals("acl") || verb <= host || !(tag.equals("VBD") || tag.equals("VBN"))) {
                continue;
            }
            boolean inSubject = host == noun || deps.stream().anyMatch(d -> d.governor() == noun
                    && d.dependent() == host && d.dependent() < verb
                    && Set.of("amod", "compound", "nmod:poss").contains(d.relation()));
            boolean object = deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
            boolean own = deps.stream().anyMatch(d -> d.governor() == verb
                    && (d.baseRelation().startsWith("aux") || d.baseRelation().startsWith("nsubj")));
            if (!inSubject || !object || own) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(deps);
            out.remove(root);
            out.remove(acl);
            out.add(new Dependency(Dependency.ROOT, verb, "root"));
            out.add(new Dependency(verb, noun, "nsubj"));
            for (Dependency d : deps) {
                if (d.governor() == noun && d.relation().equals("punct") && d.dependent() > verb) {
                    out.remove(d);
                    out.add(new Dependency(verb, d.dependent(), "punct"));
                }
            }
            return out;
        }
        // "Nigeria's military accused Niger of ...", parsed as one noun phrase headed by the object with the verb
        // read as its adjective ("the accused"): the verb is the root, the noun right before it the subject (with
        // the words before it), the root noun its object
        for (Dependency amod : deps) {
            int verb = amod.dependent();
            String tag = sentence.token(verb).tag();
            if (amod.governor() != noun || !amod.relation().equals("amod") || verb < 2 || verb > noun
                    || !(tag.equals("VBD") || tag.equals("VBN"))) {
                continue;
            }
            int subject = verb - 1;
            String subjectTag = sentence.token(subject).tag();
            boolean between = true;
            for (int k = verb + 1; k < noun; k++) {
                String t = sentence.token(k).tag();
                between &= t.equals("DT") || t.startsWith("NN") || t.equals("JJ") || t.equals("POS");
            }
            final int head = subject;
            boolean modifiesObject = deps.stream().anyMatch(d -> d.governor() == noun && d.dependent() == head
                    && Set.of("amod", "compound", "nmod:poss").contains(d.relation()));
            if (!between || !modifiesObject || !(subjectTag.startsWith("NN") || subjectTag.equals("JJ"))) {
                continue;
            }
            List<Dependency> out = new ArrayList<>(deps);
            out.remove(root);
            out.remove(amod);
            out.add(new Dependency(Dependency.ROOT, verb, "root"));
            out.add(new Dependency(verb, noun, "obj"));
            for (Dependency d : deps) {
                if (d.governor() == noun && d.dependent() == subject) {
                    out.remove(d);
                    out.add(new Dependency(verb, subject, "nsubj"));
                } else if (d.governor() == noun && d.dependent() < subject && !d.relation().equals("punct")) {
                    out.remove(d); // the subject's own words: "Nigeria's" of "Nigeria's military"
                    out.add(new Dependency(subject, d.dependent(), d.relation()));
                } else if (d.governor() == noun && d.relation().equals("punct") && d.dependent() > noun) {
                    out.remove(d);
                    out.add(new Dependency(verb, d.dependent(), "punct"));
                } else if (d.governor() == noun && d.dependent() > noun && d.baseRelation().equals("nmod")) {
                    out.remove(d); // "of harbouring the gunmen": the verb's complement
                    out.add(new Dependency(verb, d.dependent(), d.subtype().isEmpty() ? "obl" : "advcl:" + d.subtype()));
                }
            }
            return out;
        }
        return deps;
    }

    /**
     * Wire style's day followed by a participle clause ("adopted a resolution on Thursday commending Moldova for
     * ..."), parsed as one noun phrase "on [Thursday commending Moldova]" with the day a compound and the participle
     * an adjective of the clause's object: the day is the time phrase, the participle a clause of the phrase's
     * governor (of a noun: "a resolution ... commending"; of a verb: "said on Monday, citing ...") and the noun its
     * object.
     */
    private static List<Dependency> dayParticiples(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency compound : deps) {
            int day = compound.dependent();
            int noun = compound.governor();
            int participle = day + 1;
            if (!compound.relation().equals("compound") || noun < 0 || participle >= noun
                    || !WEEKDAYS.contains(sentence.token(day).word().toLowerCase(Locale.ROOT))
                    || !sentence.token(participle).tag().equals("VBG")) {
                continue;
            }
            Dependency amod = null;
            Dependency attach = null;
            Dependency marker = null;
            for (Dependency d : deps) {
                if (d.governor() == noun && d.dependent() == participle && d.relation().equals("amod")) {
                    amod = d;
                } else if (d.dependent() == noun && d.governor() >= 0 && d.governor() < day
                        && (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))) {
                    attach = d;
                } else if (d.governor() == noun && d.dependent() == day - 1 && d.relation().equals("case")) {
                    marker = d;
                }
            }
            if (amod == null || attach == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            int governor = attach.governor();
            boolean verbal = sentence.token(governor).tag().startsWith("VB");
            out.remove(compound);
            out.remove(amod);
            out.remove(attach);
            out.add(new Dependency(governor, day, attach.relation()));
            if (marker != null) {
                out.remove(marker);
                out.add(new Dependency(day, marker.dependent(), "case"));
            }
            out.add(new Dependency(governor, participle, verbal ? "advcl" : "acl"));
            out.add(new Dependency(participle, noun, "obj"));
        }
        return out == null ? deps : out;
    }

    /**
     * "A car bomb was on Monday rammed into a base": a day phrase between the passive auxiliary and its participle,
     * parsed as a copula clause ("was on Monday", the day its root and the subject its subject) with the participle
     * an adjective clause of the day. The participle is the clause's head: the subject is its passive subject, "was"
     * its passive auxiliary, the day its time phrase, and whatever the day governed after it the participle's.
     */
    static List<Dependency> passiveDays(Sentence sentence, List<Dependency> deps) {
        for (Dependency acl : deps) {
            int day = acl.governor();
            int participle = acl.dependent();
            if (day < 0 || !acl.relation().equals("acl") || participle != day + 1
                    || !DAY_WORDS.contains(sentence.token(day).word().toLowerCase(Locale.ROOT))
                    || !(sentence.token(participle).tag().equals("VBN") || sentence.token(participle).tag().equals("VBD"))) {
                continue;
            }
            Dependency cop = null;
            Dependency subject = null;
            for (Dependency d : deps) {
                if (d.governor() == day && d.relation().equals("cop") && d.dependent() < day
                        && sentence.token(d.dependent()).lemma().equalsIgnoreCase("be")) {
                    cop = d;
                } else if (d.governor() == day && d.relation().equals("nsubj") && d.dependent() < day) {
                    subject = d;
                }
            }
            if (cop == null || subject == null) {
                continue;
            }
            List<Dependency> out = new ArrayList<>();
            String prep = "";
            for (Dependency d : deps) {
                if (d.governor() == day && d.relation().equals("case")) {
                    prep = sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                }
            }
            for (Dependency d : deps) {
                if (d == acl) {
                    continue;
                } else if (d == cop) {
                    out.add(new Dependency(participle, d.dependent(), "aux:pass"));
                } else if (d == subject) {
                    out.add(new Dependency(participle, d.dependent(), "nsubj:pass"));
                } else if (d.dependent() == day) {
                    out.add(new Dependency(d.governor(), participle, d.relation())); // the root
                } else if (d.governor() == day && (d.dependent() > participle || d.relation().startsWith("aux")
                        || d.relation().equals("advmod") && d.dependent() < day - 1)) {
                    out.add(new Dependency(participle, d.dependent(), d.relation())); // the final full stop
                } else {
                    out.add(d);
                }
            }
            out.add(new Dependency(participle, day, prep.isEmpty() ? "obl:tmod" : "obl:" + prep));
            return out;
        }
        return deps;
    }

    /**
     * "Dozens died in the attack, reportedly conducted by the Taliban": a past participle with a "by" phrase and no
     * subject or auxiliary of its own, set off by a comma right after a noun, is a reduced relative clause on that
     * noun ({@code acl}); the parser hangs it on the main verb as a bare {@code dep}. Adverbs may stand between the
     * comma and the participle ("reportedly", "allegedly").
     */
    static List<Dependency> commaParticiples(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency dep : deps) {
            int verb = dep.governor();
            int participle = dep.dependent();
            if (verb < 0 || !dep.relation().equals("dep") || participle <= verb
                    || !sentence.token(participle).tag().equals("VBN")) {
                continue;
            }
            int comma = participle - 1;
            while (comma > verb && sentence.token(comma).tag().startsWith("RB")) {
                comma--;
            }
            int noun = comma - 1;
            if (noun <= verb || !sentence.token(comma).word().equals(",")
                    || !sentence.token(noun).tag().startsWith("NN")) {
                continue;
            }
            boolean agent = false;
            boolean clausal = false;
            for (Dependency d : deps) {
                if (d.governor() == participle) {
                    String r = d.relation();
                    agent |= r.equals("obl:agent") || r.equals("obl:by");
                    clausal |= r.startsWith("nsubj") || r.startsWith("aux") || r.equals("mark") || r.equals("cop");
                }
            }
            final int n = noun;
            // the noun is the verb's: its object or oblique, or a noun of that phrase
            boolean inPhrase = deps.stream().anyMatch(d -> d.dependent() == n && d.governor() >= verb && d.governor() < n
                    && (d.baseRelation().equals("obl") || d.baseRelation().equals("obj") || d.baseRelation().equals("nmod")));
            if (!agent || clausal || !inPhrase) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(dep);
            out.add(new Dependency(noun, participle, "acl"));
        }
        return out == null ? deps : out;
    }

    /**
     * Verbs of saying and believing whose complement clause may follow with no "that". Not "confirm": what is
     * confirmed restates an event told before ("ISAF confirmed a facilitator was detained" in a release's update),
     * and read as a new event it counts the people held twice (ISAF set, isaf-101).
     */
    private static final Set<String> THATLESS_REPORTS = Set.of("say", "report", "announce", "claim", "allege",
            "state", "assert", "contend", "insist", "argue", "acknowledge", "admit", "add", "note", "warn",
            "believe", "think", "charge", "fear", "reveal", "disclose", "declare", "testify", "suspect", "maintain");

    /** Object pronouns, which a verb of saying may really take as its object ("warned them"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them");

    /**
     * "Reuters reports the army has arrested three men", "Acme announced the ministry was conducting an
     * inquiry": a complement clause with no "that" after a verb of saying, whose subject the parser took for the
     * saying verb's object, hanging the clause's verb as the root with the saying verb its clausal subject
     * ({@code csubj}), or as a bare {@code dep} of the saying verb. The object is the clause's subject (passive
     * where the clause is), the clause the saying verb's complement ({@code ccomp}), and the saying verb takes the
     * clause verb's place in the graph. Only where nothing but the clause verb's auxiliaries and adverbs stands
     * between the object's phrase and the verb, and the verb has no subject of its own.
     */
    static List<Dependency> thatlessComplements(Sentence sentence, List<Dependency> deps) {
        for (Dependency link : deps) {
            int say;
            int verb;
            boolean clausalSubject = link.relation().equals("csubj") || link.relation().equals("csubj:pass");
            if (clausalSubject) {
                say = link.dependent();
                verb = link.governor();
            } else if (link.relation().equals("dep")) {
                say = link.governor();
                verb = link.dependent();
            } else {
                continue;
            }
            if (say < 0 || verb <= say || !sentence.token(say).tag().startsWith("VB")
                    || !THATLESS_REPORTS.contains(sentence.token(say).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String verbTag = sentence.token(verb).tag();
            if (!verbTag.startsWith("VB")) {
                continue;
            }
            Dependency object = null;
            boolean subject = false;
            boolean passive = false;
            boolean auxiliary = false;
            boolean marked = false;
            for (Dependency d : deps) {
                if (d.governor() == say && d.relation().equals("obj") && d.dependent() > say && d.dependent() < verb) {
                    object = d;
                } else if (d.governor() == verb) {
                    String r = d.relation();
                    subject |= r.startsWith("nsubj") || r.equals("expl") || r.startsWith("csubj") && d != link;
                    passive |= r.equals("aux:pass");
                    auxiliary |= r.startsWith("aux");
                    marked |= r.equals("mark");
                }
            }
            if (object == null || subject || marked) {
                continue;
            }
            // a finite clause: a past or present verb, or any verb with its auxiliaries
            if (!auxiliary && !(verbTag.equals("VBD") || verbTag.equals("VBZ") || verbTag.equals("VBP"))) {
                continue;
            }
            int head = object.dependent();
            String headTag = sentence.token(head).tag();
            if (!(headTag.startsWith("NN") || headTag.equals("PRP") || headTag.equals("CD"))
                    || OBJECT_PRONOUNS.contains(sentence.token(head).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the object's phrase ends where the clause's auxiliaries and adverbs begin
            int end = phraseEnd(deps, head, verb);
            boolean adjacent = end < verb;
            for (int t = end + 1; t < verb && adjacent; t++) {
                final int tt = t;
                adjacent = deps.stream().anyMatch(d -> d.governor() == verb && d.dependent() == tt
                        && (d.relation().startsWith("aux") || d.relation().equals("advmod")));
            }
            if (!adjacent) {
                continue;
            }
            List<Dependency> out = new ArrayList<>();
            for (Dependency d : deps) {
                if (d == link || d == object) {
                    continue;
                } else if (clausalSubject && d.dependent() == verb) {
                    out.add(new Dependency(d.governor(), say, d.relation())); // the saying verb takes its place
                } else if (clausalSubject && d.governor() == verb && d.dependent() < say) {
                    out.add(new Dependency(say, d.dependent(), d.relation()));
                } else {
                    out.add(d);
                }
            }
            out.add(new Dependency(say, verb, "ccomp"));
            out.add(new Dependency(verb, head, passive ? "nsubj:pass" : "nsubj"));
            return out;
        }
        return deps;
    }

    /** The last token of the phrase a head governs, looking only at tokens before {@code limit}. */
    private static int phraseEnd(List<Dependency> deps, int head, int limit) {
        int end = head;
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Dependency d : deps) {
                if (d.dependent() > end && d.dependent() < limit && d.governor() >= head && d.governor() <= end
                        && !d.relation().equals("punct")) {
                    end = d.dependent();
                    grew = true;
                }
            }
        }
        return end;
    }

    /** Day and time words the parser may take for the subject of a following "to" clause. */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "weekend");

    /**
     * "decided on Thursday to suspend the talks" parsed as a for-to clause, [on Thursday] [to suspend], with the day
     * as the subject of "suspend" and "on" as its marker: the day is a time phrase of the governing verb and the "to"
     * clause its complement, whose subject is the governor's (xcomp).
     */
    private static List<Dependency> timeSubjects(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency subj : deps) {
            int verb = subj.governor();
            int day = subj.dependent();
            if (verb < 0 || !subj.relation().equals("nsubj") || day == 0 || day >= verb
                    || !DAY_WORDS.contains(sentence.token(day).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency prep = null;
            Dependency to = null;
            Dependency clause = null;
            for (Dependency d : deps) {
                if (d.governor() == verb && d.relation().equals("mark") && d.dependent() == day - 1
                        && sentence.token(d.dependent()).tag().equals("IN")) {
                    prep = d;
                } else if (d.governor() == verb && d.relation().equals("mark") && d.dependent() > day
                        && sentence.token(d.dependent()).tag().equals("TO")) {
                    to = d;
                } else if (d.dependent() == verb && d.governor() >= 0 && d.governor() < day
                        && d.baseRelation().equals("advcl")) {
                    clause = d;
                }
            }
            if (prep == null || to == null || clause == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            String word = sentence.token(prep.dependent()).word().toLowerCase(Locale.ROOT);
            out.remove(subj);
            out.remove(prep);
            out.remove(clause);
            out.add(new Dependency(day, prep.dependent(), "case"));
            out.add(new Dependency(clause.governor(), day, "obl:" + word));
            out.add(new Dependency(clause.governor(), verb, "xcomp"));
            for (Dependency d : deps) {
                if (d.governor() == clause.governor() && d.relation().equals("nsubj")) {
                    out.add(new Dependency(verb, d.dependent(), "nsubj:xsubj"));
                }
            }
        }
        return out == null ? deps : out;
    }

    /** Words that make a number approximate and that the parser may take for a preposition. */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "over");

    /**
     * An approximate count read as a prepositional phrase: "fired about 180 missiles at Israel" parsed as
     * obl:about(fired, missiles), with "at Israel" hung on the missiles. When the verb has no object and the word
     * right after "about"/"around"/"over" is the noun's number, the noun is the verb's object (the word modifies
     * the number), and a place or target phrase on that noun ("at Israel", "on Kyiv", "into Ukraine") is the verb's.
     */
    private static List<Dependency> approximateObjects(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            int verb = d.governor();
            if (verb < 0 || !d.baseRelation().equals("obl") || !APPROXIMATORS.contains(d.subtype())
                    || !sentence.token(verb).tag().startsWith("VB") || hasObject(deps, verb)) {
                continue;
            }
            int noun = d.dependent();
            Dependency marker = null;
            for (Dependency c : deps) {
                if (c.governor() == noun && c.relation().equals("case") && c.dependent() + 1 < noun
                        && sentence.token(c.dependent() + 1).tag().equals("CD")
                        && APPROXIMATORS.contains(sentence.token(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                    marker = c;
                }
            }
            if (marker == null || !sentence.token(noun).tag().startsWith("NN")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(d);
            out.remove(marker);
            out.add(new Dependency(verb, noun, "obj"));
            out.add(new Dependency(marker.dependent() + 1, marker.dependent(), "advmod"));
            for (Dependency c : deps) {
                if (c.governor() == noun && c.baseRelation().equals("nmod")
                        && Set.of("at", "on", "into", "against").contains(c.subtype())) {
                    out.remove(c);
                    out.add(new Dependency(verb, c.dependent(), "obl:" + c.subtype()));
                }
            }
        }
        return out == null ? deps : out;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday");

    /**
     * Two misreadings of a transitive verb's object, undone: wire style's day before the object ("lifted Friday a
     * blockade", parsed as the day with the object hung on it) and an object with a reduced relative clause
     * ("released 12 fishermen held since March", parsed as a clause "fishermen held ..." hung on the verb). In
     * both the verb has no object of its own; the noun becomes its object (and the participle the noun's clause).
     */
    private static List<Dependency> wireObjects(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            int verb = d.governor();
            if (verb < 0 || !(d.relation().equals("obl:tmod") || d.relation().equals("dep"))
                    || !sentence.token(verb).tag().startsWith("VB")) {
                continue;
            }
            int middle = d.dependent();
            boolean day = d.relation().equals("obl:tmod")
                    && WEEKDAYS.contains(sentence.token(middle).word().toLowerCase(Locale.ROOT)) && middle == verb + 1;
            boolean participle = d.relation().equals("dep") && sentence.token(middle).tag().equals("VBN")
                    && middle > verb && deps.stream().noneMatch(x -> x.governor() == middle
                    && (x.relation().startsWith("aux")));
            if (!day && !participle || hasObject(deps, verb)) {
                continue;
            }
            for (Dependency c : deps) {
                if (c.governor() != middle) {
                    continue;
                }
                int noun = c.dependent();
                boolean dayObject = day && c.relation().equals("dep") && noun > middle;
                boolean relativeObject = participle && c.relation().equals("nsubj") && noun > verb && noun < middle;
                if ((dayObject || relativeObject) && sentence.token(noun).tag().startsWith("NN")) {
                    if (out == null) {
                        out = new ArrayList<>(deps);
                    }
                    out.remove(c);
                    out.add(new Dependency(verb, noun, "obj"));
                    if (relativeObject) {
                        out.remove(d);
                        out.add(new Dependency(noun, middle, "acl"));
                    }
                    break;
                }
            }
        }
        return out == null ? deps : out;
    }

    private static boolean hasObject(List<Dependency> deps, int verb) {
        return deps.stream().anyMatch(x -> x.governor() == verb && (x.relation().equals("obj")
                || x.relation().equals("nsubj:pass") || x.relation().equals("ccomp")));
    }

    /**
     * "detained between 20 and 30 protesters", "killed from 5 to 8 fighters": the parser reads the range's first
     * word as a preposition and the counted noun as an oblique; right after a verb with no object, it is the object.
     */
    private static List<Dependency> rangeObjects(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency d : deps) {
            if (!(d.relation().equals("obl:between") || d.relation().equals("obl:from")) || d.governor() < 0
                    || !sentence.token(d.governor()).tag().startsWith("VB")) {
                continue;
            }
            int verb = d.governor();
            int noun = d.dependent();
            if (verb + 2 >= sentence.size() || !sentence.token(verb + 2).tag().equals("CD")
                    || !Set.of("between", "from").contains(sentence.token(verb + 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean counted = false;
            boolean hasObject = false;
            for (Dependency x : deps) {
                counted |= x.governor() == noun && (x.relation().equals("nummod") || x.relation().equals("compound"))
                        && sentence.token(x.dependent()).tag().equals("CD");
                hasObject |= x.governor() == verb && x.relation().equals("obj");
            }
            if (counted && !hasObject) {
                if (out == null) {
                    out = new ArrayList<>(deps);
                }
                out.set(out.indexOf(d), new Dependency(verb, noun, "obj"));
            }
        }
        return out == null ? deps : out;
    }

    /**
     * "Trump criticised both countries, telling reporters that they had broken the deal, and urged Israel not to
     * ...": a subjectless finite verb conjoined to a verb deep inside the sentence (after ", and", or to a verb
     * with no subject of its own, as in a relative clause) shares the subject of the sentence's main verb; so does
     * an active conjunct that only got the passive subject of the verb it is conjoined to ("said two of its
     * nationals had been detained and demanded their release").
     */
    /**
     * Hangs the verb {@code verb} from the main verb by {@code relation} with the main verb's subject as its own:
     * its former subjects and head are dropped.
     */
    private static List<Dependency> rehang(List<Dependency> out, int mainVerb, int verb, int subject, String relation) {
        out.removeIf(d -> d.governor() == verb && d.baseRelation().startsWith("nsubj") || d.dependent() == verb);
        out.add(new Dependency(mainVerb, verb, relation));
        out.add(new Dependency(verb, subject, "nsubj"));
        return out;
    }

    private static List<Dependency> highConjuncts(Sentence sentence, List<Dependency> deps) {
        int root = -1;
        for (Dependency d : deps) {
            if (d.governor() == Dependency.ROOT) {
                root = d.dependent();
            }
        }
        if (root < 0 || !finite(sentence, root)) {
            return deps;
        }
        int rootSubject = -1;
        for (Dependency d : deps) {
            if (d.governor() == root && d.relation().equals("nsubj")) {
                rootSubject = d.dependent();
            }
        }
        if (rootSubject < 0) {
            return deps;
        }
        List<Dependency> out = null;
        for (Dependency conj : deps) {
            int v2 = conj.dependent();
            int v1 = conj.governor();
            if (conj.relation().startsWith("conj") && v1 > root && v2 > v1 && (mismatchedConjunct(sentence, deps, root, v1, v2)
                    || speakersAct(sentence, deps, root, v1, v2))) {
                // a finite verb is never the conjunct of an infinitive or a gerund: it is the main verb's
                out = rehang(out == null ? new ArrayList<>(deps) : out, root, v2, rootSubject, "conj:and");
                continue;
            }
            if (conj.relation().startsWith("conj") && v1 > root && v2 > v1 && passiveParticipleConjunct(sentence, deps, v2)) {
                // "said two nationals had been detained, accusing the authorities of ...": a participle clause
                // after a comma, active and with an object, is the main clause's; the passive subject the parser
                // carried over to it is none of its own
                out = rehang(out == null ? new ArrayList<>(deps) : out, root, v2, rootSubject, "advcl");
                continue;
            }
            if (!conj.relation().startsWith("conj") || v1 < 0 || v1 == root || v2 < root || !finite(sentence, v2)
                    || !sentence.token(v2).tag().equals(sentence.token(root).tag())) {
                continue;
            }
            boolean subjectless = true;
            boolean v1HasSubject = false;
            // "said two nationals had been detained and demanded their release": the passive subject the parser
            // carries over to an active, transitive conjunct is none of its own
            boolean carriedPassive = false;
            boolean v2Passive = false;
            boolean v2Object = false;
            for (Dependency d : deps) {
                if (d.governor() == v2) {
                    v2Passive |= d.relation().equals("aux:pass");
                    v2Object |= d.relation().equals("obj") || d.relation().startsWith("obl:");
                }
            }
            for (Dependency d : deps) {
                if (d.governor() == v2 && d.relation().equals("nsubj:pass") && !v2Passive && v2Object) {
                    carriedPassive = true;
                } else if (d.governor() == v2 && d.relation().startsWith("nsubj")) {
                    subjectless = false;
                }
                if (d.governor() == v1 && d.relation().startsWith("nsubj")
                        && !sentence.token(d.dependent()).tag().startsWith("W")
                        && !sentence.token(d.dependent()).word().equalsIgnoreCase("that")) {
                    v1HasSubject = true;
                }
            }
            boolean commaAnd = v2 >= 2 && sentence.token(v2 - 1).word().equalsIgnoreCase("and")
                    && sentence.token(v2 - 2).word().equals(",");
            if (!subjectless || !(commaAnd || !v1HasSubject || carriedPassive)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            if (carriedPassive) {
                // ... and it is the main verb's conjunct: the demand is the speaker's act, not part of what is said
                final int mainVerb = root;
                out.removeIf(d -> d.governor() == v2 && d.relation().equals("nsubj:pass")
                        || d.dependent() == v2 && d.governor() != mainVerb);
                out.removeIf(d -> d.dependent() == v2 && d.governor() == mainVerb);
                out.add(new Dependency(root, v2, "conj:and"));
            }
            out.add(new Dependency(v2, rootSubject, "nsubj"));
        }
        return out == null ? deps : out;
    }

    /**
     * "Zelensky thanked Trump for his willingness to help and asked for more air defence", "Rwanda denied
     * supporting the offensive and accused Congolese troops of ...": the parser joins the second verb to the
     * infinitive or gerund before it, but verbs joined by "and" share their form, so a past-tense verb (or a past
     * participle with an object and no auxiliary, after a gerund) joined to an infinitive or a gerund inside the
     * main verb's complement is the main verb's own conjunct, with its subject.
     */
    private static boolean mismatchedConjunct(Sentence sentence, List<Dependency> deps, int root, int v1, int v2) {
        String rootTag = sentence.token(root).tag();
        String t1 = sentence.token(v1).tag();
        String t2 = sentence.token(v2).tag();
        if (!rootTag.equals("VBD") || !(t1.equals("VB") || t1.equals("VBG"))
                || v2 < 1 || !sentence.token(v2 - 1).word().equalsIgnoreCase("and")) {
            return false;
        }
        boolean object = false;
        boolean auxiliary = false;
        for (Dependency d : deps) {
            if (d.governor() == v2) {
                object |= d.relation().equals("obj") || d.relation().startsWith("obl") || d.relation().equals("xcomp");
                auxiliary |= d.baseRelation().startsWith("aux") || d.relation().equals("cop");
            }
        }
        if (auxiliary || !object) {
            return false;
        }
        return t2.equals("VBD") || t2.equals("VBN") && t1.equals("VBG");
    }

    /** Verbs of speaking whose reported clause the speaker's own further acts follow. */
    private static final Set<String> SPEAKING = Set.of("say", "tell", "announce", "state");
    /** Acts of address a speaker goes on to perform: "said ... and urged Kyiv not to ...". */
    private static final Set<String> ADDRESS = Set.of("urge", "call", "demand", "ask", "warn", "appeal", "accuse",
            "criticise", "criticize", "praise", "thank", "invite", "vow", "pledge", "promise", "threaten", "condemn",
            "insist", "press", "blame", "welcome");

    /**
     * "Putin said the two sides had reached an understanding and urged Kyiv not to obstruct it": a simple past act
     * of address joined to a past perfect inside what a past verb of speaking reports is the speaker's next act,
     * not part of what was said (the reported clause's tense is the past perfect the act does not share).
     */
    private static boolean speakersAct(Sentence sentence, List<Dependency> deps, int root, int v1, int v2) {
        if (!sentence.token(root).tag().equals("VBD") || !SPEAKING.contains(sentence.token(root).lemma().toLowerCase(Locale.ROOT))
                || !sentence.token(v2).tag().equals("VBD")
                || !ADDRESS.contains(sentence.token(v2).lemma().toLowerCase(Locale.ROOT))
                || v2 < 1 || !sentence.token(v2 - 1).word().equalsIgnoreCase("and")) {
            return false;
        }
        boolean reported = false;
        boolean perfect = false;
        boolean ownAuxiliary = false;
        for (Dependency d : deps) {
            reported |= d.governor() == root && d.dependent() == v1 && d.relation().equals("ccomp");
            perfect |= d.governor() == v1 && d.relation().equals("aux") && sentence.token(d.dependent()).lemma().equalsIgnoreCase("have")
                    && sentence.token(d.dependent()).tag().equals("VBD");
            ownAuxiliary |= d.governor() == v2 && d.baseRelation().startsWith("aux");
        }
        return reported && perfect && !ownAuxiliary;
    }

    /** A gerund after a comma, with an object, no auxiliary and only a passive subject the parser carried over. */
    private static boolean passiveParticipleConjunct(Sentence sentence, List<Dependency> deps, int v2) {
        if (!sentence.token(v2).tag().equals("VBG") || v2 < 1 || !sentence.token(v2 - 1).word().equals(",")) {
            return false;
        }
        boolean carried = false;
        boolean object = false;
        for (Dependency d : deps) {
            if (d.governor() == v2) {
                if (d.baseRelation().startsWith("aux") || d.relation().equals("nsubj")) {
                    return false;
                }
                carried |= d.relation().equals("nsubj:pass");
                object |= d.relation().equals("obj");
            }
        }
        return carried && object;
    }

    private static boolean finite(Sentence sentence, int i) {
        String tag = sentence.token(i).tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * "The UN called on Israel to open more crossings" parsed as "called [on Israel to open ...]" with "on" as the
     * mark of "open" and Israel its subject: rebuilt as "called on Israel" (obl:on) with "to open" its complement.
     */
    private static List<Dependency> callOn(Sentence sentence, List<Dependency> deps) {
        List<Dependency> out = null;
        for (Dependency mark : deps) {
            if (!mark.relation().equals("mark") || mark.governor() < 0) {
                continue;
            }
            String word = sentence.token(mark.dependent()).word().toLowerCase(Locale.ROOT);
            if (!word.equals("on") && !word.equals("upon")) {
                continue;
            }
            int verb = mark.governor();
            Dependency clause = null;
            Dependency subject = null;
            for (Dependency d : deps) {
                if (d.dependent() == verb && d.relation().startsWith("advcl") && d.governor() >= 0
                        && sentence.token(d.governor()).lemma().equalsIgnoreCase("call")) {
                    clause = d;
                }
                if (d.governor() == verb && d.relation().equals("nsubj")) {
                    subject = d;
                }
            }
            if (clause == null || subject == null || subject.dependent() < mark.dependent()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(deps);
            }
            out.remove(mark);
            out.remove(clause);
            out.remove(subject);
            out.add(new Dependency(subject.dependent(), mark.dependent(), "case"));
            out.add(new Dependency(clause.governor(), subject.dependent(), "obl:" + word));
            out.add(new Dependency(clause.governor(), verb, "xcomp"));
            out.add(new Dependency(verb, subject.dependent(), "nsubj:xsubj"));
        }
        return out == null ? deps : out;
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    List<Dependency> parents(int i) {
        return parents.get(i);
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String lemma(int i) {
        String l = lemmas[i];
        if (l == null) {
            l = sentence.token(i).lemma().toLowerCase(Locale.ROOT);
            lemmas[i] = l;
        }
        return l;
    }

    String lower(int i) {
        String l = lowers[i];
        if (l == null) {
            l = sentence.token(i).word().toLowerCase(Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }

    /** Whether some token of the sentence has this lemma or word (lower case). */
    boolean hasWord(String lower) {
        if (vocabulary == null) {
            Set<String> v = new java.util.HashSet<>(4 * sentence.size());
            for (int i = 0; i < sentence.size(); i++) {
                v.add(lemma(i));
                v.add(lower(i));
            }
            vocabulary = v;
        }
        return vocabulary.contains(lower);
    }

    /** Dependents of {@code i} whose relation equals one of {@code relations} or has it as base ("obl" matches "obl:in"). */
    List<Integer> dependents(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            for (String r : relations) {
                if (d.relation().equals(r) || (!r.contains(":") && d.baseRelation().equals(r) && !isExact(r))) {
                    if (!out.contains(d.dependent())) {
                        out.add(d.dependent());
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** "nsubj" must not also match "nsubj:pass" or "nsubj:xsubj": those are asked for by name. */
    private static boolean isExact(String r) {
        return r.equals("nsubj") || r.equals("obj") || r.equals("iobj") || r.equals("aux") || r.equals("csubj");
    }

    /** Dependents reached through an enhanced relation with this subtype: prepositions "with" -> obl:with, nmod:with. */
    List<Integer> prepositional(int i, String preposition) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            String base = d.baseRelation();
            if (!base.equals("obl") && !base.equals("nmod")) {
                continue;
            }
            String p = d.subtype().isEmpty() || d.subtype().equals("agent") && !preposition.equals("agent")
                    ? caseMarker(d.dependent()) : d.subtype();
            if (p.equals(preposition) || p.startsWith(preposition + "_")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The preposition of an oblique or nominal modifier, from its case child ("at" in "at Israel"), or "". */
    String caseMarker(int i) {
        for (Dependency c : children.get(i)) {
            if (c.relation().equals("case")) {
                return lemma(c.dependent());
            }
        }
        return "";
    }

    boolean hasDependent(int i, String relation, String... lemmas) {
        for (Dependency d : children.get(i)) {
            if (d.relation().equals(relation) || d.baseRelation().equals(relation)) {
                String l = lemma(d.dependent());
                String w = lower(d.dependent());
                for (String x : lemmas) {
                    if (x.equals(l) || x.equals(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when {@code descendant} is reachable from {@code ancestor} in at most {@code depth} steps. */
    boolean dominates(int ancestor, int descendant, int depth) {
        if (ancestor == descendant) {
            return true;
        }
        List<Integer> frontier = List.of(ancestor);
        for (int k = 0; k < depth && !frontier.isEmpty(); k++) {
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                for (Dependency d : children.get(f)) {
                    if (d.dependent() == descendant) {
                        return true;
                    }
                    next.add(d.dependent());
                }
            }
            frontier = next;
        }
        return false;
    }

    /** Every token under {@code i} (including it), following basic-tree-like relations only, with a size cap. */
    List<Integer> subtree(int i, int max) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size() && out.size() < max; k++) {
            for (Dependency d : children.get(out.get(k))) {
                if (!out.contains(d.dependent()) && !d.relation().startsWith("ref")) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }
}
