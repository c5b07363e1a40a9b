package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.EvaluationException;
import org.sitrep.model.PloverType;

/**
 * One record of the PLOVER gold-standard set: a sentence, its event type (PLOVER 0.5b1 names mapped to current
 * ones: FIGHT to ASSAULT, DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE), mode, and source and target
 * actors as (ISO3 or organisation prefix, sector). Reciprocal records mark actors SRC/TAR in their markup.
 */
public record GsrRecord(String id, String date, String text, PloverType type, String mode, List<Code> source,
                        List<Code> target, boolean reciprocal) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An actor code split as the gold set gives it: country (or IGO/NGO/...) and sector (null when none). */
    public record Code(String country, String sector) {
        public String full() {
            return sector == null ? country : country + sector;
        }
    }

    public static List<GsrRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException("no PLOVER GSR file at " + file + ". Give --data the dev.jsonl file.");
        }
        List<GsrRecord> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String event = n.path("event").asText();
                var type = PloverType.find(event);
                if (type.isEmpty() || !n.hasNonNull("text")) {
                    continue; // DOCUMENT records and anything that is no event
                }
                String markup = n.path("textInfo").path("markup").asText("");
                out.add(new GsrRecord(n.path("id").asText(), n.path("date").asText(null), n.path("text").asText(),
                        type.get(), n.path("mode").isTextual() ? n.path("mode").asText() : null,
                        codes(n.path("source")), codes(n.path("target")), markup.contains("SRC/TAR")));
            }
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<Code> codes(JsonNode list) {
        List<Code> out = new ArrayList<>();
        if (!list.isArray()) {
            return out; // some records hold a stray string where the list should be
        }
        for (JsonNode a : list) {
            String code = a.path("code").asText("").strip().toUpperCase();
            if (code.length() < 3) {
                continue;
            }
            String sector = a.path("sector").asText("").strip();
            String s = sector.length() >= 3 && sector.substring(0, 3).chars().allMatch(Character::isUpperCase)
                    ? sector.substring(0, 3) : null;
            out.add(new Code(code.substring(0, 3), s));
        }
        return out;
    }
}
