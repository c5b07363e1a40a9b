package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;

/**
 * Scores event coding on Sitrep's own coding set ({@code sets/coding.jsonl}, written by the project: dated news
 * sentences, one gold event each with its PLOVER type, CAMEO code and actor and recipient codes, or none for
 * sports, business and weather sentences that use conflict words). The set was written and committed before Sitrep
 * was first run on it; its first score is recorded in docs/evaluation.md as a measure on unseen sentences.
 *
 * <p>The predicted event is the most confident one of the gold type, else the most confident one; type accuracy
 * counts the first case, CAMEO root accuracy (two digits) and exact accuracy compare its code. Actors and recipients
 * are compared as sets of country or organisation keys (three letters; six for {@code IGO}, {@code NGO} and
 * {@code IMG} codes), micro-averaged set F1; items marked {@code reciprocal} ("A and B met") merge both roles and
 * count with the actors. A sentence with no gold event is right when nothing is coded.
 */
public final class CodingSetEvaluation {
    private CodingSetEvaluation() {
    }

    /** One sentence: its gold event, or none ({@code type} null). */
    public record Item(String id, String date, String text, String type, String cameo, List<String> actor,
                       List<String> recipient, boolean reciprocal) {
    }

    /** The set shipped with Sitrep. */
    public static List<Item> builtIn() {
        return GoldLines.builtIn("coding.jsonl", CodingSetEvaluation::item);
    }

    /** A set in the same format from a file. */
    public static List<Item> read(Path file) {
        return GoldLines.read(file, CodingSetEvaluation::item);
    }

    private static Item item(JsonNode j) {
        return new Item(j.path("id").asText(), j.path("date").asText(), j.path("text").asText(),
                GoldLines.text(j, "event_type"),
                GoldLines.text(j, "cameo"), list(j.path("actor")),
                list(j.path("recipient")), j.path("reciprocal").asBoolean(false));
    }

    private static List<String> list(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The key a code is compared by: "RUSMIL" -> RUS, "IGOUNOWFP" -> IGOUNO, "MIL" -> none. */
    static String key(String code) {
        if (code.length() < 3 || code.length() == 3 && !code.matches("[A-Z]{3}")) {
            return null;
        }
        boolean organisation = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG");
        return organisation && code.length() >= 6 ? code.substring(0, 6) : code.substring(0, 3);
    }

    private static Set<String> keys(List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : codes) {
            String k = key(c);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<String> codes(List<Participant> ps) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) {
            if (p.code() != null && !GsrEvaluation.isSector(p.code())) {
                out.add(p.code());
            }
        }
        return out;
    }

    public static Map<String, Object> score(List<Item> items, Coder coder, Consumer<String> details) {
        return score("sitrep-coding", items, coder, details);
    }

    /** The scores under a suite name of their own (our gold on another corpus: "wikinews-coding"). */
    public static Map<String, Object> score(String suite, List<Item> items, Coder coder, Consumer<String> details) {
        return score(suite, items, item -> coder.code(item.id(), item.date(), item.text()), details);
    }

    /**
     * The scores of the events {@code predict} gives for each item (its sentence coded alone, or inside its article:
     * the events told in that sentence).
     */
    public static Map<String, Object> score(String suite, List<Item> items,
            java.util.function.Function<Item, List<EventMention>> predict, Consumer<String> details) {
        int events = 0;
        int typeRight = 0;
        int rootRight = 0;
        int cameoRight = 0;
        int none = 0;
        int noneRight = 0;
        long[] actor = new long[3];
        long[] recipient = new long[3];
        Map<String, int[]> perType = new LinkedHashMap<>();
        for (Item item : items) {
            List<EventMention> predicted = predict.apply(item);
            if (item.type() == null) {
                none++;
                noneRight += predicted.isEmpty() ? 1 : 0;
                if (!predicted.isEmpty()) {
                    details.accept(item.id() + "\tno event expected, coded " + describe(predicted.get(0)) + "\t"
                            + item.text());
                }
                continue;
            }
            events++;
            int[] t = perType.computeIfAbsent(item.type(), k -> new int[2]);
            t[1]++;
            Optional<EventMention> ofType = predicted.stream()
                    .filter(e -> e.eventType() != null && e.eventType().name().equals(item.type()))
                    .max(Comparator.comparingDouble(EventMention::confidence));
            Optional<EventMention> answer = ofType.isPresent() ? ofType
                    : predicted.stream().max(Comparator.comparingDouble(EventMention::confidence));
            if (ofType.isPresent()) {
                typeRight++;
                t[0]++;
            }
            String code = answer.map(EventMention::cameo).orElse("");
            if (item.cameo() != null && code.length() >= 2 && code.startsWith(item.cameo().substring(0, 2))) {
                rootRight++;
            }
            if (code.equals(item.cameo())) {
                cameoRight++;
            }
            Set<String> pa = keys(answer.map(e -> codes(e.actor())).orElse(List.of()));
            Set<String> pr = keys(answer.map(e -> codes(e.recipient())).orElse(List.of()));
            Set<String> ga = keys(item.actor());
            Set<String> gr = keys(item.recipient());
            boolean rolesRight;
            if (item.reciprocal()) { // "A and B met": both roles merged, counted with the actors
                Set<String> p = new LinkedHashSet<>(pa);
                p.addAll(pr);
                Set<String> g = new LinkedHashSet<>(ga);
                g.addAll(gr);
                tally(p, g, actor);
                rolesRight = p.equals(g);
            } else {
                tally(pa, ga, actor);
                tally(pr, gr, recipient);
                rolesRight = pa.equals(ga) && pr.equals(gr);
            }
            if (ofType.isEmpty() || !rolesRight) {
                details.accept(item.id() + "\tgold " + item.type() + " " + item.cameo() + " " + ga + " -> " + gr
                        + "\tpredicted " + answer.map(CodingSetEvaluation::describe).orElse("nothing") + "\t"
                        + item.text());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite);
        out.put("items", items.size());
        out.put("type_accuracy", Scores.round(Scores.ratio(typeRight, events)));
        out.put("cameo_root_accuracy", Scores.round(Scores.ratio(rootRight, events)));
        out.put("cameo_accuracy", Scores.round(Scores.ratio(cameoRight, events)));
        out.put("actor_f1", Scores.round(Scores.f1(actor)));
        out.put("recipient_f1", Scores.round(Scores.f1(recipient)));
        out.put("noevent_accuracy", Scores.round(none == 0 ? 1 : Scores.ratio(noneRight, none)));
        Map<String, Object> types = new LinkedHashMap<>();
        perType.forEach((k, v) -> types.put(k, v[0] + "/" + v[1]));
        out.put("per_type", types);
        return out;
    }

    private static String describe(EventMention e) {
        return e.eventType() + " " + e.cameo() + " " + codes(e.actor()) + " -> " + codes(e.recipient());
    }

    private static void tally(Set<String> predicted, Set<String> gold, long[] c) {
        for (String p : predicted) {
            c[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                c[2]++;
            }
        }
    }
}
