package org.sitrep.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.TimeExpression;

/**
 * Finds English time expressions in a sentence and resolves them against the publication date. It keeps no
 * state between calls (unlike SUTime) and costs a few regular expressions per sentence. Bare weekdays and dates
 * without a year resolve to the past in past-tense sentences and to the future in sentences about plans
 * ("will", "expected", "next").
 */
public final class TimeExpressionFinder {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(?:on\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(?:in|since|during|until|by)\\s+)?(?:(early|mid|late)[- ])?(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:((?i:in|last|this|next|since|during|until|by|early|mid|late))[- ]+(?:(?:early|mid|late)[- ]+)?)(" + MONTHS + ")\\b(?!\\.?\\s+\\d)");
    /** A year after a preposition, also opening the sentence ("In 2008, troops invaded ..."). */
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?i:in|since|during|until|by|from|early|late|mid)[- ](?:(?:early|late|mid)[- ])?((?:19|20)\\d{2})\\b(?![-/]\\d)");
    /** A year naming an episode: "the 2022 protests", "the 2014 annexation" (counts are written "2,000"). */
    private static final Pattern YEAR_MODIFIER = Pattern.compile(
            "(?<=\\b[Tt]he )((?:19|20)\\d{2})(?=\\s+[a-z])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(on|last|next|this|early|late|since|by|until)\\s+)?(" + WEEKDAYS + ")" + PART + "\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(the day before yesterday|(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening)|"
                    + "yesterday" + PART + "|last night|overnight(?!\\s+(?:into|to)\\s+(?:" + WEEKDAYS + "))|(?:on )?the previous day|"
                    + "tomorrow" + PART + ")\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b((?:earlier |later )?(?:this|last|next|the past|the previous) (?:week|month|year)|"
                    + "(?:" + NUMBER_WORDS + "|\\d+) (?:days?|weeks?|months?|years?) (?:ago|earlier)|"
                    + "(?:in )?recent (?:days|weeks|months)|(?:in |over )?the (?:past|last) few (?:days|weeks|months))\\b");

    /** "three years after police fired", "a decade after the war ended": the recalled event's year. */
    private static final Pattern YEARS_AFTER = Pattern.compile(
            "(?i)\\b((?:more than |nearly |almost |about |some |over )?(" + NUMBER_WORDS + "|\\d{1,2}) (years?|decades?))"
                    + "(?= (?:after|since)\\b)");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(will|'ll|shall|wo|is due|are due|expected|scheduled|set to|going to|plans? to|planned|planning|"
                    + "poised to|likely to|on the verge of|"
                    + "next|upcoming|intends?)\\b");
    /** "would" marks a plan only before the expression ("would deploy troops on Thursday"). */
    private static final Pattern WOULD = Pattern.compile("(?i)\\bwould\\b");
    /** A reporting verb right before a time expression: "said on Monday (that it will ...)" dates the saying. */
    private static final Pattern REPORTED_AT = Pattern.compile(
            "(?i)\\b(?:said|says|told|announced|stated|added|warned|wrote|reported|confirmed)\\b(?:\\s+\\S+){0,2}\\s*$");

    private TimeExpressionFinder() {
    }

    /**
     * The time expressions in {@code text[start, end)}, offsets into {@code text}, in order and not overlapping.
     *
     * @param published the publication date, or null when unknown (relative expressions then have no value)
     */
    public static List<TimeExpression> find(String text, int start, int end, LocalDate published) {
        String sentence = text.substring(start, end);
        TreeMap<Integer, TimeExpression> found = new TreeMap<>();
        scan(ISO, sentence, start, found, m -> {
            LocalDate d = safeDate(m.group(1), m.group(2), m.group(3));
            return d == null ? null : resolved(d.toString(), DatePrecision.DAY);
        });
        scan(DAY_MONTH_YEAR, sentence, start, found, m -> dayMonth(m.group(2), m.group(1), m.group(3), published, future(sentence, m)));
        scan(MONTH_DAY_YEAR, sentence, start, found, m -> dayMonth(m.group(1), m.group(2), m.group(3), published, future(sentence, m)));
        scan(MONTH_YEAR, sentence, start, found, m -> {
            Month month = month(m.group(2));
            return resolved(YearMonth.of(Integer.parseInt(m.group(3)), month).toString(), DatePrecision.MONTH);
        });
        scan(MONTH_ALONE, sentence, start, found, m -> monthAlone(m.group(1), m.group(2), published, future(sentence, m)));
        scan(YEAR, sentence, start, found, m -> resolved(m.group(1), DatePrecision.YEAR));
        scan(YEAR_MODIFIER, sentence, start, found, m -> resolved(m.group(1), DatePrecision.YEAR));
        scan(WEEKDAY, sentence, start, found, m -> weekday(m.group(1), m.group(2), published, future(sentence, m)));
        scan(RELATIVE_DAY, sentence, start, found, m -> relativeDay(m.group(1), published));
        scan(RELATIVE_PERIOD, sentence, start, found, m -> relativePeriod(m.group(1), published));
        scan(YEARS_AFTER, sentence, start, found, m -> published == null ? UNRESOLVED
                : resolved(String.valueOf(published.getYear() - number(m.group(2).toLowerCase(Locale.ROOT))
                * (m.group(3).toLowerCase(Locale.ROOT).startsWith("decade") ? 10 : 1)), DatePrecision.YEAR));
        return List.copyOf(found.values());
    }

    /**
     * Whether the expression at {@code m} is about the future: a cue of plans or expectation ("will", "would",
     * "expected", "next", ...) comes before it, or one other than "would" after it unless it dates a reporting
     * verb ("said on Monday it will ..." is last Monday).
     */
    private static boolean future(String sentence, Matcher m) {
        String before = sentence.substring(0, m.start());
        if (cue(before) || WOULD.matcher(before).find()) {
            return true;
        }
        return cue(sentence.substring(m.end())) && !REPORTED_AT.matcher(before).find();
    }

    /**
     * A cue of plans in the text, leaving out a relative clause's past plan ("a leader who planned attacks", "who
     * facilitated and planned bombings"): that tells of someone else's past, not of the expression's future.
     */
    private static boolean cue(String text) {
        Matcher c = FUTURE_CUE.matcher(text);
        while (c.find()) {
            if (!(c.group(1).equalsIgnoreCase("planned") && RELATIVE_PAST.matcher(text.substring(0, c.start())).find())) {
                return true;
            }
        }
        return false;
    }

    /** A relative pronoun up to three words before a verb: "who planned", "who facilitated and planned". */
    private static final Pattern RELATIVE_PAST = Pattern.compile("(?i)\\b(?:who|which|that)\\s+(?:\\S+\\s+){0,2}$");

    /** A resolution: the value and its precision (value null when it cannot be resolved). */
    private record Resolution(String value, DatePrecision precision) {
    }

    private static Resolution resolved(String value, DatePrecision precision) {
        return new Resolution(value, precision);
    }

    private static final Resolution UNRESOLVED = new Resolution(null, DatePrecision.UNKNOWN);

    private interface Resolver {
        Resolution resolve(Matcher m);
    }

    private static void scan(Pattern p, String sentence, int offset, TreeMap<Integer, TimeExpression> found,
                             Resolver resolver) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            int s = offset + m.start();
            int e = offset + m.end();
            if (overlaps(found, s, e)) {
                continue;
            }
            Resolution r;
            try {
                r = resolver.resolve(m);
            } catch (RuntimeException ex) {
                r = null; // an impossible date ("31 February") is no time expression
            }
            if (r == null) {
                continue;
            }
            found.put(s, new TimeExpression(s, e, m.group(), r.value(), r.precision()));
        }
    }

    private static boolean overlaps(TreeMap<Integer, TimeExpression> found, int s, int e) {
        Map.Entry<Integer, TimeExpression> before = found.floorEntry(e - 1);
        return before != null && before.getValue().end() > s;
    }

    private static LocalDate safeDate(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Resolution dayMonth(String monthName, String dayText, String yearText, LocalDate published,
                                       boolean future) {
        Month month = month(monthName);
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) {
            return null;
        }
        if (yearText != null) {
            return resolved(LocalDate.of(Integer.parseInt(yearText), month, day).toString(), DatePrecision.DAY);
        }
        if (published == null) {
            return UNRESOLVED;
        }
        if (day > month.maxLength()) {
            return null;
        }
        LocalDate sameYear = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        LocalDate candidate = sameYear;
        if (future && sameYear.isBefore(published.minusDays(1))) {
            candidate = sameYear.plusYears(1);
        } else if (!future && sameYear.isAfter(published.plusDays(1))) {
            candidate = sameYear.minusYears(1);
        }
        return resolved(candidate.toString(), DatePrecision.DAY);
    }

    private static Resolution monthAlone(String cue, String monthName, LocalDate published, boolean future) {
        Month month = month(monthName);
        if (published == null) {
            return UNRESOLVED;
        }
        String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        YearMonth result;
        switch (c) {
            case "last" -> result = same.isBefore(now) ? same : same.minusYears(1);
            case "next" -> result = same.isAfter(now) ? same : same.plusYears(1);
            case "this" -> result = same;
            default -> {
                if (future) {
                    result = same.isBefore(now) ? same.plusYears(1) : same;
                } else {
                    result = same.isAfter(now) ? same.minusYears(1) : same;
                }
            }
        }
        return resolved(result.toString(), DatePrecision.MONTH);
    }

    private static Resolution weekday(String cue, String dayName, LocalDate published, boolean future) {
        if (published == null) {
            return UNRESOLVED;
        }
        DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
        String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
        LocalDate d = switch (c) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "until", "by" -> published.with(TemporalAdjusters.nextOrSame(day));
            case "since" -> published.with(TemporalAdjusters.previousOrSame(day));
            default -> future ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
        return resolved(d.toString(), DatePrecision.DAY);
    }

    private static Resolution relativeDay(String expression, LocalDate published) {
        if (published == null) {
            return UNRESOLVED;
        }
        String e = expression.toLowerCase(Locale.ROOT);
        LocalDate d;
        if (e.startsWith("the day before yesterday")) {
            d = published.minusDays(2);
        } else if (e.startsWith("yesterday") || e.equals("last night") || e.equals("overnight")
                || e.endsWith("previous day")) {
            d = published.minusDays(1); // a night is dated by the day it began ("overnight into Saturday" is Saturday)
        } else if (e.startsWith("tomorrow")) {
            d = published.plusDays(1);
        } else {
            d = published; // today, tonight, this morning
        }
        return resolved(d.toString(), DatePrecision.DAY);
    }

    private static Resolution relativePeriod(String expression, LocalDate published) {
        if (published == null) {
            return UNRESOLVED;
        }
        String e = expression.toLowerCase(Locale.ROOT);
        Matcher ago = Pattern.compile("(\\w+) (day|week|month|year)s? (?:ago|earlier)").matcher(e);
        if (ago.matches()) {
            int n = number(ago.group(1));
            return switch (ago.group(2)) {
                case "day" -> resolved(published.minusDays(n).toString(), DatePrecision.DAY);
                case "week" -> resolved(YearMonth.from(published.minusWeeks(n)).toString(), DatePrecision.MONTH);
                case "month" -> resolved(YearMonth.from(published.minusMonths(n)).toString(), DatePrecision.MONTH);
                default -> resolved(String.valueOf(published.getYear() - n), DatePrecision.YEAR);
            };
        }
        if (e.contains("recent") || e.contains("few")) {
            // a span reaching back from the article: dated by where most of it lies, at the precision it allows
            if (e.endsWith("days")) {
                return resolved(YearMonth.from(published.minusDays(3)).toString(), DatePrecision.MONTH);
            }
            if (e.endsWith("weeks")) {
                return resolved(YearMonth.from(published.minusWeeks(2)).toString(), DatePrecision.MONTH);
            }
            return resolved(String.valueOf(published.minusMonths(3).getYear()), DatePrecision.YEAR);
        }
        int shift = e.contains("last") || e.contains("past") || e.contains("previous") ? -1 : e.contains("next") ? 1 : 0;
        if (e.endsWith("week")) {
            return resolved(YearMonth.from(published.plusWeeks(shift)).toString(), DatePrecision.MONTH);
        }
        if (e.endsWith("month")) {
            return resolved(YearMonth.from(published).plusMonths(shift).toString(), DatePrecision.MONTH);
        }
        return resolved(String.valueOf(published.getYear() + shift), DatePrecision.YEAR);
    }

    private static int number(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(word);
        };
    }

    /** Orders expressions by start offset. */
    static final Comparator<TimeExpression> BY_START = Comparator.comparingInt(TimeExpression::start);

    static List<TimeExpression> sorted(List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in);
        out.sort(BY_START);
        return out;
    }
}
