package org.sitrep.eval.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.eval.EvaluationException;
import org.sitrep.eval.events.Coder;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.Quantity;
import org.sitrep.pipeline.DocumentOutcome;

/**
 * Scores dates, places, quantities, casualties, attribution and factuality on Sitrep's own attribute set
 * ({@code sets/attributes.jsonl}, written by the project): dated news sentences, each with the trigger of the event
 * it tests and that event's gold attributes.
 *
 * <p>The predicted event for an item is the one whose trigger overlaps the gold trigger, else one of the gold
 * type (most confident), else none. Every attribute is scored over all items, a missing event counting as wrong
 * (unless the gold value is empty too): the event date must equal the gold value at the gold precision
 * ({@code 2024-03-15}, {@code 2024-03}, {@code 2024}); source and speaker match when, lower-cased and without a
 * leading "the", one contains the other; the reporting verb must be equal; killed, injured and arrested must have
 * the gold minimum and maximum; the location's name must contain or be contained in the gold name, and its
 * country must be equal. Quantities are matched one-to-one by number (value, else minimum) for micro precision,
 * recall and F1. Factuality: per-class precision, recall and F1, and their macro average.
 */
public final class AttributeSetEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributeSetEvaluation() {
    }

    /** A gold count: minimum and maximum, either possibly absent. */
    public record GoldCount(Long min, Long max) {
    }

    /** One item of the set. */
    public record Item(String id, String date, String text, String trigger, String type, String factuality,
                       String source, String speaker, String verb, List<Long> quantities, GoldCount killed,
                       GoldCount injured, GoldCount arrested, String eventDate, String locationName,
                       String locationCountry) {
    }

    /** The set shipped with Sitrep. */
    public static List<Item> builtIn() {
        try (InputStream in = AttributeSetEvaluation.class.getResourceAsStream("/org/sitrep/eval/sets/attributes.jsonl")) {
            if (in == null) {
                throw new EvaluationException("the built-in attribute set sets/attributes.jsonl is missing from the jar");
            }
            return read(in, "sets/attributes.jsonl");
        } catch (IOException e) {
            throw new EvaluationException("cannot read the built-in attribute set: " + e.getMessage(), e);
        }
    }

    /** A set in the same format from a file. */
    public static List<Item> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Item> read(InputStream in, String name) throws IOException {
        List<Item> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode j;
            try {
                j = JSON.readTree(line);
            } catch (IOException e) {
                throw new EvaluationException(name + ":" + n + ": not JSON: " + e.getMessage());
            }
            List<Long> quantities = new ArrayList<>();
            for (JsonNode q : j.path("quantities")) {
                JsonNode v = q.hasNonNull("value") ? q.get("value") : q.get("min");
                if (v != null && v.isNumber()) {
                    quantities.add(v.asLong());
                }
            }
            JsonNode loc = j.path("location");
            out.add(new Item(j.path("id").asText(), text(j, "date"), text(j, "text"), text(j, "trigger"),
                    text(j, "event_type"), text(j, "factuality"), text(j, "source"), text(j, "speaker"),
                    text(j, "verb"), quantities, count(j.path("killed")), count(j.path("injured")),
                    count(j.path("arrested")), text(j, "event_date"), loc.isObject() ? text(loc, "name") : null,
                    loc.isObject() ? text(loc, "country") : null));
        }
        return out;
    }

    private static String text(JsonNode j, String field) {
        return j.hasNonNull(field) ? j.get(field).asText() : null;
    }

    private static GoldCount count(JsonNode c) {
        if (!c.isObject()) {
            return null;
        }
        return new GoldCount(c.hasNonNull("min") ? c.get("min").asLong() : null,
                c.hasNonNull("max") ? c.get("max").asLong() : null);
    }

    /** The predicted event an item asks about: trigger overlap, else the gold type, else none. */
    static Optional<EventMention> answer(Item item, String articleText, List<EventMention> events) {
        int[] span = find(articleText, item.trigger());
        if (span != null) {
            Optional<EventMention> overlapping = events.stream()
                    .filter(e -> e.evidence().triggerStart() < span[1] && e.evidence().triggerEnd() > span[0])
                    .max(Comparator.comparingDouble(EventMention::confidence));
            if (overlapping.isPresent()) {
                return overlapping;
            }
        }
        return events.stream().filter(e -> e.eventType().name().equals(item.type()))
                .max(Comparator.comparingDouble(EventMention::confidence));
    }

    public static Map<String, Object> score(List<Item> items, Coder coder, Consumer<String> details) {
        int detected = 0;
        int typeRight = 0;
        int dateRight = 0;
        int sourceRight = 0;
        int speakerRight = 0;
        int verbRight = 0;
        int killedRight = 0;
        int injuredRight = 0;
        int arrestedRight = 0;
        int locationRight = 0;
        int countryRight = 0;
        int goldLocations = 0;
        long[] quantities = new long[3];
        Map<String, int[]> factuality = new LinkedHashMap<>(); // tp, fp, fn
        for (Factuality f : Factuality.values()) {
            factuality.put(f.label(), new int[3]);
        }
        for (Item item : items) {
            DocumentOutcome outcome = coder.process(item.id(), item.date(), item.text());
            List<EventMention> events = outcome instanceof DocumentOutcome.Coded c ? c.mentions() : List.of();
            String articleText = outcome instanceof DocumentOutcome.Coded c ? c.article().text() : item.text();
            EventMention e = answer(item, articleText, events).orElse(null);
            List<String> wrong = new ArrayList<>();
            if (e != null) {
                detected++;
            } else {
                wrong.add("no event");
            }
            if (e != null && e.eventType().name().equals(item.type())) {
                typeRight++;
            } else if (e != null) {
                wrong.add("type " + e.eventType());
            }
            String predictedFactuality = e == null ? null : e.factuality().label();
            if (Objects.equals(predictedFactuality, item.factuality())) {
                factuality.get(item.factuality())[0]++;
            } else {
                if (factuality.containsKey(item.factuality())) {
                    factuality.get(item.factuality())[2]++;
                }
                if (predictedFactuality != null) {
                    factuality.get(predictedFactuality)[1]++;
                }
                wrong.add("factuality " + predictedFactuality);
            }
            String date = e == null ? null : e.date().value();
            if (Objects.equals(date, item.eventDate())) {
                dateRight++;
            } else {
                wrong.add("date " + date);
            }
            String source = e == null ? null : e.attribution().source();
            if (sameWords(source, item.source())) {
                sourceRight++;
            } else {
                wrong.add("source " + source);
            }
            String speaker = e == null ? null : e.attribution().speaker();
            if (sameWords(speaker, item.speaker())) {
                speakerRight++;
            } else {
                wrong.add("speaker " + speaker);
            }
            String verb = e == null ? null : e.attribution().verb();
            if (Objects.equals(verb, item.verb())) {
                verbRight++;
            } else {
                wrong.add("verb " + verb);
            }
            if (sameCount(e == null ? null : e.casualties().killed(), item.killed())) {
                killedRight++;
            } else {
                wrong.add("killed " + (e == null ? null : e.casualties().killed()));
            }
            if (sameCount(e == null ? null : e.casualties().injured(), item.injured())) {
                injuredRight++;
            } else {
                wrong.add("injured " + (e == null ? null : e.casualties().injured()));
            }
            if (sameCount(e == null ? null : e.casualties().arrested(), item.arrested())) {
                arrestedRight++;
            } else {
                wrong.add("arrested " + (e == null ? null : e.casualties().arrested()));
            }
            String place = e == null || e.location() == null ? null : e.location().name();
            if (item.locationName() == null ? place == null
                    : place != null && (contains(place, item.locationName()) || contains(item.locationName(), place))) {
                locationRight++;
            } else {
                wrong.add("location " + place);
            }
            if (item.locationName() != null) {
                goldLocations++;
                if (e != null && e.location() != null && Objects.equals(e.location().country(), item.locationCountry())) {
                    countryRight++;
                }
            }
            matchQuantities(e == null ? List.of() : e.quantities(), item.quantities(), quantities);
            if (!wrong.isEmpty()) {
                details.accept(item.id() + "\t" + String.join("; ", wrong) + "\t" + item.text());
            }
        }
        int n = items.size();
        Map<String, Object> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        int classes = 0;
        for (Map.Entry<String, int[]> c : factuality.entrySet()) {
            int[] v = c.getValue();
            if (v[0] + v[2] == 0) {
                continue;
            }
            double p = v[0] + v[1] == 0 ? 0 : (double) v[0] / (v[0] + v[1]);
            double rec = (double) v[0] / (v[0] + v[2]);
            double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
            f1Sum += f1;
            classes++;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("precision", round(p));
            x.put("recall", round(rec));
            x.put("f1", round(f1));
            x.put("support", v[0] + v[2]);
            perClass.put(c.getKey(), x);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "sitrep-attributes");
        out.put("items", n);
        out.put("detected", round((double) detected / n));
        out.put("type_accuracy", round((double) typeRight / n));
        out.put("factuality_macro_f1", round(f1Sum / Math.max(1, classes)));
        out.put("date_accuracy", round((double) dateRight / n));
        out.put("location_accuracy", round((double) locationRight / n));
        out.put("location_country_accuracy", round((double) countryRight / Math.max(1, goldLocations)));
        out.put("source_accuracy", round((double) sourceRight / n));
        out.put("speaker_accuracy", round((double) speakerRight / n));
        out.put("verb_accuracy", round((double) verbRight / n));
        out.put("quantity_f1", round(f1(quantities)));
        out.put("killed_accuracy", round((double) killedRight / n));
        out.put("injured_accuracy", round((double) injuredRight / n));
        out.put("arrested_accuracy", round((double) arrestedRight / n));
        out.put("per_factuality", perClass);
        return out;
    }

    static boolean sameWords(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        String p = normal(predicted);
        String g = normal(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.contains(g) || g.contains(p));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[\\p{Punct}\u2019]+", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static boolean contains(String a, String b) {
        return normal(a).contains(normal(b));
    }

    static boolean sameCount(Count predicted, GoldCount gold) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        return Objects.equals(predicted.min(), gold.min()) && Objects.equals(predicted.max(), gold.max());
    }

    static void matchQuantities(List<Quantity> predicted, List<Long> gold, long[] c) {
        Map<Long, Integer> left = new HashMap<>();
        gold.forEach(g -> left.merge(g, 1, Integer::sum));
        int tp = 0;
        for (Quantity q : predicted) {
            Long number = q.value() != null ? q.value() : q.min();
            Integer k = number == null ? null : left.get(number);
            if (k != null && k > 0) {
                left.put(number, k - 1);
                tp++;
            }
        }
        c[0] += tp;
        c[1] += predicted.size() - tp;
        c[2] += gold.size() - tp;
    }

    static int[] find(String text, String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static double f1(long[] c) {
        long d = 2 * c[0] + c[1] + c[2];
        return d == 0 ? 0 : 2.0 * c[0] / d;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
