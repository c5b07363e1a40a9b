package org.sitrep.eval.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
import org.sitrep.eval.events.Coder;
import org.sitrep.fuse.ArticleTotals;
import org.sitrep.model.Casualties;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;

/**
 * Our attribute gold on real US local news about shootings ({@code sets/gun-violence-attributes.jsonl}: the day of
 * the main shooting, its state and city, and the people killed, injured and arrested over the incidents the page
 * reports), pointing into the gun-violence corpus ({@code ../shared/data/corpora/gun-violence-news}, research use only:
 * no text is shipped) by document id and the SHA-1 of its content. Each page is coded whole, with its scraped
 * boilerplate, dated by its document creation date, the way the ISAF releases are: the main event is the first use of
 * force that happened, its date and state are compared with the gold, and the counts are totals over the events that
 * happened.
 */
public final class GunViolenceEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Factuality> HAPPENED = Set.of(Factuality.ASSERTED, Factuality.REPORTED, Factuality.CLAIMED);

    private GunViolenceEvaluation() {
    }

    /** One page and its gold; a null gold value is not scored. */
    public record Doc(String id, String doc, String dct, String text, String date, String state, String city,
                      Long killed, Long injured, Long arrested) {
    }

    /** The gold pages with their text from the corpus (a folder holding violent_corpus.jsonl, or the file). */
    public static List<Doc> read(Path corpus) {
        return read(corpus, FIRST);
    }

    /** Our first gold file and the second, held out (60 further pages, written after the rules of the first). */
    public static final String FIRST = "gun-violence-attributes.jsonl";
    public static final String HOLDOUT = "gun-violence-attributes-holdout.jsonl";

    /** The gold file of a suite: gun-violence or gun-violence-holdout. */
    public static String fileOf(String suite) {
        return suite.endsWith("-holdout") ? HOLDOUT : FIRST;
    }

    /** The pages of one of our gold files ({@code sets/<file>}) with their text from the corpus. */
    public static List<Doc> read(Path corpus, String file) {
        return read(corpus, GoldLines.builtIn(file, j -> j));
    }

    static List<Doc> read(Path corpus, List<JsonNode> gold) {
        Path file = Files.isDirectory(corpus) ? corpus.resolve("violent_corpus.jsonl") : corpus;
        Set<String> wanted = new HashSet<>();
        gold.forEach(g -> wanted.add(g.path("doc").asText()));
        Map<String, JsonNode> pages = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                if (wanted.contains(j.path("id").asText())) {
                    pages.put(j.path("id").asText(), j);
                }
            }
        } catch (IOException e) {
            throw new EvaluationException("cannot read the gun-violence corpus " + file + ": " + e.getMessage()
                    + " (give --data ../shared/data/corpora/gun-violence-news)");
        }
        List<Doc> out = new ArrayList<>();
        for (JsonNode g : gold) {
            String id = g.path("id").asText();
            JsonNode page = pages.get(g.path("doc").asText());
            if (page == null) {
                throw new EvaluationException(id + ": document " + g.path("doc").asText() + " is not in " + file);
            }
            String content = page.path("content").asText("");
            if (!GoldLines.sha1(content).equalsIgnoreCase(g.path("sha1").asText())) {
                throw new EvaluationException(id + ": the content of document " + g.path("doc").asText()
                        + " is not the annotated one (SHA-1 differs): another version of the corpus?");
            }
            String title = page.path("title").asText("").strip();
            out.add(new Doc(id, g.path("doc").asText(), g.path("dct").asText(), title.isEmpty() ? content
                    : title + "\n\n" + content, GoldLines.text(g, "date"), GoldLines.text(g, "state"),
                    GoldLines.text(g, "city"), count(g, "killed"), count(g, "injured"), count(g, "arrested")));
        }
        return out;
    }

    private static Long count(JsonNode g, String field) {
        JsonNode n = g.path(field);
        return n.isNumber() ? n.asLong() : null;
    }

    public static Map<String, Object> score(List<Doc> docs, Coder coder, Consumer<String> details) {
        return score("gun-violence", docs, coder, details);
    }

    public static Map<String, Object> score(String suite, List<Doc> docs, Coder coder, Consumer<String> details) {
        int[] date = new int[2];
        int[] state = new int[2];
        int[] killed = new int[2];
        int[] injured = new int[2];
        int[] arrested = new int[2];
        int found = 0;
        for (Doc d : docs) {
            List<EventMention> events = new ArrayList<>(coder.code(d.id(), d.dct(), d.text()));
            events.sort(Comparator.comparingInt(e -> e.evidence().triggerStart()));
            EventMention main = events.stream().filter(e -> e.eventType() == PloverType.ASSAULT
                            && HAPPENED.contains(e.factuality())).findFirst()
                    .orElse(events.stream().filter(e -> e.eventType() == PloverType.ASSAULT).findFirst().orElse(null));
            found += main != null ? 1 : 0;
            String day = main == null ? null : main.date().value();
            String where = main != null && main.location() != null && "USA".equals(main.location().country())
                    ? main.location().admin1() : null;
            if (where == null) {
                where = events.stream().filter(e -> e.location() != null && "USA".equals(e.location().country())
                        && e.location().admin1() != null).map(e -> e.location().admin1()).findFirst().orElse(null);
            }
            List<EventMention> happened = events.stream().filter(e -> HAPPENED.contains(e.factuality())).toList();
            long k = ArticleTotals.total(happened, Casualties::killed, IsafEvaluation::least);
            long i = ArticleTotals.total(happened, Casualties::injured, IsafEvaluation::least);
            long a = ArticleTotals.total(happened, Casualties::arrested, IsafEvaluation::least);
            boolean dr = tally(date, d.date(), Objects.equals(day, d.date()));
            boolean sr = tally(state, d.state(), where != null && d.state() != null
                    && where.toLowerCase(Locale.ROOT).equals(d.state().toLowerCase(Locale.ROOT)));
            boolean kr = tally(killed, d.killed(), d.killed() != null && k == d.killed());
            boolean ir = tally(injured, d.injured(), d.injured() != null && i == d.injured());
            boolean ar = tally(arrested, d.arrested(), d.arrested() != null && a == d.arrested());
            if (!(dr && sr && kr && ir && ar)) {
                details.accept(d.id() + "\tdate " + day + "/" + d.date() + "\tstate " + where + "/" + d.state()
                        + "\tkilled " + k + "/" + d.killed() + "\tinjured " + i + "/" + d.injured() + "\tarrested " + a
                        + "/" + d.arrested());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite);
        out.put("documents", docs.size());
        out.put("shooting_found", Scores.round(Scores.ratio(found, docs.size())));
        out.put("date_accuracy", Scores.round(Scores.ratio(date[0], date[1])));
        out.put("state_accuracy", Scores.round(Scores.ratio(state[0], state[1])));
        out.put("killed_exact", Scores.round(Scores.ratio(killed[0], killed[1])));
        out.put("injured_exact", Scores.round(Scores.ratio(injured[0], injured[1])));
        out.put("arrested_exact", Scores.round(Scores.ratio(arrested[0], arrested[1])));
        return out;
    }

    /** Counts a scored value (gold not null) and whether it is right; true when right or not scored. */
    private static boolean tally(int[] counts, Object gold, boolean right) {
        if (gold == null) {
            return true;
        }
        counts[1]++;
        counts[0] += right ? 1 : 0;
        return right;
    }
}
