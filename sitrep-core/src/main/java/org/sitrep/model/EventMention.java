package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One event as one article tells it: the PLOVER-aligned event record. Restatements of the same event later in the
 * article are kept as further evidence on the same record.
 *
 * @param id           stable id of this mention (article id + position)
 * @param eventId      id of the fused event it belongs to (equal for the same event in different articles)
 * @param eventType    PLOVER type, or null when the code has none (a code of a user's PETRARCH verb dictionary
 *                     such as a WEIS-style 2xx or 9xx code, or a CAMEO 01 statement)
 * @param mode         PLOVER mode, or null
 * @param context      PLOVER contexts, possibly empty
 * @param cameo        CAMEO code, 2 to 4 digits
 * @param actor        who acts (several for compound actors); may be empty when only the recipient is known
 * @param recipient    who is acted upon; empty when none
 * @param date         when
 * @param location     where, or null
 * @param quantities   numbers of things ("518 drones and missiles")
 * @param casualties   killed, injured, arrested, missing
 * @param attribution  who tells of it
 * @param factuality   whether it happened
 * @param quotes       the quotations about the event, nearest first (in its sentence, or said next by one of its
 *                     parties or its speaker, with the rest of that utterance); empty when none
 * @param evidence     the supporting sentence
 * @param restatements later sentences of the same article that tell the same event
 * @param confidence   0..1, how sure the coder is
 * @param article      the article it comes from
 */
public record EventMention(String id, String eventId, PloverType eventType, String mode, List<String> context,
                           String cameo, List<Participant> actor, List<Participant> recipient, EventDate date,
                           Location location, List<Quantity> quantities, Casualties casualties,
                           Attribution attribution, Factuality factuality, List<Quote> quotes, Evidence evidence,
                           List<Evidence> restatements, double confidence, ArticleRef article) {
    public EventMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(article, "article");
        context = List.copyOf(context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        quantities = List.copyOf(quantities);
        restatements = List.copyOf(restatements);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        if (actor.isEmpty() && recipient.isEmpty()) {
            throw new IllegalArgumentException("an event needs an actor or a recipient: " + evidence.trigger());
        }
    }

    public EventMention withEventId(String newEventId) {
        return new EventMention(id, newEventId, eventType, mode, context, cameo, actor, recipient, date, location,
                quantities, casualties, attribution, factuality, quotes, evidence, restatements, confidence, article);
    }

    /** The quotation nearest the event, or null when none comments on it. */
    public Quote quote() {
        return quotes.isEmpty() ? null : quotes.get(0);
    }

    public EventMention withQuotes(List<Quote> newQuotes) {
        return new EventMention(id, eventId, eventType, mode, context, cameo, actor, recipient, date, location,
                quantities, casualties, attribution, factuality, newQuotes, evidence, restatements, confidence, article);
    }

    public EventMention withRestatements(List<Evidence> more) {
        return new EventMention(id, eventId, eventType, mode, context, cameo, actor, recipient, date, location,
                quantities, casualties, attribution, factuality, quotes, evidence, more, confidence, article);
    }
}
