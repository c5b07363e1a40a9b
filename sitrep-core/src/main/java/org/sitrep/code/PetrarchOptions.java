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
 */
public record PetrarchOptions(boolean requireDyad, int commaMin, int commaMax, int commaEMin, int commaEMax,
                              int commaBMin, int commaBMax) {
    /** PETRARCH's defaults. */
    public static final PetrarchOptions DEFAULTS = new PetrarchOptions(true, 2, 8, 2, 8, 0, 0);

    /**
     * These options with one changed as a PETRARCH configuration names it ({@code require_dyad},
     * {@code comma_min}, {@code comma_max}, {@code comma_emin}, {@code comma_emax}, {@code comma_bmin},
     * {@code comma_bmax}); other options (output, logging, new-actor length) change nothing here.
     *
     * @throws IllegalArgumentException for a value that is no boolean or no whole number
     */
    public PetrarchOptions with(String option, String value) {
        String v = value.strip();
        return switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "require_dyad" -> new PetrarchOptions(bool(option, v), commaMin, commaMax, commaEMin, commaEMax,
                    commaBMin, commaBMax);
            case "comma_min" -> new PetrarchOptions(requireDyad, number(option, v), commaMax, commaEMin, commaEMax,
                    commaBMin, commaBMax);
            case "comma_max" -> new PetrarchOptions(requireDyad, commaMin, number(option, v), commaEMin, commaEMax,
                    commaBMin, commaBMax);
            case "comma_emin" -> new PetrarchOptions(requireDyad, commaMin, commaMax, number(option, v), commaEMax,
                    commaBMin, commaBMax);
            case "comma_emax" -> new PetrarchOptions(requireDyad, commaMin, commaMax, commaEMin, number(option, v),
                    commaBMin, commaBMax);
            case "comma_bmin" -> new PetrarchOptions(requireDyad, commaMin, commaMax, commaEMin, commaEMax,
                    number(option, v), commaBMax);
            case "comma_bmax" -> new PetrarchOptions(requireDyad, commaMin, commaMax, commaEMin, commaEMax,
                    commaBMin, number(option, v));
            default -> this;
        };
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
