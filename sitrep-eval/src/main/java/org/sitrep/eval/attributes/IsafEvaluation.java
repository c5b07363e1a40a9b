package org.sitrep.eval.attributes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.eval.GoldLines;
import org.sitrep.eval.Scores;
import org.sitrep.eval.events.Coder;
import org.sitrep.fuse.ArticleTotals;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;
import org.sitrep.model.Factuality;
import org.sitrep.model.PloverType;

/**
 * Scores dates, places and casualty counts on NATO ISAF press releases (Afghanistan 2009-2013, {@code dev.jsonl}
 * of the shared data): each release is coded as a whole, with no date given, so the publication date must come
 * from the release's own dateline.
 *
 * <p>The main event is the first assault or coercion (detention) event of the release, else its first event. Its
 * date must equal the gold {@code start_date}; its province (the location's first-level division, else the first
 * located event's) must equal the gold province after spelling normalisation (Paktia/Paktya, Khowst/Khost, ...).
 * Killed and captured are the release's totals over its events that happened (asserted, reported or claimed), as
 * {@link ArticleTotals} adds them up (a lead's group is not added again when the body details it), compared exactly
 * with {@code min_killed} and {@code min_captured}. The event type (detention, insurgentskilled,
 * captureandkill, airstrike) is read from those sums and the events' CAMEO codes.
 */
public final class IsafEvaluation {
    private static final Set<Factuality> HAPPENED = Set.of(Factuality.ASSERTED, Factuality.REPORTED, Factuality.CLAIMED);

    /** Spellings of Afghan provinces as the gold set writes them, by the other spellings met in text and gazetteers. */
    private static final Map<String, String> PROVINCE_SPELLINGS = Map.ofEntries(
            Map.entry("paktia", "paktya"), Map.entry("paktiya", "paktya"), Map.entry("khowst", "khost"),
            Map.entry("oruzgan", "uruzgan"), Map.entry("orozgan", "uruzgan"), Map.entry("ghowr", "ghor"),
            Map.entry("maidan wardak", "wardak"), Map.entry("wardak", "wardak"), Map.entry("sar e pol", "sar-e pul"),
            Map.entry("sar e pul", "sar-e pul"), Map.entry("sari pul", "sar-e pul"), Map.entry("konar", "kunar"),
            Map.entry("zabol", "zabul"), Map.entry("nimruz", "nimroz"), Map.entry("helmund", "helmand"),
            Map.entry("qandahar", "kandahar"), Map.entry("ningarhar", "nangarhar"), Map.entry("baghlan", "baghlan"),
            Map.entry("jawzjan", "jowzjan"), Map.entry("daikundi", "daykundi"), Map.entry("bamiyan", "bamyan"),
            Map.entry("kunduz", "kunduz"), Map.entry("qonduz", "kunduz"), Map.entry("herat", "herat"));

    private IsafEvaluation() {
    }

    /** One release: its text and gold values. */
    public record Release(String id, String text, String startDate, List<String> eventTypes, List<String> provinces,
                          long killed, long captured) {
    }

    public static List<Release> read(Path file) {
        int[] n = {0};
        return GoldLines.read(file, j -> {
            n[0]++;
            JsonNode g = j.path("gold");
            List<String> types = new ArrayList<>();
            g.path("event_type").forEach(t -> types.addAll(List.of(t.asText().split(";"))));
            List<String> provinces = new ArrayList<>();
            g.path("province").forEach(p -> provinces.add(normalProvince(p.asText())));
            return new Release("isaf-" + n[0], j.path("text").asText(), g.path("start_date").asText(null), types,
                    provinces, g.path("min_killed").asLong(0), g.path("min_captured").asLong(0));
        });
    }

    static String normalProvince(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\bprovince\\b", "").replaceAll("[^a-z ]", " ")
                .replaceAll("\\s+", " ").strip();
        return PROVINCE_SPELLINGS.getOrDefault(n, n);
    }

    /** A bound that excludes its number: "more than 10 suspects", "over 30 insurgents". */
    private static final java.util.regex.Pattern EXCLUSIVE = java.util.regex.Pattern.compile(
            "(?i)^(?:more than|over)\\s");

    /** The groups of a count: "a facilitator and more than 10 of his associates". */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:(?:and|along with|as well as)\\s+)?|\\s+(?:and|along with|as well as)\\s+");

    /**
     * The least whole number of people a count allows, as the gold set's {@code min_killed} and {@code min_captured}
     * read the text: Sitrep keeps the bound as written ("more than 10" has minimum 10, as our own set and most
     * casualty tables record it), the ISAF coders took the next number ("more than 10" is at least 11).
     */
    static long least(Count c) {
        if (c == null || c.min() == null) {
            return 0;
        }
        long exclusive = 0;
        if (c.max() == null && c.text() != null) {
            // each group so bounded: "a facilitator and more than 10 of his associates" is at least 1 + 11
            for (String part : PARTS.split(c.text())) {
                exclusive += EXCLUSIVE.matcher(part.strip()).find() ? 1 : 0;
            }
        }
        return c.min() + exclusive;
    }

    static boolean isMain(EventMention e) {
        return e.eventType() == PloverType.ASSAULT || e.eventType() == PloverType.COERCE;
    }

    public static Map<String, Object> score(List<Release> releases, Coder coder, Consumer<String> details) {
        int dateRight = 0;
        int provinceRight = 0;
        int killedRight = 0;
        int capturedRight = 0;
        int typeRight = 0;
        for (Release r : releases) {
            List<EventMention> events = new ArrayList<>(coder.code(r.id(), null, r.text()));
            events.sort(java.util.Comparator.comparingInt(e -> e.evidence().triggerStart()));
            // the release's event is one that happened: an act told as background (what a targeted leader was
            // responsible for) is no candidate while another is
            EventMention main = events.stream().filter(e -> isMain(e) && HAPPENED.contains(e.factuality()))
                    .findFirst().orElse(events.stream().filter(IsafEvaluation::isMain).findFirst()
                            .orElse(events.isEmpty() ? null : events.get(0)));
            String date = main == null ? null : main.date().value();
            String province = null;
            if (main != null && main.location() != null && main.location().admin1() != null
                    && "AFG".equals(main.location().country())) {
                province = normalProvince(main.location().admin1());
            }
            if (province == null) {
                province = events.stream().filter(e -> e.location() != null && e.location().admin1() != null
                                && "AFG".equals(e.location().country()) && !"dateline".equals(e.location().text()))
                        .map(e -> normalProvince(e.location().admin1())).findFirst().orElse(null);
            }
            List<EventMention> happened = events.stream().filter(e -> HAPPENED.contains(e.factuality())).toList();
            long killed = ArticleTotals.total(happened, Casualties::killed, IsafEvaluation::least);
            long captured = ArticleTotals.total(happened, Casualties::arrested, IsafEvaluation::least);
            boolean air = happened.stream().anyMatch(e -> e.cameo().startsWith("195") || "aerial".equals(e.mode()));
            String type = air ? "airstrike" : killed > 0 && captured > 0 ? "captureandkill"
                    : killed > 0 ? "insurgentskilled" : "detention";
            boolean d = Objects.equals(date, r.startDate());
            boolean p = province != null && r.provinces().contains(province);
            boolean k = killed == r.killed();
            boolean c = captured == r.captured();
            boolean t = r.eventTypes().contains(type);
            dateRight += d ? 1 : 0;
            provinceRight += p ? 1 : 0;
            killedRight += k ? 1 : 0;
            capturedRight += c ? 1 : 0;
            typeRight += t ? 1 : 0;
            if (!(d && p && k && c)) {
                details.accept(r.id() + "\tdate " + date + "/" + r.startDate() + "\tprovince " + province + "/"
                        + r.provinces() + "\tkilled " + killed + "/" + r.killed() + "\tcaptured " + captured + "/"
                        + r.captured() + "\t" + r.text().substring(0, Math.min(160, r.text().length())).replace('\n', ' '));
            }
        }
        int n = releases.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", "isaf");
        out.put("releases", n);
        out.put("date_accuracy", Scores.round(Scores.ratio(dateRight, n)));
        out.put("province_accuracy", Scores.round(Scores.ratio(provinceRight, n)));
        out.put("killed_exact", Scores.round(Scores.ratio(killedRight, n)));
        out.put("captured_exact", Scores.round(Scores.ratio(capturedRight, n)));
        out.put("event_type_accuracy", Scores.round(Scores.ratio(typeRight, n)));
        return out;
    }
}
