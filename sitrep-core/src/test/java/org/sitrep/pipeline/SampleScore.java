package org.sitrep.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;

/**
 * Scores coded events against the hand-written expectations of the samples: an expected event is found when a
 * predicted event of the same PLOVER type has an evidence sentence containing the expected evidence words (one to
 * one, in text order); found events are then compared field by field. Differences are kept for the report.
 */
final class SampleScore {
    private static final ObjectMapper JSON = new ObjectMapper();

    int expected;
    int predicted;
    int matched;
    final Map<String, int[]> fields = new LinkedHashMap<>(); // name -> {right, compared}
    final List<String> differences = new ArrayList<>();

    double recall() {
        return expected == 0 ? 0 : (double) matched / expected;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double field(String name) {
        int[] f = fields.get(name);
        return f == null || f[1] == 0 ? 1 : (double) f[0] / f[1];
    }

    void score(String sample, Path expectedFile, List<EventMention> events) throws IOException {
        List<JsonNode> expectations = new ArrayList<>();
        for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expectations.add(JSON.readTree(line));
            }
        }
        expected += expectations.size();
        predicted += events.size();
        boolean[] used = new boolean[events.size()];
        for (JsonNode e : expectations) {
            String evidence = e.path("evidence").asText();
            String type = e.path("event_type").asText();
            int found = -1;
            for (int i = 0; i < events.size() && found < 0; i++) {
                EventMention m = events.get(i);
                if (!used[i] && m.eventType().name().equals(type) && m.evidence().sentence().contains(evidence)) {
                    found = i;
                }
            }
            if (found < 0) {
                differences.add("missed  " + sample + ": " + type + " " + e.path("actor") + " -> " + e.path("recipient")
                        + " :: " + evidence);
                continue;
            }
            used[found] = true;
            matched++;
            EventMention m = events.get(found);
            TreeSet<String> actors = codes(m.actor());
            TreeSet<String> recipients = codes(m.recipient());
            if (e.path("recipient").isEmpty() && e.path("actor").size() >= 2) {
                // a reciprocal event lists every party as an actor; Sitrep keeps "A met B" as A -> B, so both roles
                // are read together, as the PLOVER GSR scoring merges them for reciprocal records
                actors.addAll(recipients);
                recipients = new TreeSet<>();
            }
            compare(sample, evidence, "actor", actors, strings(e.path("actor")));
            compare(sample, evidence, "actor_iso3", iso3(actors), iso3(strings(e.path("actor"))));
            compare(sample, evidence, "recipient", recipients, strings(e.path("recipient")));
            compare(sample, evidence, "cameo", m.cameo(), e.path("cameo").asText());
            compare(sample, evidence, "date", String.valueOf(m.date().value()), e.path("date").asText());
            compare(sample, evidence, "factuality", m.factuality().label(), e.path("factuality").asText());
            if (e.path("location").isObject()) {
                compare(sample, evidence, "location", m.location() == null ? "none" : m.location().name().toLowerCase(),
                        e.path("location").path("name").asText().toLowerCase());
            }
            if (e.path("killed").isObject()) {
                compare(sample, evidence, "killed", m.casualties().killed() == null ? "none"
                        : String.valueOf(m.casualties().killed().min()), e.path("killed").path("min").asText());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (!used[i]) {
                EventMention m = events.get(i);
                differences.add("extra   " + sample + ": " + m.eventType() + " " + codes(m.actor()) + " -> "
                        + codes(m.recipient()) + " " + m.factuality().label() + " :: " + m.evidence().trigger() + " | "
                        + m.evidence().sentence());
            }
        }
    }

    private void compare(String sample, String evidence, String field, Object actual, Object wanted) {
        int[] f = fields.computeIfAbsent(field, k -> new int[2]);
        f[1]++;
        if (actual.equals(wanted)) {
            f[0]++;
        } else {
            differences.add("differs " + sample + ": " + field + " " + actual + " instead of " + wanted + " :: " + evidence);
        }
    }

    private static TreeSet<String> codes(List<Participant> ps) {
        TreeSet<String> out = new TreeSet<>();
        ps.forEach(p -> out.add(p.code()));
        return out;
    }

    private static TreeSet<String> strings(JsonNode list) {
        TreeSet<String> out = new TreeSet<>();
        list.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static TreeSet<String> iso3(TreeSet<String> codes) {
        TreeSet<String> out = new TreeSet<>();
        codes.forEach(c -> out.add(c.substring(0, Math.min(3, c.length()))));
        return out;
    }

    String summary() {
        StringBuilder b = new StringBuilder(String.format("samples: expected %d, predicted %d, matched %d, recall %.3f, "
                + "precision %.3f", expected, predicted, matched, recall(), precision()));
        fields.forEach((k, v) -> b.append(String.format(", %s %.3f", k, field(k))));
        return b.toString();
    }
}
