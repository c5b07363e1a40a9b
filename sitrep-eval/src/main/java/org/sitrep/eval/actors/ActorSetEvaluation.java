package org.sitrep.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DocumentFormat;
import org.sitrep.model.RawDocument;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.pipeline.Pipeline;

/**
 * Scores actor resolution on Sitrep's own dated actor set ({@code sets/actors.jsonl}, written by the project):
 * sentences covering office changes, former office holders, metonyms, appositions, coreference, sector nouns,
 * organisations and compound actors, each mention with its gold code(s) on the item's date.
 *
 * <p>Each gold mention is found in the text (whole words, in order); the predicted codes for it are those of the
 * actor mentions that overlap it. A gold mention is right when the predicted code set equals the gold set
 * (true positive), else wrong (a false negative, and a false positive too when something was predicted). The set
 * lists the mentions that test something, not every actor of a sentence, so actor mentions that overlap no gold
 * mention are only counted ({@code unlisted_predictions}), not scored. The same is scored on the country part
 * (first three letters). Per category, the share of gold mentions coded right.
 */
public final class ActorSetEvaluation {
    private ActorSetEvaluation() {
    }

    /** One gold mention: its words and its codes (several for a compound mention). */
    public record GoldMention(String text, Set<String> codes) {
    }

    /** One item of the set. */
    public record Item(String id, String category, String date, String text, List<GoldMention> mentions) {
    }

    /** The set shipped with Sitrep. */
    public static List<Item> builtIn() {
        return GoldLines.builtIn("actors.jsonl", ActorSetEvaluation::item);
    }

    /** A set in the same format from a file. */
    public static List<Item> read(java.nio.file.Path file) {
        return GoldLines.read(file, ActorSetEvaluation::item);
    }

    private static Item item(JsonNode j) {
        List<GoldMention> mentions = new ArrayList<>();
        for (JsonNode m : j.path("mentions")) {
            Set<String> codes = new TreeSet<>();
            if (m.hasNonNull("code")) {
                codes.add(m.get("code").asText());
            }
            m.path("codes").forEach(c -> codes.add(c.asText()));
            mentions.add(new GoldMention(m.path("text").asText(), codes));
        }
        return new Item(j.path("id").asText(), j.path("category").asText(), j.path("date").asText(null),
                j.path("text").asText(), mentions);
    }

    /** Resolves every item with the pipeline's extractor, annotator and resolver and scores it. */
    public static Map<String, Object> score(List<Item> items, Pipeline pipeline, Consumer<String> details) {
        long[] full = new long[3];
        long[] iso = new long[3];
        Map<String, int[]> byCategory = new TreeMap<>(); // right, total
        int mentions = 0;
        int unlisted = 0;
        for (Item item : items) {
            String doc = "date " + item.date() + "\n" + item.text();
            ResolvedArticle resolved = pipeline.resolve(RawDocument.of(item.id(),
                    doc.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT)).orElse(null);
            List<ActorMention> predicted = resolved == null ? List.of() : resolved.actors();
            String text = resolved == null ? item.text() : resolved.article().text();
            boolean[] used = new boolean[predicted.size()];
            int from = 0;
            for (GoldMention g : item.mentions()) {
                mentions++;
                int[] span = find(text, g.text(), from);
                int[] cat = byCategory.computeIfAbsent(item.category(), k -> new int[2]);
                cat[1]++;
                Set<String> codes = new TreeSet<>();
                if (span != null) {
                    from = span[1];
                    for (int i = 0; i < predicted.size(); i++) {
                        ActorMention p = predicted.get(i);
                        if (p.start() < span[1] && p.end() > span[0]) {
                            used[i] = true;
                            p.actors().stream().map(Actor::code).forEach(codes::add);
                        }
                    }
                }
                boolean right = codes.equals(g.codes());
                tally(right, !codes.isEmpty(), full);
                tally(countries(codes).equals(countries(g.codes())), !codes.isEmpty(), iso);
                if (right) {
                    cat[0]++;
                } else {
                    details.accept(item.id() + "\t" + g.text() + "\tgold " + g.codes() + "\tpredicted " + codes);
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    unlisted++;
                }
            }
        }
        Map<String, Object> perCategory = new LinkedHashMap<>();
        byCategory.forEach((k, v) -> perCategory.put(k, Scores.round(Scores.ratio(v[0], v[1]))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "sitrep-actors");
        out.put("items", items.size());
        out.put("mentions", mentions);
        out.put("code_f1", Scores.round(Scores.f1(full)));
        out.put("iso3_f1", Scores.round(Scores.f1(iso)));
        out.put("code_precision", Scores.round(Scores.precision(full)));
        out.put("code_recall", Scores.round(Scores.recall(full)));
        out.put("unlisted_predictions", unlisted);
        out.put("per_category", perCategory);
        return out;
    }

    private static void tally(boolean right, boolean predictedSomething, long[] c) {
        if (right) {
            c[0]++;
        } else {
            c[2]++;
            if (predictedSomething) {
                c[1]++;
            }
        }
    }

    private static Set<String> countries(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        codes.forEach(c -> out.add(c.length() >= 3 ? c.substring(0, 3) : c));
        return out;
    }

    /** The first whole-word occurrence of {@code words} at or after {@code from}, as [start, end), or null. */
    static int[] find(String text, String words, int from) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])").matcher(text);
        if (m.find(Math.min(from, text.length()))) {
            return new int[] {m.start(), m.end()};
        }
        Matcher anywhere = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(words.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])").matcher(text);
        return anywhere.find() ? new int[] {anywhere.start(), anywhere.end()} : null;
    }
}
