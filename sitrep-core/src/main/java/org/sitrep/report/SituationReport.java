package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.fuse.ArticleTotals;
import org.sitrep.fuse.KeyEventFuser;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quantity;

/**
 * A plain-text situation report over event mentions: counts, events by PLOVER type, the main actor pairs, a
 * timeline by day, the casualties and one line per fused event. Only events that happened (asserted, reported, claimed) count in
 * the totals; planned, expected, hypothetical, negated, denied and historical ones are listed apart.
 */
public final class SituationReport {
    private static final int EVIDENCE_WIDTH = 110;

    private SituationReport() {
    }

    public static String render(List<EventMention> mentions) {
        List<Event> events = new KeyEventFuser().fuse(mentions);
        events = new ArrayList<>(events);
        events.sort(Comparator.comparing((Event e) -> nullToEmpty(e.representative().date().value()))
                .thenComparing(e -> e.representative().evidence().start()));
        List<Event> happened = events.stream().filter(e -> e.representative().factuality().happened()).toList();
        List<Event> other = events.stream().filter(e -> !e.representative().factuality().happened()).toList();
        long articles = mentions.stream().map(m -> m.article().id()).distinct().count();

        StringBuilder b = new StringBuilder();
        b.append("SITUATION REPORT\n");
        b.append(String.format("  %d articles, %d event mentions, %d events (%d happened, %d planned/expected/"
                + "hypothetical/negated/denied/historical)%n", articles, mentions.size(), events.size(),
                happened.size(), other.size()));
        if (!happened.isEmpty()) {
            b.append(String.format("  period: %s to %s%n", nullToEmpty(happened.get(0).representative().date().value()),
                    nullToEmpty(happened.get(happened.size() - 1).representative().date().value())));
        }

        b.append("\nEVENTS BY TYPE (happened)\n");
        Map<PloverType, Long> byType = new TreeMap<>();
        happened.stream().filter(e -> e.representative().eventType() != null) // PLOVER types only
                .forEach(e -> byType.merge(e.representative().eventType(), 1L, Long::sum));
        if (byType.isEmpty()) {
            b.append("  none\n");
        }
        byType.entrySet().stream().sorted(Map.Entry.<PloverType, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> b.append(String.format("  %-10s %4d%n", e.getKey(), e.getValue())));

        b.append("\nMAIN ACTOR PAIRS (happened)\n");
        Map<String, Long> pairs = new LinkedHashMap<>();
        for (Event e : happened) {
            for (String pair : pairs(e.representative())) {
                pairs.merge(pair, 1L, Long::sum);
            }
        }
        if (pairs.isEmpty()) {
            b.append("  none\n");
        }
        pairs.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(10)
                .forEach(e -> b.append(String.format("  %-32s %4d%n", e.getKey(), e.getValue())));

        b.append("\nTIMELINE (happened, by day)\n");
        Map<String, Long> byDay = new TreeMap<>();
        happened.forEach(e -> byDay.merge(nullToEmpty(e.representative().date().value()), 1L, Long::sum));
        byDay.forEach((day, n) -> b.append(String.format("  %-10s %3d %s%n", day.isEmpty() ? "undated" : day, n,
                "#".repeat((int) Math.min(60, n)))));

        b.append("\nCASUALTIES (happened, at least)\n");
        b.append(casualties(happened));

        b.append("\nEVENTS\n");
        happened.forEach(e -> b.append(line(e)).append('\n'));
        if (happened.isEmpty()) {
            b.append("  none\n");
        }
        b.append("\nNOT COUNTED: PLANNED, EXPECTED, HYPOTHETICAL, NEGATED, DENIED, HISTORICAL\n");
        other.forEach(e -> b.append(line(e)).append('\n'));
        if (other.isEmpty()) {
            b.append("  none\n");
        }
        return b.toString();
    }

    /**
     * The least numbers killed, injured, arrested and missing over the events that happened: each fused event once
     * (by its representative mention, so a strike told by ten articles counts once), and inside one article the
     * counts a reader would add up ({@link ArticleTotals}: a detail that tells a lead's people again is not added).
     */
    static String casualties(List<Event> happened) {
        Map<String, List<EventMention>> byArticle = new LinkedHashMap<>();
        happened.forEach(e -> byArticle.computeIfAbsent(e.representative().article().id(), k -> new ArrayList<>())
                .add(e.representative()));
        StringBuilder b = new StringBuilder();
        Map<String, Function<Casualties, Count>> kinds = new LinkedHashMap<>();
        kinds.put("killed", Casualties::killed);
        kinds.put("injured", Casualties::injured);
        kinds.put("arrested", Casualties::arrested);
        kinds.put("missing", Casualties::missing);
        kinds.forEach((name, kind) -> {
            long total = 0;
            long events = 0;
            for (List<EventMention> article : byArticle.values()) {
                List<Count> counted = ArticleTotals.counted(article, kind);
                total += counted.stream().mapToLong(c -> c.min() != null ? c.min() : 0).sum();
                events += counted.size();
            }
            if (events > 0) {
                b.append(String.format("  %-9s %6d  (%d %s)%n", name, total, events, events == 1 ? "count" : "counts"));
            }
        });
        return b.length() == 0 ? "  none\n" : b.toString();
    }

    private static List<String> pairs(EventMention m) {
        List<String> out = new ArrayList<>();
        if (m.recipient().isEmpty() && m.actor().size() > 1) {
            List<String> codes = m.actor().stream().map(Participant::code).distinct().sorted().toList();
            out.add(String.join(" <-> ", codes));
            return out;
        }
        for (Participant a : m.actor()) {
            for (Participant r : m.recipient()) {
                out.add(a.code() + " -> " + r.code());
            }
        }
        return out;
    }

    /** One event: date, type, actor -> recipient, place, numbers, source, factuality, evidence. */
    static String line(Event e) {
        EventMention m = e.representative();
        StringBuilder b = new StringBuilder("  ");
        b.append(String.format("%-10s %-9s %-4s ", nullToEmpty(m.date().value()),
                m.eventType() == null ? "-" : m.eventType(), m.cameo()));
        b.append(codes(m.actor())).append(" -> ").append(m.recipient().isEmpty() ? "-" : codes(m.recipient()));
        if (m.location() != null) {
            b.append(" | ").append(m.location().name()).append(m.location().country() == null ? "" : ", " + m.location().country());
        }
        String numbers = numbers(m);
        if (!numbers.isEmpty()) {
            b.append(" | ").append(numbers);
        }
        if (m.attribution().source() != null) {
            b.append(" | source: ").append(m.attribution().source());
        } else if (m.attribution().reportedBy() != null) {
            b.append(" | ").append(m.attribution().reportedBy());
        }
        b.append(" | ").append(m.factuality().label());
        if (e.articleCount() > 1) {
            b.append(" | ").append(e.articleCount()).append(" articles");
        }
        b.append("\n      \"").append(shorten(m.evidence().sentence())).append('"');
        return b.toString();
    }

    private static String codes(List<Participant> ps) {
        return ps.isEmpty() ? "?" : ps.stream().map(Participant::code).distinct().collect(Collectors.joining("+"));
    }

    private static String numbers(EventMention m) {
        List<String> parts = new ArrayList<>();
        Casualties c = m.casualties();
        add(parts, "killed", c.killed());
        add(parts, "injured", c.injured());
        add(parts, "arrested", c.arrested());
        add(parts, "missing", c.missing());
        for (Quantity q : m.quantities()) {
            parts.add(q.text());
        }
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String what, Count c) {
        if (c == null) {
            return;
        }
        String n;
        if (c.min() != null && c.max() != null && c.min().equals(c.max())) {
            n = String.valueOf(c.min());
        } else if (c.min() != null && c.max() != null) {
            n = c.min() + "-" + c.max();
        } else if (c.min() != null) {
            n = ">=" + c.min();
        } else {
            n = "<=" + c.max();
        }
        parts.add(what + " " + n);
    }

    static String shorten(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").strip();
        if (s.length() <= EVIDENCE_WIDTH) {
            return s;
        }
        int cut = s.lastIndexOf(' ', EVIDENCE_WIDTH - 3);
        return s.substring(0, cut < 40 ? EVIDENCE_WIDTH - 3 : cut) + "...";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
