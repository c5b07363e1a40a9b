package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ArticleRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Location;
import org.sitrep.model.Participant;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;

/**
 * Writes and reads the event record as JSON. Keys are in a fixed order and absent values are written as
 * {@code null} (lists as {@code []}), so every line has the same shape and golden files are stable.
 */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private EventJson() {
    }

    /** One event mention as a single line of JSON. */
    public static String write(EventMention m) {
        try {
            return JSON.writeValueAsString(toMap(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event record is always serialisable", e);
        }
    }

    public static Map<String, Object> toMap(EventMention m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("event_id", m.eventId());
        out.put("event_type", m.eventType() == null ? null : m.eventType().name());
        out.put("mode", m.mode());
        out.put("context", m.context());
        out.put("cameo", m.cameo());
        out.put("actor", participants(m.actor()));
        out.put("recipient", participants(m.recipient()));
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("value", m.date().value());
        date.put("precision", m.date().precision().label());
        date.put("text", m.date().text());
        out.put("date", date);
        out.put("location", location(m.location()));
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (Quantity q : m.quantities()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", q.value());
            x.put("min", q.min());
            x.put("max", q.max());
            x.put("unit", q.unit());
            x.put("text", q.text());
            quantities.add(x);
        }
        out.put("quantities", quantities);
        Map<String, Object> casualties = new LinkedHashMap<>();
        casualties.put("killed", count(m.casualties().killed()));
        casualties.put("injured", count(m.casualties().injured()));
        casualties.put("arrested", count(m.casualties().arrested()));
        casualties.put("missing", count(m.casualties().missing()));
        out.put("casualties", casualties);
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("reported_by", m.attribution().reportedBy());
        attribution.put("source", m.attribution().source());
        attribution.put("speaker", m.attribution().speaker());
        attribution.put("verb", m.attribution().verb());
        out.put("attribution", attribution);
        out.put("factuality", m.factuality().label());
        List<Map<String, Object>> quotes = new ArrayList<>();
        m.quotes().forEach(q -> quotes.add(quote(q)));
        out.put("quotes", quotes);
        out.put("evidence", evidence(m.evidence()));
        List<Map<String, Object>> more = new ArrayList<>();
        m.restatements().forEach(e -> more.add(evidence(e)));
        out.put("restatements", more);
        out.put("confidence", m.confidence());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", m.article().id());
        article.put("path", m.article().origin());
        article.put("url", m.article().url());
        article.put("title", m.article().title());
        article.put("published", m.article().published() == null ? null : m.article().published().toString());
        article.put("outlet", m.article().outlet());
        out.put("article", article);
        return out;
    }

    /** A quotation as {text, start, end, speaker, speaker_codes}, or null. */
    public static Map<String, Object> quote(Quote q) {
        if (q == null) {
            return null;
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("text", q.text());
        x.put("start", q.start());
        x.put("end", q.end());
        x.put("speaker", q.speaker());
        x.put("speaker_codes", q.speakerCodes());
        return x;
    }

    /** The event's quotations: its "quotes" list, or the single "quote" that records written before 2026-11-27 hold. */
    private static List<Quote> readQuotes(JsonNode event) {
        List<Quote> out = new ArrayList<>();
        if (event.has("quotes")) {
            event.path("quotes").forEach(q -> out.add(readQuote(q)));
        } else if (readQuote(event.path("quote")) != null) {
            out.add(readQuote(event.path("quote")));
        }
        return out;
    }

    private static Quote readQuote(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) { // records written before quotations had speakers and offsets
            return new Quote(n.asText(), 0, 0, null, List.of());
        }
        List<String> codes = new ArrayList<>();
        n.path("speaker_codes").forEach(c -> codes.add(c.asText()));
        return new Quote(n.path("text").asText(), n.path("start").asInt(), n.path("end").asInt(),
                text(n.path("speaker")), codes);
    }

    private static List<Map<String, Object>> participants(List<Participant> ps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Participant p : ps) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", p.text());
            x.put("code", p.code());
            x.put("name", p.name());
            x.put("wikidata", p.wikidata());
            x.put("start", p.start());
            x.put("end", p.end());
            out.add(x);
        }
        return out;
    }

    private static Map<String, Object> location(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("text", l.text());
        x.put("name", l.name());
        x.put("country", l.country());
        x.put("admin1", l.admin1());
        x.put("lat", l.lat());
        x.put("lon", l.lon());
        x.put("precision", l.precision());
        return x;
    }

    private static Map<String, Object> count(Count c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("min", c.min());
        x.put("max", c.max());
        x.put("text", c.text());
        return x;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("sentence", e.sentence());
        x.put("start", e.start());
        x.put("end", e.end());
        x.put("trigger", e.trigger());
        x.put("trigger_start", e.triggerStart());
        x.put("trigger_end", e.triggerEnd());
        return x;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** Reads a record written by {@link #write}. */
    public static EventMention read(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event record: " + e.getOriginalMessage(), e);
        }
        JsonNode date = n.path("date");
        JsonNode a = n.path("article");
        JsonNode at = n.path("attribution");
        JsonNode c = n.path("casualties");
        List<Evidence> more = new ArrayList<>();
        n.path("restatements").forEach(e -> more.add(readEvidence(e)));
        List<String> context = new ArrayList<>();
        n.path("context").forEach(x -> context.add(x.asText()));
        return new EventMention(n.path("id").asText(), text(n.path("event_id")),
                text(n.path("event_type")) == null ? null : PloverType.valueOf(n.path("event_type").asText()), text(n.path("mode")), context,
                n.path("cameo").asText(), readParticipants(n.path("actor")), readParticipants(n.path("recipient")),
                new EventDate(text(date.path("value")), DatePrecision.valueOf(date.path("precision").asText().toUpperCase()),
                        text(date.path("text"))),
                readLocation(n.path("location")), readQuantities(n.path("quantities")),
                new Casualties(readCount(c.path("killed")), readCount(c.path("injured")), readCount(c.path("arrested")),
                        readCount(c.path("missing"))),
                new Attribution(text(at.path("reported_by")), text(at.path("source")), text(at.path("speaker")),
                        text(at.path("verb"))),
                Factuality.parse(n.path("factuality").asText()), readQuotes(n), readEvidence(n.path("evidence")),
                more, n.path("confidence").asDouble(),
                new ArticleRef(a.path("id").asText(), text(a.path("path")), text(a.path("url")), text(a.path("title")),
                        text(a.path("published")) == null ? null : LocalDate.parse(a.path("published").asText()),
                        text(a.path("outlet"))));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static Long longOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asLong();
    }

    private static List<Participant> readParticipants(JsonNode list) {
        List<Participant> out = new ArrayList<>();
        list.forEach(p -> out.add(new Participant(p.path("text").asText(), p.path("code").asText(),
                p.path("name").asText(), text(p.path("wikidata")), p.path("start").asInt(), p.path("end").asInt())));
        return out;
    }

    private static Location readLocation(JsonNode l) {
        if (l == null || l.isNull() || l.isMissingNode()) {
            return null;
        }
        return new Location(l.path("text").asText(), l.path("name").asText(), text(l.path("country")),
                text(l.path("admin1")), l.path("lat").isNull() ? null : l.path("lat").asDouble(),
                l.path("lon").isNull() ? null : l.path("lon").asDouble(), text(l.path("precision")));
    }

    private static List<Quantity> readQuantities(JsonNode list) {
        List<Quantity> out = new ArrayList<>();
        list.forEach(q -> out.add(new Quantity(longOrNull(q.path("value")), longOrNull(q.path("min")),
                longOrNull(q.path("max")), q.path("unit").asText(), q.path("text").asText())));
        return out;
    }

    private static Count readCount(JsonNode c) {
        if (c == null || c.isNull() || c.isMissingNode()) {
            return null;
        }
        return new Count(longOrNull(c.path("min")), longOrNull(c.path("max")), c.path("text").asText());
    }

    private static Evidence readEvidence(JsonNode e) {
        return new Evidence(e.path("sentence").asText(), e.path("start").asInt(), e.path("end").asInt(),
                e.path("trigger").asText(), e.path("trigger_start").asInt(), e.path("trigger_end").asInt());
    }
}
