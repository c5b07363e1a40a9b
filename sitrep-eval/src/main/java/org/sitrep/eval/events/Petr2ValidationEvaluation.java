package org.sitrep.eval.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.code.CameoTypes;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.pipeline.Dictionaries;

/**
 * A held-out check of event coding on PETRARCH-2's GSR validation sentences (news sentences from AFP plus test
 * sentences, coded by OEDA, partly from PETRARCH-2's own output). Sitrep was not developed on them. Two readings:
 * <ul>
 *   <li>as PETRARCH-2 ran them, with the Phoenix dictionaries the file names (actors, agents, CAMEO verbs,
 *       discards) read through Sitrep's PETRARCH readers: (source, target, code) triples matched one-to-one at the
 *       full code, three digits and the root, as for the unit tests; a noevents record is right when nothing is
 *       coded;</li>
 *   <li>with Sitrep's own dictionaries (the default configuration a user runs): the triples with each actor cut to
 *       its country or organisation prefix (three letters, {@code ---} for a bare sector) and the code to its root
 *       ({@code sitrep_root_f1}); the share of gold codings whose PLOVER type (through CAMEO2PLOVER) is among the
 *       predicted types ({@code sitrep_type_recall}); the PLOVER GSR actor rule per gold coding, country prefixes
 *       of actors and recipients, micro F1 ({@code sitrep_actor_iso3_f1}); and the noevents records left
 *       empty.</li>
 * </ul>
 */
public final class Petr2ValidationEvaluation {
    private Petr2ValidationEvaluation() {
    }

    /** The Phoenix dictionaries the validation file names, from a folder holding them. */
    public static Dictionaries phoenix(Path folder) {
        List<Path> actors = List.of(folder.resolve("Phoenix.Countries.actors.txt"),
                folder.resolve("Phoenix.International.actors.txt"), folder.resolve("Phoenix.MilNonState.actors.txt"));
        Path agents = folder.resolve("Phoenix.agents.txt");
        Path verbs = folder.resolve("CAMEO.2.0.txt");
        Path discards = folder.resolve("Phoenix.discards.txt");
        List<Path> all = new ArrayList<>(actors);
        all.addAll(List.of(agents, verbs, discards));
        for (Path f : all) {
            if (!Files.isRegularFile(f)) {
                throw new EvaluationException(f + ": missing; the petr2-gsr suite codes with the Phoenix dictionaries "
                        + "(--dictionaries names their folder)");
            }
        }
        return Dictionaries.petrarchOnly(actors, List.of(agents), List.of(verbs), List.of(discards));
    }

    /**
     * Codes every active record both ways and scores it.
     *
     * @param phoenix     the pipeline with the Phoenix dictionaries
     * @param sectorCodes the Phoenix agent codes (a bare agent prints as {@code ---CODE})
     * @param sitrep      the pipeline with Sitrep's own dictionaries
     * @param perRecord   told each record's gold and predicted triples
     */
    public static Map<String, Object> score(List<PetrarchUnitRecord> records, Coder phoenix, Set<String> sectorCodes,
                                            Coder sitrep, Consumer<String> perRecord) {
        long[] full = new long[3];
        long[] base = new long[3];
        long[] root = new long[3];
        long[] own = new long[3];
        long[] iso = new long[3];
        int scored = 0;
        int codings = 0;
        int noEventRecords = 0;
        int noEventRight = 0;
        int ownNoEventRight = 0;
        int typed = 0;
        int typeHits = 0;
        for (PetrarchUnitRecord r : records) {
            if (!r.active()) {
                continue;
            }
            scored++;
            codings += r.codings().size();
            Set<PetrarchUnitRecord.Coding> predicted = PetrarchUnitEvaluation.triples(
                    phoenix.code(r.id(), r.date(), r.text()), sectorCodes);
            List<EventMention> mine = sitrep.code(r.id(), r.date(), r.text());
            if (r.noEvents()) {
                noEventRecords++;
                noEventRight += predicted.isEmpty() ? 1 : 0;
                ownNoEventRight += mine.isEmpty() ? 1 : 0;
            }
            PetrarchUnitEvaluation.match(predicted, r.codings(), 4, full);
            PetrarchUnitEvaluation.match(predicted, r.codings(), 3, base);
            PetrarchUnitEvaluation.match(predicted, r.codings(), 2, root);
            Set<PetrarchUnitRecord.Coding> ownTriples = ownTriples(mine);
            List<PetrarchUnitRecord.Coding> goldCut = new ArrayList<>();
            for (PetrarchUnitRecord.Coding g : r.codings()) {
                goldCut.add(new PetrarchUnitRecord.Coding(prefix(g.source()), prefix(g.target()), g.code()));
                Optional<PloverType> t = CameoTypes.typeOf(g.code());
                if (t.isPresent()) {
                    typed++;
                    if (mine.stream().anyMatch(e -> e.eventType() == t.get())) {
                        typeHits++;
                    }
                }
            }
            PetrarchUnitEvaluation.match(ownTriples, goldCut, 2, own);
            for (PetrarchUnitRecord.Coding gc : r.codings()) {
                actorSets(mine, gc, iso);
            }
            perRecord.accept(r.id() + "\tgold " + r.codings() + (r.noEvents() ? " noevents" : "") + "\tphoenix "
                    + predicted + "\tsitrep " + ownTriples + "\t" + r.text());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "petr2-gsr");
        out.put("records", scored);
        out.put("codings", codings);
        out.put("f1_full", Scores.round(Scores.f1(full)));
        out.put("f1_base", Scores.round(Scores.f1(base)));
        out.put("f1_root", Scores.round(Scores.f1(root)));
        out.put("noevent_accuracy", Scores.round(noEventRecords == 0 ? 1 : Scores.ratio(noEventRight, noEventRecords)));
        out.put("sitrep_root_f1", Scores.round(Scores.f1(own)));
        out.put("sitrep_type_recall", Scores.round(typed == 0 ? 0 : Scores.ratio(typeHits, typed)));
        out.put("sitrep_actor_iso3_f1", Scores.round(Scores.f1(iso)));
        out.put("sitrep_noevent_accuracy",
                Scores.round(noEventRecords == 0 ? 1 : Scores.ratio(ownNoEventRight, noEventRecords)));
        return out;
    }

    /**
     * The PLOVER GSR actor rule on one gold coding: the predicted event of the coding's PLOVER type (most
     * confident), else the most confident one; its actors' country prefixes against the gold source's, its
     * recipients' against the gold target's (a gold side with no country, "---REB", is not scored).
     */
    private static void actorSets(List<EventMention> predicted, PetrarchUnitRecord.Coding gold, long[] c) {
        Optional<PloverType> type = CameoTypes.typeOf(gold.code());
        Optional<EventMention> answer = predicted.stream().filter(e -> type.isPresent() && e.eventType() == type.get())
                .max(java.util.Comparator.comparingDouble(EventMention::confidence));
        if (answer.isEmpty()) {
            answer = predicted.stream().max(java.util.Comparator.comparingDouble(EventMention::confidence));
        }
        tally(answer.map(e -> countries(e.actor())).orElse(Set.of()), prefix(gold.source()), c);
        tally(answer.map(e -> countries(e.recipient())).orElse(Set.of()), prefix(gold.target()), c);
    }

    /** The country or organisation prefixes of participants, bare sectors left out. */
    private static Set<String> countries(List<Participant> ps) {
        Set<String> out = new LinkedHashSet<>(prefixes(ps));
        out.remove("---");
        return out;
    }

    private static void tally(Set<String> predicted, String gold, long[] c) {
        boolean scored = !gold.startsWith("-");
        for (String p : predicted) {
            if (scored && p.equals(gold)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        if (scored && !predicted.contains(gold)) {
            c[2]++;
        }
    }

    /** Sitrep's events as (country prefix, country prefix, code) triples. */
    static Set<PetrarchUnitRecord.Coding> ownTriples(List<EventMention> events) {
        Set<PetrarchUnitRecord.Coding> out = new LinkedHashSet<>();
        for (EventMention e : events) {
            for (String s : prefixes(e.actor())) {
                for (String t : prefixes(e.recipient())) {
                    out.add(new PetrarchUnitRecord.Coding(s, t, e.cameo()));
                }
            }
        }
        return out;
    }

    private static List<String> prefixes(List<Participant> ps) {
        List<String> out = new ArrayList<>();
        for (String[] p : GsrEvaluation.split(ps)) {
            out.add(p[0].isEmpty() ? "---" : p[0]);
        }
        return out.isEmpty() ? List.of("---") : out;
    }

    /** A gold code cut to its country or organisation prefix: "USAGOV" -> USA, "---REB" -> ---. */
    static String prefix(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}
