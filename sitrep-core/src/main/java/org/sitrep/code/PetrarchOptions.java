package org.sitrep.code;

import java.util.Locale;

/**
 * The coding options of a PETRARCH configuration ({@code PETR_config.ini}, or a {@code <Config option=".."
 * value="..">} element of a validation file) that change what is coded from a sentence. Coding with them follows
 * PETRARCH's reading instead of Sitrep's own, so they are given only when a user asks for PETRARCH's behaviour;
 * without them Sitrep codes as for news.
 *
 * <p>Comma-delimited clauses: an initial clause (before the first comma), a terminal one (after the last comma) or
 * an internal one (between two commas) whose length in words lies between its minimum and maximum is left out
 * before coding; a maximum of 0 turns that kind of elimination off. Commas inside a noun phrase (a list of names,
 * an apposition) delimit no clause. The defaults are PETRARCH's (taken from TABARI): internal 2 to 8 words,
 * terminal 2 to 8, initial off.
 *
 * @param requireDyad true when an event needs both a source and a target actor; false codes an event with only
 *                    one of them as long as the verb has a noun phrase for its target (the missing side is
 *                    {@code ---})
 * @param commaMin    shortest internal clause left out
 * @param commaMax    longest internal clause left out (0: none)
 * @param commaEMin   shortest terminal clause left out
 * @param commaEMax   longest terminal clause left out (0: none)
 * @param commaBMin   shortest initial clause left out
 * @param commaBMax   longest initial clause left out (0: none)
 * @param newActorLength longest noun phrase, in words, that stands as an actor of its own when it names none the
 *                    dictionaries know: its words, upper-cased and quoted, are its code
 *                    ({@code "THE MINISTRY OF MAGIC"}); 0 (the default) codes no such actor
 */
public record PetrarchOptions(boolean requireDyad, int commaMin, int commaMax, int commaEMin, int commaEMax,
                              int commaBMin, int commaBMax, int newActorLength) {
    /** PETRARCH's defaults. */
    public static final PetrarchOptions DEFAULTS = new PetrarchOptions(true, 2, 8, 2, 8, 0, 0, 0);

    /**
     * These options with one changed as a PETRARCH configuration names it ({@code require_dyad},
     * {@code comma_min}, {@code comma_max}, {@code comma_emin}, {@code comma_emax}, {@code comma_bmin},
     * {@code comma_bmax}, {@code new_actor_length}); other options (output, logging) change nothing here.
     *
     * @throws IllegalArgumentException for a value that is no boolean or no whole number
     */
    public PetrarchOptions with(String option, String value) {
        String v = value.strip();
        boolean dyad = requireDyad;
        int[] n = {commaMin, commaMax, commaEMin, commaEMax, commaBMin, commaBMax, newActorLength};
        switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "require_dyad" -> dyad = bool(option, v);
            case "comma_min" -> n[0] = number(option, v);
            case "comma_max" -> n[1] = number(option, v);
            case "comma_emin" -> n[2] = number(option, v);
            case "comma_emax" -> n[3] = number(option, v);
            case "comma_bmin" -> n[4] = number(option, v);
            case "comma_bmax" -> n[5] = number(option, v);
            case "new_actor_length" -> n[6] = number(option, v);
            default -> {
                return this;
            }
        }
        return new PetrarchOptions(dyad, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    private static boolean bool(String option, String v) {
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(option + ": '" + v + "' is neither true nor false");
    }

    private static int number(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + v + "' is no whole number");
        }
    }
}
