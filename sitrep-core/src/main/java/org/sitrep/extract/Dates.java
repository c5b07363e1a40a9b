package org.sitrep.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats pages and records use for publication dates, keeping the publisher's local day. */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_DAY = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final List<DateTimeFormatter> WORDY = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH));
    private static final Pattern WORDY_PREFIX = Pattern.compile(
            "((?:[A-Z][a-z]{2,8},?\\s+)?(?:\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?,?\\s+\\d{4}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}))");

    private Dates() {
    }

    /** The calendar day a date string names, or empty when it names none or an impossible one. */
    public static Optional<LocalDate> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (Pattern p : List.of(ISO_DAY, SLASH_DAY, COMPACT)) {
            Matcher m = p.matcher(t);
            if (p == COMPACT ? m.find() : m.find()) {
                Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = WORDY_PREFIX.matcher(t);
        if (m.find()) {
            String candidate = m.group(1).replace(".", "").replaceAll("\\s+", " ").replace(" ,", ",");
            for (DateTimeFormatter f : WORDY) {
                try {
                    return Optional.of(LocalDate.parse(candidate, f));
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            String noWeekday = candidate.replaceFirst("^[A-Z][a-z]+,?\\s+(?=\\d|[A-Z])", "");
            for (DateTimeFormatter f : WORDY) {
                try {
                    return Optional.of(LocalDate.parse(noWeekday, f));
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
