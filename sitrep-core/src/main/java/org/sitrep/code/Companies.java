package org.sitrep.code;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies a story names, recognised from how business news names them, so that a later bare mention ("Mitsui"
 * after "Mitsui and Co Ltd of Japan", "BASF" after "BASF AG") is a company too, whatever country the resolver gave it:
 * <ul>
 * <li>a name with a legal form after it: "Mitsui and Co Ltd", "TDK Corp of Tokyo", "Siemens AG" (the name is
 * "Mitsui", "TDK", "Siemens");</li>
 * <li>a name with its stock ticker after it, as wires write them: "Akzo NV &lt;AKZO.AS&gt;", "Imatron &lt;IMAT&gt;"; and a
 * name in the angle brackets wires put around unlisted companies: "&lt;Sheppard Dental Centers Inc&gt;";</li>
 * <li>a name ending in a word that only companies end in ("Toyota Motors", "Kuwait Petroleum", "Hitachi Industries",
 * "Mitsubishi Holdings", "Chase Bancorp"): the whole name;</li>
 * <li>a name whose shareholders or stockholders are told ("Imatron's shareholders").</li>
 * </ul>
 * A name with a word of a state body ("Ministry", "Authority", "Board", ...) is none. The recogniser only reads the
 * story's text.
 */
final class Companies {

    /** Legal forms that end a company's name ("Corp", "Inc", "Ltd", "Plc", "AG", "NV", "BV", ...). */
    static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corporation", "Inc", "Incorporated", "Ltd", "Limited",
            "Co", "Plc", "PLC", "plc", "AG", "NV", "BV", "GmbH", "SpA", "LLC", "Cos");

    /**
     * Words that only a company's name ends in ("Toyota Motors", "Kuwait Petroleum", "Chase Bancorp"); names of state
     * bodies end in "Ministry" or "Corporation" words of their own, and "Bank" and "Group" are left out for the
     * central, world and development banks and the diplomatic contact groups.
     */
    static final Set<String> COMPANY_ENDINGS = Set.of("Motors", "Motor", "Airlines", "Airways", "Petroleum",
            "Industries", "Holdings", "Enterprises", "Bancorp", "Bancshares", "Electronics", "Pharmaceuticals",
            "Chemicals", "Laboratories", "Steelworks", "Shipbuilding", "Brewery", "Breweries", "Mining");

    /** Words of a state body: a name with one of them is no company ("Ministry of Petroleum", "Petroleum Authority"). */
    private static final Set<String> STATE_BODY = Set.of("Ministry", "Minister", "Department", "Council",
            "Commission", "Authority", "Agency", "Office", "Board", "Committee", "Secretary", "Organisation",
            "Organization", "Exporting", "Countries");

    /** A capitalised word; a dot only inside an abbreviation ("U.S."), never one that ends a sentence. */
    private static final String WORD = "(?:[A-Z](?:(?:\\.[A-Z])+\\.|[A-Za-z0-9&'-]*))";
    private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|&|and|de|of))*?";
    private static final Pattern LEGAL = Pattern.compile("\\b(" + NAME + ")(?:,?\\s+(?:and|&)\\s+Co\\b\\.?)?,?\\s+("
            + String.join("|", LEGAL_FORMS) + ")\\b\\.?");
    private static final Pattern TICKER = Pattern.compile("\\b(" + NAME + ")\\s+<[A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?>");
    private static final Pattern BRACKETED = Pattern.compile("<(" + WORD + "[^<>]*?\\s[^<>]*?)>");
    private static final Pattern ENDING = Pattern.compile("\\b(" + NAME + "\\s+(?:" + String.join("|", COMPANY_ENDINGS)
            + "))\\b");
    private static final Pattern HOLDERS = Pattern.compile("\\b(" + NAME + ")'s?\\s+(?:shareholders|stockholders)\\b");

    /**
     * What each expression needs somewhere in the text (a legal form, a company ending or a holders' noun after a
     * space; an angle bracket): a story without it skips the expression, whose lazy name match is tried at every
     * capitalised word.
     */
    private static final Pattern LEGAL_CUE = Pattern.compile("\\s(?:" + String.join("|", LEGAL_FORMS) + ")\\b");
    private static final Pattern ENDING_CUE = Pattern.compile("\\s(?:" + String.join("|", COMPANY_ENDINGS) + ")\\b");
    private static final Pattern HOLDERS_CUE = Pattern.compile("\\s(?:shareholders|stockholders)\\b");

    private Companies() {
    }

    /** The company names of a story's text: each as it is written, without its legal form. */
    static Set<String> of(String text) {
        Set<String> names = new HashSet<>();
        if (LEGAL_CUE.matcher(text).find()) {
            add(names, LEGAL, text);
        }
        if (ENDING_CUE.matcher(text).find()) {
            add(names, ENDING, text);
        }
        if (HOLDERS_CUE.matcher(text).find()) {
            add(names, HOLDERS, text);
        }
        if (text.indexOf('<') >= 0) {
            add(names, TICKER, text);
            Matcher m = BRACKETED.matcher(text);
            while (m.find()) {
                String name = m.group(1).replaceAll("'s$", "");
                names.add(name);
                Matcher legal = LEGAL.matcher(name);
                if (legal.find()) {
                    names.add(clean(legal.group(1)));
                }
            }
        }
        names.removeIf(n -> n.isBlank() || List.of(n.split("\\s+")).stream().anyMatch(STATE_BODY::contains));
        return names;
    }

    private static void add(Set<String> names, Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            names.add(clean(m.group(1)));
        }
    }

    /** A name's words without a leading article or sentence-initial function word ("The", "A"). */
    private static String clean(String name) {
        String n = name.strip().replaceAll("^(?:The|A|An|And|Of)\\s+", "").replaceAll("[,.]+$", "");
        return n;
    }

    /**
     * Whether a mention's text names one of the story's companies: the text itself, or without its leading article
     * and possessive ("the Mitsui group's" is not, "Mitsui" and "Mitsui's" are).
     */
    static boolean names(Set<String> companies, String mention) {
        if (companies.isEmpty()) {
            return false;
        }
        String t = mention.strip().replaceAll("^(?:the|The)\\s+", "").replaceAll("'s?$", "");
        return companies.contains(t) || t.toUpperCase(Locale.ROOT).equals(t) && t.length() > 1
                && companies.stream().anyMatch(c -> c.equalsIgnoreCase(t));
    }
}
