package org.sitrep.eval.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.code.DependencyEventCoder;
import org.sitrep.code.PetrarchOptions;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.pipeline.Dictionaries;
import org.sitrep.resolve.ActorEntry;

/**
 * Scores Sitrep on PETRARCH's unit tests, coding with the {@code PETR.Validate.*} dictionaries read through Sitrep's
 * PETRARCH readers (none of Sitrep's own). Per record, the predicted (source, target, code) triples (an event
 * without a recipient has target {@code ---}, a sector without a country {@code ---SECTOR}) are matched one-to-one
 * with the gold ones at the full code, its first three digits and its two-digit root; micro precision, recall and
 * F1 over all records; a noevents record is right when nothing is coded. Records PETRARCH marks
 * {@code sentence="false"} (features it does not implement) are left out, as PETRARCH's validation does.
 */
public final class PetrarchUnitEvaluation {
    private PetrarchUnitEvaluation() {
    }

    /** The {@code PETR.Validate.*} dictionaries of the unit-test folder. */
    public static Dictionaries dictionaries(Path folder) {
        Path dir = Files.isDirectory(folder) ? folder : folder.getParent();
        List<Path> files = List.of(dir.resolve("PETR.Validate.actors.txt"), dir.resolve("PETR.Validate.agents.txt"),
                dir.resolve("PETR.Validate.verbs.txt"), dir.resolve("PETR.Validate.discards.txt"));
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new EvaluationException(f + ": missing; the petrarch-unit suite needs the PETR.Validate.* files");
            }
        }
        return Dictionaries.petrarchOnly(List.of(files.get(0)), List.of(files.get(1)), List.of(files.get(2)),
                List.of(files.get(3)));
    }

    /** The agent codes of PETRARCH dictionaries: codes that stand alone only as sectors (printed {@code ---CODE}). */
    public static Set<String> sectorCodes(Dictionaries d) {
        Set<String> out = new HashSet<>();
        d.actorDictionary().entries().stream().filter(e -> e.type() == ActorEntry.Type.SECTOR)
                .forEach(e -> out.add(e.code()));
        return out;
    }

    /** The triples a record's predicted events make, without duplicates. */
    static Set<PetrarchUnitRecord.Coding> triples(List<EventMention> events, Set<String> sectorCodes) {
        Set<PetrarchUnitRecord.Coding> out = new LinkedHashSet<>();
        for (EventMention e : events) {
            List<String> sources = codes(e.actor(), sectorCodes);
            List<String> targets = codes(e.recipient(), sectorCodes);
            for (String s : sources) {
                for (String t : targets) {
                    out.add(new PetrarchUnitRecord.Coding(s, t, e.cameo()));
                }
            }
        }
        return out;
    }

    private static List<String> codes(List<Participant> ps, Set<String> sectorCodes) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) {
            out.add(sectorCodes.contains(p.code()) ? "---" + p.code() : p.code());
        }
        return out.isEmpty() ? List.of("---") : out;
    }

    /**
     * Codes every active record as PETRARCH would with the options the file sets for it ({@code require_dyad},
     * comma-clause lengths; PETRARCH's defaults before any is set) and scores it.
     *
     * @param coder        the pipeline coding with {@code dictionaries}; its event coder is replaced by one with
     *                     the record's PETRARCH options
     * @param dictionaries the {@code PETR.Validate.*} dictionaries
     * @param perRecord    told each record's predicted triples, for debugging output
     */
    public static Map<String, Object> score(List<PetrarchUnitRecord> records, Coder coder, Dictionaries dictionaries,
                                            Consumer<String> perRecord) {
        Map<PetrarchOptions, Coder> coders = new HashMap<>();
        return score(records, r -> coders.computeIfAbsent(options(r), o -> coder.withEventCoder(
                new DependencyEventCoder(dictionaries.patternDictionary(), o))), sectorCodes(dictionaries), perRecord);
    }

    /** The PETRARCH options in force for a record. */
    static PetrarchOptions options(PetrarchUnitRecord r) {
        PetrarchOptions o = PetrarchOptions.DEFAULTS;
        for (Map.Entry<String, String> e : r.config().entrySet()) {
            try {
                o = o.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new EvaluationException("record " + r.id() + ": " + ex.getMessage());
            }
        }
        return o;
    }

    /**
     * Codes every active record with the coder chosen for it and scores it.
     *
     * @param sectorCodes codes that stand alone only as agents (printed as {@code ---CODE})
     * @param perRecord   told each record's predicted triples, for debugging output
     */
    static Map<String, Object> score(List<PetrarchUnitRecord> records, Function<PetrarchUnitRecord, Coder> coderOf,
                                     Set<String> sectorCodes, Consumer<String> perRecord) {
        long[] full = new long[3];
        long[] base = new long[3];
        long[] root = new long[3];
        int noEventRecords = 0;
        int noEventRight = 0;
        int scored = 0;
        int codings = 0;
        for (PetrarchUnitRecord r : records) {
            if (!r.active()) {
                continue;
            }
            scored++;
            codings += r.codings().size();
            Set<PetrarchUnitRecord.Coding> predicted = triples(coderOf.apply(r).code(r.id(), r.date(), r.text()),
                    sectorCodes);
            if (r.noEvents()) {
                noEventRecords++;
                if (predicted.isEmpty()) {
                    noEventRight++;
                }
            }
            match(predicted, r.codings(), 4, full);
            match(predicted, r.codings(), 3, base);
            match(predicted, r.codings(), 2, root);
            perRecord.accept(r.id() + "\tgold " + r.codings() + (r.noEvents() ? " noevents" : "") + "\tpredicted "
                    + predicted);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "petrarch-unit");
        out.put("records", scored);
        out.put("codings", codings);
        out.put("f1_full", Scores.round(Scores.f1(full)));
        out.put("f1_base", Scores.round(Scores.f1(base)));
        out.put("f1_root", Scores.round(Scores.f1(root)));
        out.put("precision_full", Scores.round(Scores.precision(full)));
        out.put("recall_full", Scores.round(Scores.recall(full)));
        out.put("noevent_accuracy", Scores.round(noEventRecords == 0 ? 1 : Scores.ratio(noEventRight, noEventRecords)));
        return out;
    }

    /** One-to-one matching of equal triples (code cut to {@code digits}): a multiset intersection. */
    static void match(Set<PetrarchUnitRecord.Coding> predicted, List<PetrarchUnitRecord.Coding> gold, int digits,
                      long[] c) {
        Map<List<String>, Integer> goldCounts = new HashMap<>();
        for (PetrarchUnitRecord.Coding g : gold) {
            goldCounts.merge(key(g, digits), 1, Integer::sum);
        }
        int tp = 0;
        for (PetrarchUnitRecord.Coding p : predicted) {
            List<String> k = key(p, digits);
            Integer n = goldCounts.get(k);
            if (n != null && n > 0) {
                goldCounts.put(k, n - 1);
                tp++;
            }
        }
        c[0] += tp;
        c[1] += predicted.size() - tp;
        c[2] += gold.size() - tp;
    }

    private static List<String> key(PetrarchUnitRecord.Coding c, int digits) {
        String code = c.code().length() > digits ? c.code().substring(0, digits) : c.code();
        return List.of(c.source(), c.target(), code);
    }
}
