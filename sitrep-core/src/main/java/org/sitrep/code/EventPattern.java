package org.sitrep.code;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.PloverType;

/**
 * One line of a pattern file: a verb or event noun (with required extra words) and what it codes.
 *
 * @param type           PLOVER type (from the file name); for a code with none (only a PETRARCH dictionary has
 *                       such codes) {@link #STAND_IN}, which the coder uses to find the parties and never reports
 * @param kind           verb or noun
 * @param words          the pattern's words: for verbs the verb first, for nouns the head last
 * @param cameo          CAMEO code
 * @param mode           PLOVER mode, or null
 * @param context        PLOVER contexts
 * @param recipientRoles where the recipient is: "obj", "iobj" or prepositions
 * @param needsRecipient code only when a recipient actor is found
 * @param reciprocal     several actors and no recipient make every actor a party
 * @param where          file and line
 * @param reverseCameo   the CAMEO code of the event the recipient takes part in at the same time, or null: a
 *                       PETRARCH paired code ("left for Minas Tirith" [032:033] is a visit and a received visit)
 * @param subjects       words one of which must head the verb's active subject ("a car bomb exploded"), or empty
 * @param before         words that must come, in this order, before a verb in its clause (a PETRARCH pattern's
 *                       words before {@code *}: "HEAVILY * [122]" for "was heavily criticized"), or empty
 */
public record EventPattern(PloverType type, Kind kind, List<String> words, String cameo, String mode,
                           List<String> context, List<String> recipientRoles, boolean needsRecipient,
                           boolean reciprocal, String where, String reverseCameo, List<String> subjects,
                           List<String> before) {
    /** The code of a pattern that, when it is the best match, codes no event (PETRARCH's null code). */
    public static final String NO_EVENT = "---";
    /**
     * The type a pattern carries when its code has no PLOVER type (a PETRARCH dictionary's WEIS-style 2xx or 9xx
     * code, a CAMEO 01 statement): parties are found as for a meeting, and the event is reported with its code
     * and no type.
     */
    public static final PloverType STAND_IN = PloverType.CONSULT;
    /**
     * Joins a PETRARCH pattern word to its neighbour ({@code IN_*}, {@code &TIETYPES_MEMOS}): in front of a word
     * after the verb it must follow the previous word (or the verb) at once; at the end of a word before the verb
     * the next word (or the verb) must follow it at once.
     */
    public static final String ADJACENT = "_";

    /** A pattern with no words required before its verb. */
    public EventPattern(PloverType type, Kind kind, List<String> words, String cameo, String mode, List<String> context,
                        List<String> recipientRoles, boolean needsRecipient, boolean reciprocal, String where,
                        String reverseCameo, List<String> subjects) {
        this(type, kind, words, cameo, mode, context, recipientRoles, needsRecipient, reciprocal, where, reverseCameo,
                subjects, List.of());
    }

    /** A pattern with no constraint on its subject. */
    public EventPattern(PloverType type, Kind kind, List<String> words, String cameo, String mode, List<String> context,
                        List<String> recipientRoles, boolean needsRecipient, boolean reciprocal, String where,
                        String reverseCameo) {
        this(type, kind, words, cameo, mode, context, recipientRoles, needsRecipient, reciprocal, where, reverseCameo,
                List.of());
    }

    /** A pattern with no reverse event. */
    public EventPattern(PloverType type, Kind kind, List<String> words, String cameo, String mode, List<String> context,
                        List<String> recipientRoles, boolean needsRecipient, boolean reciprocal, String where) {
        this(type, kind, words, cameo, mode, context, recipientRoles, needsRecipient, reciprocal, where, null);
    }

    public EventPattern {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cameo, "cameo");
        words = List.copyOf(words);
        context = List.copyOf(context);
        recipientRoles = List.copyOf(recipientRoles);
        subjects = List.copyOf(subjects);
        before = List.copyOf(before);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a pattern needs at least one word");
        }
    }

    /** True when the pattern's code has a PLOVER type, so its events carry one. */
    public boolean typed() {
        return codesNothing() || CameoTypes.typeOf(cameo).isPresent();
    }

    /** Verb patterns start with the verb; noun patterns end with the head noun. */
    public enum Kind { VERB, NOUN }

    /** True when a match codes nothing: the pattern only keeps a shorter pattern of the same verb from coding. */
    public boolean codesNothing() {
        return NO_EVENT.equals(cameo);
    }

    /**
     * How specific the pattern is: its words, those before the verb included, and a PETRARCH compound actor
     * ({@code %}) as one more. Longer patterns win.
     */
    public int length() {
        return words.size() + before.size() + (recipientRoles.contains(DependencyEventCoder.COMPOUND) ? 1 : 0);
    }

    /** The word the trigger token must be: the verb, or the head noun. */
    public String anchor() {
        return kind == Kind.VERB ? words.get(0) : words.get(words.size() - 1);
    }
}
