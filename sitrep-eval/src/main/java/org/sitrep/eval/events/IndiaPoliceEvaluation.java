package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.Scores;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;

/**
 * IndiaPoliceEvents (Halterman et al., 2021): every sentence of 1,257 Times of India articles of March 2002, labelled
 * for police actions. Each article is coded whole, dated by its metadata, with its sentences as paragraphs; a
 * sentence gets a label when one of Sitrep's events that happened has its evidence (or a restatement) there:
 * <ul>
 *   <li>ARREST: an arrest or detention (CAMEO 173), whoever is named as its actor;</li>
 *   <li>KILL: an event of a police or security-force actor (sector COP or MIL) with at least one killed;</li>
 *   <li>FORCE: an assault by a police or security-force actor, or its repression of a crowd (CAMEO 175);</li>
 *   <li>ANY_ACTION: any event of a police or security-force actor, and every ARREST;</li>
 *   <li>FAIL (the police failed to act) has no Sitrep counterpart: its support is reported, not scored.</li>
 * </ul>
 * Precision, recall and F1 per label over sentences, and their macro average over the four mapped labels. The set
 * is held out: the mapping above was written before Sitrep was first run on it, and no rule is written from it.
 */
public final class IndiaPoliceEvaluation {
    /** The labels of the corpus. */
    public enum Label { KILL, ARREST, FORCE, ANY_ACTION, FAIL }

    private static final Set<Label> SCORED = EnumSet.of(Label.KILL, Label.ARREST, Label.FORCE, Label.ANY_ACTION);
    private static final Set<String> FORCES = Set.of("COP", "MIL");

    /** One article: its date and its labelled sentences in order. */
    public record Doc(String id, String date, List<String> sentences, List<Set<Label>> labels) {
    }

    private IndiaPoliceEvaluation() {
    }

    /** Reads {@code data/final/sents.jsonl} and {@code metadata.jsonl} under the corpus folder (or the final folder). */
    public static List<Doc> read(Path folder) {
        Path dir = Files.isDirectory(folder.resolve("data/final")) ? folder.resolve("data/final") : folder;
        Path sents = dir.resolve("sents.jsonl");
        Path meta = dir.resolve("metadata.jsonl");
        if (!Files.isRegularFile(sents) || !Files.isRegularFile(meta)) {
            throw new EvaluationException("no sents.jsonl and metadata.jsonl in " + dir);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> dates = new HashMap<>();
        Map<String, Doc> docs = new TreeMap<>((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        try (BufferedReader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    dates.put(n.path("doc_id").asText(), n.path("date").asText(null));
                }
            }
            try (BufferedReader s = Files.newBufferedReader(sents, StandardCharsets.UTF_8)) {
                for (String line; (line = s.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    String id = n.path("doc_id").asText();
                    Doc d = docs.computeIfAbsent(id, k -> new Doc(k, dates.get(k), new ArrayList<>(), new ArrayList<>()));
                    Set<Label> labels = EnumSet.noneOf(Label.class);
                    n.path("sent_labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
                    d.sentences().add(n.path("sent_text").asText().strip());
                    d.labels().add(labels);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new EvaluationException("cannot read " + dir + ": " + e.getMessage());
        }
        return new ArrayList<>(docs.values());
    }

    /** The labels Sitrep's events give one article's sentences. */
    public static List<Set<Label>> predict(Doc doc, Coder coder) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String s : doc.sentences()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            spans.add(new int[] {text.length(), text.length() + s.length()});
            text.append(s);
        }
        List<Set<Label>> out = new ArrayList<>();
        doc.sentences().forEach(s -> out.add(EnumSet.noneOf(Label.class)));
        List<EventMention> events = coder.code("india-" + doc.id(), doc.date(), text.toString());
        for (EventMention e : events) {
            if (!e.factuality().happened()) {
                continue;
            }
            Set<Label> labels = labels(e);
            if (labels.isEmpty()) {
                continue;
            }
            List<Evidence> where = new ArrayList<>(List.of(e.evidence()));
            where.addAll(e.restatements());
            for (Evidence ev : where) {
                int at = sentenceOf(spans, text.toString(), ev);
                if (at >= 0) {
                    out.get(at).addAll(labels);
                }
            }
        }
        return out;
    }

    /** The labels one event carries (see the class comment). */
    static Set<Label> labels(EventMention e) {
        Set<Label> out = EnumSet.noneOf(Label.class);
        boolean force = e.actor().stream().anyMatch(IndiaPoliceEvaluation::isForce);
        if (e.cameo().startsWith("173")) {
            out.add(Label.ARREST);
            out.add(Label.ANY_ACTION);
        }
        if (force) {
            out.add(Label.ANY_ACTION);
            if (e.casualties().killed() != null && e.casualties().killed().min() != null
                    && e.casualties().killed().min() > 0) {
                out.add(Label.KILL);
            }
            if (e.eventType() == PloverType.ASSAULT || e.cameo().startsWith("175")) {
                out.add(Label.FORCE);
            }
        }
        return out;
    }

    private static boolean isForce(Participant p) {
        String code = p.code();
        return code.length() >= 3 && FORCES.contains(code.substring(code.length() - 3));
    }

    /** The gold sentence an evidence sentence lies in, found by its text (the extractor may shift offsets). */
    private static int sentenceOf(List<int[]> spans, String text, Evidence ev) {
        int at = text.indexOf(ev.sentence(), Math.max(0, ev.start() - 200));
        if (at < 0) {
            at = text.indexOf(ev.sentence());
        }
        if (at < 0) {
            return -1;
        }
        for (int i = 0; i < spans.size(); i++) {
            if (at >= spans.get(i)[0] && at < spans.get(i)[1] + 1) {
                return i;
            }
        }
        return -1;
    }

    /** Codes every article (the first {@code limit} when positive) and scores; {@code details} gets each miss. */
    public static Map<String, Object> score(List<Doc> docs, Coder coder, int limit, Consumer<String> details) {
        List<Doc> used = limit > 0 && docs.size() > limit ? docs.subList(0, limit) : docs;
        List<List<Set<Label>>> predicted = new ArrayList<>();
        for (Doc d : used) {
            predicted.add(predict(d, coder));
        }
        return tally(used, predicted, details);
    }

    /** The scores of these predictions, one label set per sentence of each article. */
    static Map<String, Object> tally(List<Doc> docs, List<List<Set<Label>>> predictions, Consumer<String> details) {
        Map<Label, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        for (Label l : Label.values()) {
            counts.put(l, new int[3]);
        }
        int sentences = 0;
        for (int k = 0; k < docs.size(); k++) {
            Doc d = docs.get(k);
            List<Set<Label>> predicted = predictions.get(k);
            for (int i = 0; i < d.sentences().size(); i++) {
                sentences++;
                Set<Label> gold = d.labels().get(i);
                Set<Label> pred = predicted.get(i);
                for (Label l : Label.values()) {
                    boolean g = gold.contains(l);
                    boolean p = pred.contains(l);
                    if (g && p) {
                        counts.get(l)[0]++;
                    } else if (p) {
                        counts.get(l)[1]++;
                    } else if (g) {
                        counts.get(l)[2]++;
                    }
                }
                if (SCORED.stream().anyMatch(l -> gold.contains(l) != pred.contains(l))) {
                    details.accept("india-" + d.id() + "#" + i + " gold " + gold + " predicted " + pred + " :: "
                            + d.sentences().get(i));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "india-police");
        out.put("documents", docs.size());
        out.put("sentences", sentences);
        Map<String, int[]> scored = new LinkedHashMap<>();
        SCORED.forEach(l -> scored.put(l.name(), counts.get(l)));
        Scores.PerClass figures = Scores.perClass(scored, true);
        Map<String, Object> perLabel = new LinkedHashMap<>(figures.table());
        int[] fail = counts.get(Label.FAIL);
        perLabel.put(Label.FAIL.name(), Map.of("support", fail[0] + fail[2]));
        out.put("macro_f1", Scores.round(figures.macroF1()));
        for (Label l : SCORED) {
            out.put(l.name().toLowerCase(java.util.Locale.ROOT) + "_f1",
                    ((Map<?, ?>) perLabel.get(l.name())).get("f1"));
        }
        out.put("per_label", perLabel);
        return out;
    }
}
