package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

/**
 * Scores Sitrep on the PLOVER gold-standard records. For each record the predicted event is the one with the gold
 * type if any, else the most confident one; a record with no predicted event is a miss. Coding: type accuracy,
 * per-type precision, recall and F1 with their macro average, and quad-class accuracy. Actors: set F1 of the
 * predicted actor codes against the gold sources and recipients against the gold targets, micro-averaged over
 * records, on the country part (ISO3 or organisation prefix) and on country + sector.
 */
public final class GsrEvaluation {
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED",
            "BUS", "EDU", "REL", "HLH", "LAB", "REF", "ELI", "SPY", "PTY", "CRM", "INS", "NGO", "IGO", "AGR", "UAF");

    private GsrEvaluation() {
    }

    /** A bare sector code, with no country or organisation ("MIL"). */
    static boolean isSector(String code) {
        return code.length() == 3 && SECTORS.contains(code);
    }

    /** The predicted event that answers a gold record, if any. */
    static Optional<EventMention> answer(GsrRecord record, List<EventMention> events) {
        Optional<EventMention> sameType = events.stream().filter(e -> e.eventType() == record.type())
                .max(Comparator.comparingDouble(EventMention::confidence));
        return sameType.isPresent() ? sameType : events.stream().max(Comparator.comparingDouble(EventMention::confidence));
    }

    /** Quad classes: verbal cooperation, material cooperation, verbal conflict, material conflict. */
    static int quad(PloverType t) {
        return switch (t) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
            case COOPERATE, AID, RETREAT -> 2;
            case REQUEST, ACCUSE, REJECT, THREATEN -> 3;
            default -> 4;
        };
    }

    public static Map<String, Object> coding(List<GsrRecord> records, Coder coder) {
        return coding(records, coder, line -> { });
    }

    /** As {@link #coding(List, Coder)}, telling {@code details} each record coded wrong. */
    public static Map<String, Object> coding(List<GsrRecord> records, Coder coder,
                                             java.util.function.Consumer<String> details) {
        int right = 0;
        int quadRight = 0;
        Map<PloverType, int[]> counts = new TreeMap<>(); // tp, fp, fn
        for (PloverType t : PloverType.values()) {
            counts.put(t, new int[3]);
        }
        for (GsrRecord r : records) {
            Optional<EventMention> a = answer(r, coder.code(r.id(), r.date(), r.text()));
            PloverType predicted = a.map(EventMention::eventType).orElse(null);
            if (predicted != r.type()) {
                details.accept(r.id() + "\tgold " + r.type() + "\tpredicted " + predicted + "\t"
                        + a.map(e -> e.evidence().trigger()).orElse("-") + "\t" + r.text());
            }
            if (predicted == r.type()) {
                right++;
                counts.get(r.type())[0]++;
            } else {
                counts.get(r.type())[2]++;
                if (predicted != null) {
                    counts.get(predicted)[1]++;
                }
            }
            if (predicted != null && quad(predicted) == quad(r.type())) {
                quadRight++;
            }
        }
        Map<String, int[]> byName = new LinkedHashMap<>();
        counts.forEach((t, c) -> byName.put(t.name(), c));
        Scores.PerClass perType = Scores.perClass(byName, false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "plover-gsr");
        out.put("records", records.size());
        out.put("type_accuracy", round((double) right / records.size()));
        out.put("type_macro_f1", round(perType.macroF1()));
        out.put("quad_accuracy", round((double) quadRight / records.size()));
        out.put("per_type", perType.table());
        return out;
    }

    public static Map<String, Object> actors(List<GsrRecord> records, Coder coder) {
        return actors(records, coder, line -> { });
    }

    /**
     * As {@link #actors(List, Coder)}, telling {@code details} each record whose codes differ from the gold: id,
     * gold and predicted source and target codes (country + sector), the predicted trigger and the sentence.
     */
    public static Map<String, Object> actors(List<GsrRecord> records, Coder coder,
                                             java.util.function.Consumer<String> details) {
        long[] iso = new long[3]; // tp, fp, fn
        long[] full = new long[3];
        for (GsrRecord r : records) {
            Optional<EventMention> a = answer(r, coder.code(r.id(), r.date(), r.text()));
            List<String[]> predictedActors = a.map(e -> split(e.actor())).orElse(List.of());
            List<String[]> predictedRecipients = a.map(e -> split(e.recipient())).orElse(List.of());
            Set<String> gs = fullCodes(r.source());
            Set<String> gt = fullCodes(r.target());
            Set<String> ps = joined(predictedActors);
            Set<String> pt = joined(predictedRecipients);
            boolean same = r.reciprocal() ? union(gs, gt).equals(union(ps, pt)) : gs.equals(ps) && gt.equals(pt);
            if (!same) {
                details.accept(r.id() + (r.reciprocal() ? "\treciprocal" : "") + "\tgold " + gs + " -> " + gt
                        + "\tpredicted " + (a.isEmpty() ? "none" : a.get().eventType() + " " + ps + " -> " + pt
                        + " '" + a.get().evidence().trigger() + "'") + "\t" + r.text());
            }
            if (r.reciprocal()) {
                List<String[]> allPredicted = new ArrayList<>(predictedActors);
                allPredicted.addAll(predictedRecipients);
                List<GsrRecord.Code> allGold = new ArrayList<>(r.source());
                allGold.addAll(r.target());
                count(allPredicted, allGold, iso, full);
            } else {
                count(predictedActors, r.source(), iso, full);
                count(predictedRecipients, r.target(), iso, full);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "plover-gsr-actors");
        out.put("records", records.size());
        out.put("iso3_f1", round(Scores.f1(iso)));
        out.put("code_f1", round(Scores.f1(full)));
        out.put("iso3_precision", round(Scores.precision(iso)));
        out.put("iso3_recall", round(Scores.recall(iso)));
        return out;
    }

    private static Set<String> fullCodes(List<GsrRecord.Code> codes) {
        Set<String> out = new java.util.TreeSet<>();
        codes.forEach(c -> out.add(c.full()));
        return out;
    }

    private static Set<String> joined(List<String[]> codes) {
        Set<String> out = new java.util.TreeSet<>();
        codes.forEach(c -> out.add(c[0] + (c[1] == null ? "" : c[1])));
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Our codes as (country, sector): "RUSGOV" -> RUS, GOV; "IGOUNO" -> IGO, none; "IGOUNOMIL" -> IGO, MIL. */
    static List<String[]> split(List<Participant> ps) {
        List<String[]> out = new ArrayList<>();
        for (Participant p : ps) {
            String c = p.code();
            if (isSector(c)) {
                out.add(new String[] {"", c});
                continue;
            }
            String sector = null;
            for (int i = 3; i + 3 <= c.length(); i += 3) {
                String block = c.substring(i, i + 3);
                if (SECTORS.contains(block)) {
                    sector = block;
                }
            }
            out.add(new String[] {c.substring(0, 3), sector});
        }
        return out;
    }

    private static void count(List<String[]> predicted, List<GsrRecord.Code> gold, long[] iso, long[] full) {
        Set<String> pIso = new LinkedHashSet<>();
        Set<String> pFull = new LinkedHashSet<>();
        for (String[] p : predicted) {
            if (!p[0].isEmpty()) {
                pIso.add(p[0]);
            }
            pFull.add(p[0] + (p[1] == null ? "" : p[1]));
        }
        Set<String> gIso = new LinkedHashSet<>();
        Set<String> gFull = new LinkedHashSet<>();
        for (GsrRecord.Code g : gold) {
            gIso.add(g.country());
            gFull.add(g.full());
        }
        tally(pIso, gIso, iso);
        tally(pFull, gFull, full);
    }

    private static void tally(Set<String> predicted, Set<String> gold, long[] c) {
        for (String p : predicted) {
            if (gold.contains(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                c[2]++;
            }
        }
    }

    static double round(double x) {
        return Scores.round(x);
    }
}
