package org.sitrep.testing;

import java.time.LocalDate;
import java.util.List;
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

/** Hand-made event mentions for tests of the stages after coding. */
public final class Events {
    private Events() {
    }

    public static Participant party(String code) {
        return new Participant(code.toLowerCase(), code, code + " name", null, 0, 5);
    }

    /** An asserted mention of {@code type} on {@code day}, actor and recipient codes as given (recipient may be null). */
    public static EventMention mention(String articleId, PloverType type, String day, String actor, String recipient,
                                       Factuality factuality) {
        String sentence = "Someone did something to someone on that day.";
        return new EventMention(articleId + "-" + Math.abs((type + day + actor).hashCode() % 1000), null, type, null,
                List.of(), cameo(type), List.of(party(actor)), recipient == null ? List.of() : List.of(party(recipient)),
                new EventDate(day, DatePrecision.DAY, "on that day"),
                new Location("in Kyiv", "Kyiv", "UKR", "Kyiv City", 50.45, 30.52, "city"),
                List.of(new Quantity(518L, null, null, "drones and missiles", "518 drones and missiles")),
                new Casualties(new Count(9L, null, "at least nine people"), null, null, null),
                new Attribution("Wire", "officials", null, "say"), factuality, null,
                new Evidence(sentence, 0, sentence.length(), "did", 8, 11), List.of(), 0.8,
                new ArticleRef(articleId, "samples/x.txt", "https://example.org/" + articleId, "A title",
                        LocalDate.parse(day), "Wire"));
    }

    private static String cameo(PloverType type) {
        return switch (type) {
            case CONSULT -> "040";
            case ASSAULT -> "195";
            case ACCUSE -> "112";
            default -> "010".substring(0, 2) + "0";
        };
    }
}
