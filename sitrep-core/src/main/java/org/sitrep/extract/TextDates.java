package org.sitrep.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in page text in the common European and American forms and in English, German,
 * French, Spanish, Italian, Dutch and Portuguese month names, and the genitive month names of Russian, Ukrainian
 * and Polish: "23. Juli 2017", "18.02.2009", "Nov 19, 2019", "le 3 mars 2020", "26/10/2018", "15 августа 2016". Day-month order for slashed dates follows the page language (US order for English).
 */
final class TextDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"},
                {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev"},
                {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "março", "marco", "mrt"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
                {"may", "mai", "mayo", "maggio", "mei", "maio", "mag"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "lug"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
                {"november", "nov", "novembre", "noviembre", "novembro"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"}};
        // the genitive forms that follow a day number in Russian, Ukrainian and Polish ("15 августа 2016")
        String[][] slavic = {
                {"января", "січня", "stycznia"}, {"февраля", "лютого", "lutego"}, {"марта", "березня", "marca"},
                {"апреля", "квітня", "kwietnia"}, {"мая", "травня", "maja"}, {"июня", "червня", "czerwca"},
                {"июля", "липня", "lipca"}, {"августа", "серпня", "sierpnia"}, {"сентября", "вересня", "września"},
                {"октября", "жовтня", "października"}, {"ноября", "листопада", "listopada"},
                {"декабря", "грудня", "grudnia"}};
        for (int m = 0; m < slavic.length; m++) {
            for (String n : slavic[m]) {
                MONTHS.put(n, m + 1);
            }
        }
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(\\p{L}{3,11})\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");

    private TextDates() {
    }

    /**
     * Whether the text holds "19" or "20" and two more digits: every expression of {@link #find} has such a year, so
     * a text without one is passed over before five expressions scan it.
     */
    static boolean holdsYear(String text) {
        for (int i = text.indexOf('1'), j = text.indexOf('2'); i >= 0 || j >= 0; ) {
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (at + 3 < text.length() && (text.charAt(at) == '1' ? text.charAt(at + 1) == '9' : text.charAt(at + 1) == '0')
                    && asciiDigit(text.charAt(at + 2)) && asciiDigit(text.charAt(at + 3))) {
                return true;
            }
            if (at == i) {
                i = text.indexOf('1', i + 1);
            } else {
                j = text.indexOf('2', j + 1);
            }
        }
        return false;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first plausible date in the text, or empty. */
    static Optional<LocalDate> find(String text, String language) {
        if (text == null || text.isBlank() || !holdsYear(text)) {
            return Optional.empty();
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ISO, DOTTED, SLASHED, DAY_MONTH, MONTH_DAY}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= bestAt) {
                    break;
                }
                LocalDate d = toDate(p, m, language);
                if (d != null && plausible(d) && !afterMemberLabel(text, m.start()) && !photoDate(text, m.end())) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every plausible date written in a short text, in the forms {@link #find} reads. */
    private static java.util.Set<LocalDate> all(String t, String language) {
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (Pattern p : new Pattern[] {ISO, DOTTED, SLASHED, DAY_MONTH, MONTH_DAY}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                LocalDate d = toDate(p, m, language);
                if (d != null && plausible(d)) {
                    dates.add(d);
                }
                if (p == SLASHED) { // "12/04/2020" is 12 April in Britain: both readings are written there
                    LocalDate other = toDate(p, m, "en".equals(language) ? "de" : "en");
                    if (other != null && plausible(other)) {
                        dates.add(other);
                    }
                }
            }
        }
        return dates;
    }

    /**
     * The dates of {@code years} written in the text: {@link #all} over a short window around each place the year
     * is written (every form read here writes the four-digit year), far cheaper than reading the whole text.
     */
    static java.util.Set<LocalDate> allOfYears(String text, java.util.Set<Integer> years, String language) {
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (int year : years) {
            String y = Integer.toString(year);
            for (int i = text.indexOf(y); i >= 0; i = text.indexOf(y, i + 4)) {
                dates.addAll(all(text.substring(Math.max(0, i - 32), Math.min(text.length(), i + 12)), language));
            }
        }
        return dates;
    }

    /**
     * The label of a date that dates no story: a forum member's join date ("Registriert: 18.09.2008", "Joined: Mar
     * 2, 2009") or a site's clock ("Aktuelle Zeit: 14.10.2020", "It is currently", "Today is").
     */
    private static final Pattern MEMBER_LABEL = Pattern.compile(
            "(?i)(?:registriert|registered|joined|mitglied seit|member since|dabei seit|inscrit le|inscrit depuis|"
                    + "aktuelle zeit|current time|it is currently|es ist jetzt|heute ist|today is|nous sommes le)"
                    + "\\s*(?:am|on|:)?\\s*(?:\\p{L}{2,10},?\\s*)?$");

    /** Whether the date ending at {@code end} is a photo's: "In this March 2, 2011 file photo, ...". */
    private static boolean photoDate(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 14)).toLowerCase(Locale.ROOT);
        return after.startsWith(" file photo") || after.startsWith(" photo") || after.startsWith(", file photo");
    }

    /** Whether the date at {@code at} follows such a label. */
    private static boolean afterMemberLabel(String text, int at) {
        return at > 0 && MEMBER_LABEL.matcher(text.substring(Math.max(0, at - 32), at)).find();
    }

    /** "28.01.22": a day, a month and a two-digit year, not part of a longer run of numbers (a version, an IP). */
    private static final Pattern DOTTED_SHORT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.]\\d|\\d)");
    /** "8/17/13": month, day and two-digit year in English (day first elsewhere), not a fraction or a path. */
    private static final Pattern SLASHED_SHORT_YEAR = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/]|\\.\\d)");

    /**
     * A date with a two-digit year ("28.01.22" is 28 January 2022; in English "8/17/13" is 17 August 2013), for text
     * that markup or position says is a date (a date-classed element, a byline): in running text such numbers are
     * too often something else. With {@code notInProse}, a match that a lower-case word follows is passed over
     * ("Version 10.12.19 behebt").
     */
    static Optional<LocalDate> findShortYear(String text, boolean notInProse, String language) {
        if (text == null || text.length() < 6) {
            return Optional.empty();
        }
        for (Pattern p : List.of(DOTTED_SHORT_YEAR, SLASHED_SHORT_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (notInProse) {
                    int i = m.end();
                    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (i < text.length() && Character.isLowerCase(text.charAt(i))) {
                        continue;
                    }
                }
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                boolean monthFirst = p == SLASHED_SHORT_YEAR && (b > 12 || "en".equals(language) && a <= 12);
                try {
                    LocalDate d = LocalDate.of(2000 + Integer.parseInt(m.group(3)), monthFirst ? a : b, monthFirst ? b : a);
                    if (plausible(d)) {
                        return Optional.of(d);
                    }
                } catch (java.time.DateTimeException e) {
                    // not a day of the calendar: "45.12.19"
                }
            }
        }
        return Optional.empty();
    }

    private static LocalDate toDate(Pattern p, Matcher m, String language) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == DOTTED) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == SLASHED) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                boolean us = "en".equals(language) && b <= 31 && a <= 12 || a <= 12 && b > 12;
                return us ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a);
            }
            if (p == DAY_MONTH) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Pattern MONTH_DAY_ONLY = Pattern.compile(
            "(?:^|[(\\n])\\s*" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[):]");
    /** A header line that ends in a month and day after a comma: "Operational Update, July 16". */
    private static final Pattern HEADER_MONTH_DAY = Pattern.compile(
            "(?m),\\s*" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?[ \\t]*$");
    private static final Pattern YEAR_MONTH_ID = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-[A-Z]");

    /**
     * The date an untagged text's opening gives: a full date in its first {@value #HEAD} characters ("KABUL,
     * Afghanistan (Nov. 20, 2011)"), else a dateline month and day ("(June 14)", "Dec. 6:") with the year of a
     * dated release number in the same opening ("2012-06-S-026").
     */
    static Optional<LocalDate> opening(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(HEAD, text.length()));
        Optional<LocalDate> full = find(head, "en");
        if (full.isPresent()) {
            return full;
        }
        Matcher md = MONTH_DAY_ONLY.matcher(head);
        Matcher id = YEAR_MONTH_ID.matcher(head);
        if (!md.find()) {
            md = HEADER_MONTH_DAY.matcher(head); // "IJC Operational Update, July 16" as a header line
            if (!md.find()) {
                return Optional.empty();
            }
        }
        if (!id.find()) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(md.group(1).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(id.group(1));
        int idMonth = Integer.parseInt(id.group(2));
        if (idMonth == 1 && month == 12) {
            year--; // a January release about December 31
        } else if (idMonth == 12 && month == 1) {
            year++;
        }
        try {
            LocalDate d = LocalDate.of(year, month, Integer.parseInt(md.group(2)));
            return plausible(d) ? Optional.of(d) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final int HEAD = 400;

    static boolean plausible(LocalDate d) {
        return d.getYear() >= 1995 && !d.isAfter(LocalDate.now().plusDays(1));
    }
}
