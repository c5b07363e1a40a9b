package org.sitrep.fuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Participant;

/**
 * Fuses by a key: PLOVER type, event day, the sorted actor and recipient codes, and whether it happened (so a
 * planned meeting and the meeting itself stay apart). The event id is a hash of the key, so it is the same in
 * every run and on every machine. Reciprocal events ("A and B met") key on the union of parties.
 */
public final class KeyEventFuser implements EventFuser {

    @Override
    public List<EventMention> assign(List<EventMention> mentions) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            out.add(m.withEventId(eventId(m)));
        }
        return out;
    }

    @Override
    public List<Event> fuse(List<EventMention> mentions) {
        Map<String, List<EventMention>> groups = new LinkedHashMap<>();
        for (EventMention m : assign(mentions)) {
            groups.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m);
        }
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, List<EventMention>> e : groups.entrySet()) {
            List<EventMention> group = e.getValue();
            EventMention representative = group.stream()
                    .max(Comparator.comparingDouble(EventMention::confidence)
                            .thenComparingInt(KeyEventFuser::completeness)
                            .thenComparing(m -> m.id(), Comparator.reverseOrder()))
                    .orElseThrow();
            out.add(new Event(e.getKey(), representative, group));
        }
        return out;
    }

    private static int completeness(EventMention m) {
        int n = 0;
        n += m.location() != null ? 1 : 0;
        n += m.casualties().isEmpty() ? 0 : 1;
        n += m.quantities().isEmpty() ? 0 : 1;
        n += m.recipient().isEmpty() ? 0 : 1;
        return n;
    }

    /** The stable id of the happening a mention tells. */
    public static String eventId(EventMention m) {
        TreeSet<String> actors = new TreeSet<>();
        TreeSet<String> recipients = new TreeSet<>();
        m.actor().stream().map(Participant::code).forEach(actors::add);
        m.recipient().stream().map(Participant::code).forEach(recipients::add);
        if (recipients.isEmpty() && actors.size() > 1) {
            recipients.addAll(actors);
        }
        // an event with no PLOVER type (a PETRARCH dictionary code) is keyed by its code
        String key = (m.eventType() == null ? m.cameo() : m.eventType().name()) + "|" + m.date().value() + "|" + String.join(",", actors) + "|"
                + String.join(",", recipients) + "|" + (m.factuality().happened() ? "happened" : m.factuality().label());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
