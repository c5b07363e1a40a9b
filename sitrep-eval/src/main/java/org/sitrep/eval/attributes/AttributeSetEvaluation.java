package org.sitrep.eval.attributes;

import static org.sitrep.eval.GoldLines.text;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
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
 * the gold minimum and maximum; the location's name, or its words as written without the preposition (the text
 * may spell it "Khan Younis" where the gazetteer's name is "Khan Yunis"), must contain or be contained in the gold
 * name, and its country must be equal. Quantities are matched one-to-one by number (value, else minimum) for micro precision,
 * recall and F1. Factuality: per-class precision, recall and F1, and their macro average.
 */
public final class AttributeSetEvaluation {
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
        return GoldLines.builtIn("attributes.jsonl", AttributeSetEvaluation::item);
    }

    /** A set in the same format from a file. */
    public static List<Item> read(Path file) {
        return GoldLines.read(file, AttributeSetEvaluation::item);
    }

    private static Item item(JsonNode j) {
        List<Long> quantities = new ArrayList<>();
        for (JsonNode q : j.path("quantities")) {
            JsonNode v = q.hasNonNull("value") ? q.get("value") : q.get("min");
            if (v != null && v.isNumber()) {
                quantities.add(v.asLong());
            }
        }
        JsonNode loc = j.path("location");
        return new Item(j.path("id").asText(), text(j, "date"), text(j, "text"), text(j, "trigger"),
                text(j, "event_type"), text(j, "factuality"), text(j, "source"), text(j, "speaker"),
                text(j, "verb"), quantities, count(j.path("killed")), count(j.path("injured")),
                count(j.path("arrested")), text(j, "event_date"), loc.isObject() ? text(loc, "name") : null,
                loc.isObject() ? text(loc, "country") : null);
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
        return events.stream().filter(e -> e.eventType() != null && e.eventType().name().equals(item.type()))
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
            if (e != null && e.eventType() != null && e.eventType().name().equals(item.type())) {
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
            String written = e == null || e.location() == null ? null : surface(e.location().text());
            if (item.locationName() == null ? place == null
                    : place != null && (samePlace(place, item.locationName()) || written != null
                    && samePlace(written, item.locationName()))) {
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
            long[] own = new long[3];
            matchQuantities(e == null ? List.of() : e.quantities(), item.quantities(), own);
            for (int k = 0; k < 3; k++) {
                quantities[k] += own[k];
            }
            if (own[1] > 0 || own[2] > 0) {
                List<String> shown = new ArrayList<>();
                for (Quantity q : e == null ? List.<Quantity>of() : e.quantities()) {
                    shown.add((q.value() != null ? q.value() : q.min()) + " " + q.unit());
                }
                wrong.add("quantities " + shown + " (gold " + item.quantities() + ")");
            }
            if (!wrong.isEmpty()) {
                details.accept(item.id() + "\t" + String.join("; ", wrong) + "\t" + item.text());
            }
        }
        int n = items.size();
        Scores.PerClass perClass = Scores.perClass(factuality, false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "sitrep-attributes");
        out.put("items", n);
        out.put("detected", Scores.round((double) detected / n));
        out.put("type_accuracy", Scores.round((double) typeRight / n));
        out.put("factuality_macro_f1", Scores.round(perClass.macroF1()));
        out.put("date_accuracy", Scores.round((double) dateRight / n));
        out.put("location_accuracy", Scores.round((double) locationRight / n));
        out.put("location_country_accuracy", Scores.round((double) countryRight / Math.max(1, goldLocations)));
        out.put("source_accuracy", Scores.round((double) sourceRight / n));
        out.put("speaker_accuracy", Scores.round((double) speakerRight / n));
        out.put("verb_accuracy", Scores.round((double) verbRight / n));
        out.put("quantity_f1", Scores.round(Scores.f1(quantities)));
        out.put("killed_accuracy", Scores.round((double) killedRight / n));
        out.put("injured_accuracy", Scores.round((double) injuredRight / n));
        out.put("arrested_accuracy", Scores.round((double) arrestedRight / n));
        out.put("per_factuality", perClass.table());
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

    /** One name contains the other: "Gaza City" and "Gaza" are the same answer. */
    private static boolean samePlace(String predicted, String gold) {
        return contains(predicted, gold) || contains(gold, predicted);
    }

    /**
     * The place's words as written, without the leading preposition and article ("in the Gulf of Aden" gives "Gulf
     * of Aden"); null for a location taken from the dateline, whose text is only a marker.
     */
    static String surface(String text) {
        if (text == null || text.equals("dateline")) {
            return null;
        }
        String t = text.strip();
        while (!t.isEmpty() && Character.isLowerCase(t.charAt(0)) && t.indexOf(' ') > 0) {
            t = t.substring(t.indexOf(' ') + 1).strip();
        }
        return t.isEmpty() || Character.isLowerCase(t.charAt(0)) ? null : t;
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
}
